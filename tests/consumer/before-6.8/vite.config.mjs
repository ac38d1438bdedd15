// The blueprint's config (moved aside), with one alias: the addon's own
// tests build settings with `trackedObject`, which ember-source has from 6.8
// on. The addon itself does not use it.
import { mergeConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import blueprint from './vite.config.blueprint.mjs';

export default mergeConfig(blueprint, {
  resolve: {
    alias: {
      '@ember/reactive/collections': fileURLToPath(
        new URL('./tests/addon/reactive-collections.ts', import.meta.url),
      ),
    },
  },
});
