/**
 * Stand-in for Discourse's `discourse/lib/theme-settings-store`, as its
 * source has it (frontend/discourse/app/lib/theme-settings-store.js
 * @ 15af35e60a2a6c702a2be7ec2fde0fe540517d2e): a theme's settings object
 * reads and writes the registered values through plain accessors. It is
 * not tracked: a value changed on an open page reaches a component only
 * when something else makes it read again.
 */
const byTheme = new Map<number, Record<string, unknown>>();

export function registerSettings(
  themeId: number,
  values: Record<string, unknown>,
): void {
  if (byTheme.has(themeId)) return;
  const settings: Record<string, unknown> = {};
  for (const key of Object.keys(values)) {
    Object.defineProperty(settings, key, {
      enumerable: true,
      get: () => values[key],
      set: (value: unknown) => (values[key] = value),
    });
  }
  byTheme.set(themeId, settings);
}

export function getObjectForTheme(
  themeId: number,
): Record<string, unknown> | undefined {
  return byTheme.get(themeId);
}
