// The generated Discourse theme component (dist-discourse/, built by
// `npm run build:discourse`), as the test-app's Vite alias serves it.
declare module 'discourse-theme/javascripts/discourse/api-initializers/maintenance-banner.gjs' {
  const initializer: { name: string; initialize(): void };
  export default initializer;
}

declare module 'discourse-theme/javascripts/discourse/lib/maintenance-banner-theme/read-settings.js' {
  export const OUTLETS: readonly string[];
}
