export default {
  plugins: ['prettier-plugin-ember-template-tag'],
  singleQuote: true,
  overrides: [
    {
      files: '*.{gjs,gts}',
      options: { templateSingleQuote: false },
    },
  ],
};
