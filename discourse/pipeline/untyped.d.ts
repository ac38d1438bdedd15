// Packages of Discourse's theme compiler that ship no types: only what
// compile.ts uses of them.
declare module '@babel/preset-env' {
  const preset: import('@babel/core').PluginItem;
  export default preset;
}

declare module 'ember-cli-htmlbars/lib/colocated-babel-plugin.js' {
  const plugin: import('@babel/core').PluginItem;
  export default plugin;
}

declare module 'ember-source/ember-template-compiler/index.js' {
  export function precompile(
    template: string,
    options?: Record<string, unknown>,
  ): string;
}
