/**
 * The locale a banner or the admin form is asked for: its `@locale`, else
 * the page's `lang`, canonicalised (`zh_CN` → `zh-CN`); `undefined` for
 * none or an invalid tag (the browser's locale then).
 */
export function pageLocale(asked: string | undefined): string | undefined {
  const wanted =
    asked ??
    (typeof document === 'undefined' ? '' : document.documentElement.lang);
  if (!wanted) return undefined;
  try {
    return Intl.getCanonicalLocales(wanted.replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}
