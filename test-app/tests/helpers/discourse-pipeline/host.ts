/**
 * A page that loads a theme the way Discourse loads one: its module
 * registry offers exactly the modules Discourse's loader shims register
 * that Ember provides (the test-app's real ember-source and
 * @glimmer/component), plus stand-ins for the Discourse modules the theme
 * and its compiler use; `window.moduleBroker.lookup` is `require` on that
 * registry, and `require` of anything else throws, as loader.js does.
 *
 * Modelled on frontend/discourse/app/app.js (discourse/discourse
 * @ 22bc30f4c7ee5560eac22a5266107070aa94e237): the moduleBroker, the
 * theme's chunk imported as an ES module and each of its modules defined
 * as `discourse/theme-<id>/<name>`, api-initializers found by name and
 * called with the container.
 */
import 'decorator-transforms/globals';
import * as emberInternalsMetal from '@ember/-internals/metal';
import * as emberApplication from '@ember/application';
import * as emberApplicationInstance from '@ember/application/instance';
import * as emberArray from '@ember/array';
import * as emberArrayProxy from '@ember/array/proxy';
import * as emberComponent from '@ember/component';
import * as emberComponentHelper from '@ember/component/helper';
import * as emberTemplateOnly from '@ember/component/template-only';
import * as emberController from '@ember/controller';
import * as emberDebug from '@ember/debug';
import * as emberDestroyable from '@ember/destroyable';
import * as emberHelper from '@ember/helper';
import * as emberModifier from '@ember/modifier';
import * as emberObject from '@ember/object';
import * as emberObjectCompat from '@ember/object/compat';
import * as emberObjectComputed from '@ember/object/computed';
import * as emberObjectEvented from '@ember/object/evented';
import * as emberObjectMixin from '@ember/object/mixin';
import * as emberObjectObservers from '@ember/object/observers';
import * as emberOwner from '@ember/owner';
import * as emberRouting from '@ember/routing';
import * as emberRoutingRoute from '@ember/routing/route';
import * as emberRunloop from '@ember/runloop';
import * as emberService from '@ember/service';
import * as emberTemplate from '@ember/template';
import * as emberTemplateFactory from '@ember/template-factory';
import * as emberUtils from '@ember/utils';
import * as glimmerComponent from '@glimmer/component';
import * as glimmerTracking from '@glimmer/tracking';
import type Owner from '@ember/owner';
import * as api from '../discourse/api.ts';
import * as i18n from '../discourse/i18n.ts';
import * as getUrl from './get-url.ts';
import * as themeSettingsStore from './theme-settings-store.ts';

/** Ember's own modules among Discourse's loader shims, from ember-source itself. */
export const EMBER_MODULES: Readonly<Record<string, object>> = {
  '@ember/-internals/metal': emberInternalsMetal,
  '@ember/application': emberApplication,
  '@ember/application/instance': emberApplicationInstance,
  '@ember/array': emberArray,
  '@ember/array/proxy': emberArrayProxy,
  '@ember/component': emberComponent,
  '@ember/component/helper': emberComponentHelper,
  '@ember/component/template-only': emberTemplateOnly,
  '@ember/controller': emberController,
  '@ember/debug': emberDebug,
  '@ember/destroyable': emberDestroyable,
  '@ember/helper': emberHelper,
  '@ember/modifier': emberModifier,
  '@ember/object': emberObject,
  '@ember/object/compat': emberObjectCompat,
  '@ember/object/computed': emberObjectComputed,
  '@ember/object/evented': emberObjectEvented,
  '@ember/object/mixin': emberObjectMixin,
  '@ember/object/observers': emberObjectObservers,
  '@ember/owner': emberOwner,
  '@ember/routing': emberRouting,
  '@ember/routing/route': emberRoutingRoute,
  '@ember/runloop': emberRunloop,
  '@ember/service': emberService,
  '@ember/template': emberTemplate,
  '@ember/template-factory': emberTemplateFactory,
  '@ember/utils': emberUtils,
  '@glimmer/component': glimmerComponent,
  '@glimmer/tracking': glimmerTracking,
};

/** Stand-ins for what a theme takes from Discourse itself. */
export const DISCOURSE_MODULES: Readonly<Record<string, object>> = {
  'discourse-i18n': i18n,
  'discourse/lib/api': api,
  'discourse/lib/get-url': getUrl,
  'discourse/lib/theme-settings-store': themeSettingsStore,
};

const registry = new Map<string, () => object>(
  Object.entries({ ...EMBER_MODULES, ...DISCOURSE_MODULES }).map(
    ([name, module]) => [name, () => module],
  ),
);

/** loader.js's `require`: the module, or its error for a name nobody defined. */
export function requireModule(name: string): object {
  const module = registry.get(name);
  if (!module) {
    throw new Error(
      `Could not find module \`${name}\` imported from \`(require)\``,
    );
  }
  return module();
}

export function define(name: string, callback: () => object): void {
  registry.set(name, callback);
}

export function registeredNames(): string[] {
  return [...registry.keys()];
}

declare global {
  interface Window {
    moduleBroker: { lookup(name: string): Promise<object> };
  }
}

window.moduleBroker = {
  // eslint-disable-next-line @typescript-eslint/require-await -- async, as Discourse's: a throw becomes a rejection
  async lookup(name) {
    return requireModule(name);
  },
};

/**
 * Imports a theme's compiled chunk as Discourse imports it from its
 * `<link rel="modulepreload">`, and defines each of its modules.
 * Rejects, defining nothing, when the chunk fails to load.
 */
export async function loadTheme(themeId: number, code: string): Promise<void> {
  const url = URL.createObjectURL(
    new Blob([code], { type: 'text/javascript' }),
  );
  try {
    const chunk = (await import(/* @vite-ignore */ url)) as {
      default: Record<string, object>;
    };
    for (const [name, module] of Object.entries(chunk.default)) {
      define(`discourse/theme-${themeId}/${name}`, () => module);
    }
  } finally {
    URL.revokeObjectURL(url);
  }
}

interface Initializer {
  name?: string;
  initialize(container: Owner, app: Owner): void;
}

/**
 * Runs the theme's api-initializers as Discourse's `loadInitializers`
 * does: every defined module of the theme under `api-initializers/`, its
 * default export, called with the container.
 */
export function runApiInitializers(themeId: number, owner: Owner): string[] {
  const names = registeredNames().filter(
    (name) =>
      name.startsWith(`discourse/theme-${themeId}/`) &&
      name.includes('/api-initializers/'),
  );
  for (const name of names) {
    const initializer = (requireModule(name) as { default?: Initializer })
      .default;
    if (!initializer) throw new Error(`${name} must have a default export`);
    initializer.initialize(owner, owner);
  }
  return names;
}
