// The two globals Discourse's theme compiler gives every module of a theme
// (for the type check only; not part of the theme).
declare const settings: Readonly<Record<string, string | number | boolean>>;
declare function themePrefix(key: string): string;
