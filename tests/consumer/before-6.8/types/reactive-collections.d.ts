// The one export of `@ember/reactive/collections` the addon's tests use (see
// tests/addon/reactive-collections.ts).
declare module '@ember/reactive/collections' {
  export function trackedObject<T extends object>(initial: T): T;
}
