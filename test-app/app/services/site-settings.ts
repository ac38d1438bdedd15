import Service, { service } from '@ember/service';
import type Owner from '@ember/owner';
import { tracked } from '@glimmer/tracking';
import { trackedObject } from '@ember/reactive/collections';
import type MaintenanceBannerClock from 'ember-maintenance-banner/services/maintenance-banner-clock';
import {
  EVENTS_META,
  PRELOAD_ID,
  readPreloadSettings,
  readSettingsPayload,
  SERVER_TIME_META,
  SETTINGS_EVENT,
  SHUTDOWN_EVENT,
} from '../../server/wire-format.ts';

export { EVENTS_META, PRELOAD_ID, SERVER_TIME_META };

const SECOND = 1000;
/** The first reconnect waits about this long; each failure doubles it. */
export const RECONNECT_BASE = SECOND;
export const RECONNECT_MAX = 60 * SECOND;

/** What the server put into the page. */
export interface PagePreload {
  settings: Record<string, unknown>;
  /** The server's time now (corrected for the time since the page arrived), or `null`. */
  serverTime: number | null;
  eventsUrl: string | null;
}

/** The part of `EventSource` the service uses. */
export interface EventStream {
  addEventListener(
    type: string,
    listener: (event: MessageEvent<string>) => void,
  ): void;
  close(): void;
}

function readSettings(
  text: string | null | undefined,
): Record<string, unknown> {
  if (!text) return {};
  // A broken preload must not break the page.
  const settings = readPreloadSettings(text);
  if (settings) return settings;
  console.warn(
    `The #${PRELOAD_ID} preload is not a JSON object; the banner stays off.`,
  );
  return {};
}

function metaContent(doc: Document, name: string): string | null {
  return (
    doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? null
  );
}

/**
 * The page's time stamp, moved on by the time since the response arrived
 * (navigation timing), so a slow page load does not count as clock skew.
 */
function serverNow(stamp: string | null): number | null {
  if (stamp === null || !/^\d{1,15}$/.test(stamp)) return null;
  const navigation = performance.getEntriesByType?.('navigation')[0] as
    PerformanceNavigationTiming | undefined;
  const elapsed = navigation
    ? Math.max(0, performance.now() - navigation.responseStart)
    : 0;
  return Number(stamp) + elapsed;
}

export function readPagePreload(doc: Document): PagePreload {
  return {
    settings: readSettings(doc.getElementById(PRELOAD_ID)?.textContent),
    serverTime: serverNow(metaContent(doc, SERVER_TIME_META)),
    eventsUrl: metaContent(doc, EVENTS_META),
  };
}

/** Exponential backoff with jitter: 1 s, 2 s, 4 s … capped at a minute, each between half and all of it. */
export function reconnectDelay(attempt: number, random: number): number {
  const ceiling = Math.min(RECONNECT_MAX, RECONNECT_BASE * 2 ** attempt);
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}

/** Setting names as the server sends them; nothing like `__proto__`. */
const SETTING_NAME = /^[a-z][a-z0-9_]*$/;

/**
 * The forum's site settings, as Discourse's `siteSettings` holds them: from
 * the page's preload, then live from the server's events (the banner
 * follows a change without a reload). Without a preload (as in tests) it
 * opens no connection.
 */
export default class SiteSettingsService extends Service {
  @service('maintenance-banner-clock') declare clock: MaintenanceBannerClock;

  settings: Record<string, unknown>;
  /** The version of the last event applied; `null` before the first. */
  version: number | null = null;
  /**
   * From the server's `shutdown` event until it is back (its next settings
   * event): the forum is going down. The banner, told so through
   * `@forumState`, shows an announced window as under way and starts its
   * back-online checks; the settings stay the admin's.
   */
  @tracked goingDown = false;

  #stream: EventStream | null = null;
  #retry: unknown = undefined;
  #attempts = 0;
  #followServerClock: boolean;
  #destroyed = false;
  #preload: PagePreload;
  #started = false;

