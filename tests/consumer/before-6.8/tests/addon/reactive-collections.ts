/**
 * `trackedObject` of `@ember/reactive/collections` (ember-source 6.8 and
 * later) for the older Embers of the compatibility matrix, where the addon's
 * own tests need it to build their settings. Every key read is tracked and
 * every write dirties that key (and the key list when a key comes or goes).
 */
import { tracked } from '@glimmer/tracking';

class Tag {
  @tracked revision = 0;
}

export function trackedObject<T extends object>(initial: T): T {
  const data = { ...initial } as Record<PropertyKey, unknown>;
  const tags = new Map<PropertyKey, Tag>();
  const keys = new Tag();
  const tag = (key: PropertyKey): Tag => {
    let found = tags.get(key);
    if (!found) tags.set(key, (found = new Tag()));
    return found;
  };
  const dirty = (key: PropertyKey, added: boolean): void => {
    tag(key).revision++;
    if (added) keys.revision++;
  };

  return new Proxy(data, {
    get(target, key) {
      void tag(key).revision;
      return Reflect.get(target, key);
    },
    has(target, key) {
      void tag(key).revision;
      return Reflect.has(target, key);
    },
    getOwnPropertyDescriptor(target, key) {
      void tag(key).revision;
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    ownKeys(target) {
      void keys.revision;
      return Reflect.ownKeys(target);
    },
    set(target, key, value) {
      const added = !Reflect.has(target, key);
      Reflect.set(target, key, value);
      dirty(key, added);
      return true;
    },
    deleteProperty(target, key) {
      const removed = Reflect.deleteProperty(target, key);
      dirty(key, true);
      return removed;
    },
  }) as T;
}
