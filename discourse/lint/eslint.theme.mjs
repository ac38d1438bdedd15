// Discourse's own lint config for themes, applied to the generated theme,
// with three rules relaxed for code the addon and the theme share.
import DiscourseThemeRecommended from '@discourse/lint-configs/eslint-theme';

export default [
  ...DiscourseThemeRecommended,
  {
    rules: {
      // The banner's one warning per invalid setting is how an admin learns
      // what to fix: theme settings have no format validation of their own.
      'no-console': ['error', { allow: ['warn'] }],
    },
  },
  {
    files: [
      'javascripts/discourse/lib/maintenance-banner.js',
      'javascripts/discourse/lib/maintenance-banner/**',
    ],
    rules: {
      // A string hash (dismissal keys) and DOM position masks (focus) are
      // bit operations by nature.
      'no-bitwise': 'off',
      // Constructing an Intl.DateTimeFormat is how the core checks a zone name.
      'no-new': 'off',
    },
  },
];
