import Service from '@ember/service';
import { trackedObject } from '@ember/reactive/collections';

/** Where the demo server puts the settings, the way Discourse preloads its own. */
export const PRELOAD_ID = 'maintenance-banner-settings';

function readPreloaded(): Record<string, unknown> {
  const text = document.getElementById(PRELOAD_ID)?.textContent;
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      !Array.isArray(parsed)
    ) {
      return parsed as Record<string, unknown>;
    }
  } catch {
    // fall through: a broken preload must not break the page
  }
  console.warn(
    `The #${PRELOAD_ID} preload is not a JSON object; the banner stays off.`,
  );
  return {};
}

/** The forum's site settings, as Discourse's `siteSettings` holds them. */
export default class SiteSettingsService extends Service {
  settings: Record<string, unknown> = trackedObject(readPreloaded());

  /** Replace some settings (the demo's preview uses it). */
  update(changes: Record<string, unknown>): void {
    Object.assign(this.settings, changes);
  }
}

declare module '@ember/service' {
  interface Registry {
    'site-settings': SiteSettingsService;
  }
}