  constructor(owner: Owner) {
    super(owner);
    this.#preload = this.readPreload();
    this.settings = trackedObject(this.#preload.settings);
    // Without the server's time in the page, the page keeps its own clock.
    this.#followServerClock = this.#preload.serverTime !== null;
  }

  /**
   * Follow the server: its clock, then its live events. The application
   * route calls this before the first render: moving the page's clock while
   * a banner renders would change what that render already read.
   */
  start(): void {
    if (this.#started || this.#destroyed) return;
    this.#started = true;
    const { serverTime, eventsUrl } = this.#preload;
    if (serverTime !== null) this.clock.syncWithServer(serverTime);
    if (eventsUrl) this.#connect(eventsUrl);
  }

  /** The banner's `@forumState`. */
  get forumState(): 'going-down' | undefined {
    return this.goingDown ? 'going-down' : undefined;
  }

  /** Replace some settings (the demo's preview uses it). */
  update(changes: Record<string, unknown>): void {
    Object.assign(this.settings, changes);
  }

  willDestroy(): void {
    this.#destroyed = true;
    this.#stream?.close();
    this.#stream = null;
    if (this.#retry !== undefined) this.stopTimer(this.#retry);
    this.#retry = undefined;
    super.willDestroy();
  }

  // Seams for tests: the page, the connection, timers and chance.

  protected readPreload(): PagePreload {
    return typeof document === 'undefined'
      ? { settings: {}, serverTime: null, eventsUrl: null }
      : readPagePreload(document);
  }

  /** `null` where the browser has no EventSource: the settings then stay as preloaded. */
  protected openStream(url: string): EventStream | null {
    return typeof EventSource === 'undefined' ? null : new EventSource(url);
  }

  protected startTimer(callback: () => void, delay: number): unknown {
    return setTimeout(callback, delay);
  }

  protected stopTimer(handle: unknown): void {
    clearTimeout(handle as ReturnType<typeof setTimeout>);
  }

  protected random(): number {
    return Math.random();
  }

  #connect(url: string): void {
    const stream = this.openStream(url);
    if (!stream) return;
    this.#stream = stream;
    stream.addEventListener('open', () => {
      if (this.#stream === stream) this.#attempts = 0;
    });
    stream.addEventListener(SETTINGS_EVENT, (event) => {
      if (this.#stream === stream) this.#apply(event.data);
    });
    stream.addEventListener(SHUTDOWN_EVENT, () => {
      if (this.#stream === stream) this.goingDown = true;
    });
    stream.addEventListener('error', () => {
      if (this.#stream !== stream) return;
      // EventSource retries a dropped connection at a fixed pace and gives up
      // for good on an HTTP error; either way, reconnect here with backoff. A
      // new connection gets the current settings first: nothing is missed.
      stream.close();
      this.#stream = null;
      this.#scheduleReconnect(url);
    });
  }

  #scheduleReconnect(url: string): void {
    if (this.#destroyed) return;
    const delay = reconnectDelay(this.#attempts++, this.random());
    this.#retry = this.startTimer(() => {
      this.#retry = undefined;
      if (!this.#destroyed) this.#connect(url);
    }, delay);
  }

  #apply(data: string): void {
    const event = readSettingsPayload(data);
    if (!event) {
      console.warn(
        'A maintenance settings event was not readable; it is ignored.',
      );
      return;
    }
    if (this.#followServerClock) this.clock.syncWithServer(event.server_time);
    this.version = event.version;
    this.goingDown = false;
    // Key by key on the same object: only what changed is dirtied.
    for (const [key, value] of Object.entries(event.settings)) {
      if (SETTING_NAME.test(key) && this.settings[key] !== value)
        this.settings[key] = value;
    }
  }
}

declare module '@ember/service' {
  interface Registry {
    'site-settings': SiteSettingsService;
  }
}
