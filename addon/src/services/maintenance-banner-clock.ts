/**
 * The one clock the whole page shares.
 *
 * Consumers subscribe and ask to be woken at the instants they care about
 * (the moment their text would change). The clock keeps a single native
 * timer, set for the earliest of those instants: nothing ticks while nothing
 * visible changes. Time is always read from the wall clock, never counted in
 * ticks, so a late timer, a sleeping laptop or a hidden tab that comes back
 * all land on the right instant.
 */
import Service from '@ember/service';
import { tracked } from '@glimmer/tracking';

/** The longest delay `setTimeout` honours; longer ones fire at once. */
export const MAX_TIMER_DELAY = 2 ** 31 - 1;

export interface ClockSubscription {
  /** Be woken once `now() >= at` (replaces the previous request); `null`: never. */
  wakeAt(at: number | null): void;
  /** Drop this subscription; the last one out frees the timer and listeners. */
  release(): void;
}

/** `everyone` is true when time jumped (a preview, a server sync): all must re-read it. */
export type WakeCallback = (everyone: boolean) => void;

interface Subscriber {
  at: number | null;
  readonly onWake: WakeCallback;
}

type Listener = readonly [EventTarget, string];

export default class MaintenanceBannerClock extends Service {
  /** Milliseconds between this runtime's clock and the server's. */
  @tracked serverOffset = 0;
  /** Milliseconds the page's clock is shifted by for a preview. */
  @tracked previewOffset = 0;

  #subscribers = new Set<Subscriber>();
  #timer: unknown = undefined;
  #timerAt: number | null = null;
  #listeners: Listener[] = [];

  /** Now, in epoch milliseconds, as the banner should see it. */
  now(): number {
    return this.readWallClock() + this.serverOffset + this.previewOffset;
  }

  /** Is the page looking at another moment than the real one? */
  get isPreviewing(): boolean {
    return this.previewOffset !== 0;
  }

  subscribe(onWake: WakeCallback): ClockSubscription {
    const subscriber: Subscriber = { at: null, onWake };
    this.#subscribers.add(subscriber);
    this.#listen();
    return {
      wakeAt: (at) => {
        if (!this.#subscribers.has(subscriber) || subscriber.at === at) return;
        subscriber.at = at;
        this.#arm();
      },
      release: () => {
        if (!this.#subscribers.delete(subscriber)) return;
        this.#arm();
        if (this.#subscribers.size === 0) this.#unlisten();
      },
    };
  }

  /**
   * Follow the server's clock: pass the server's current time (from the
   * page's preload or a `Date` response header) as epoch milliseconds.
   */
  syncWithServer(serverNow: number): void {
    if (!Number.isFinite(serverNow)) return;
    this.serverOffset = serverNow - this.readWallClock();
    this.#wake(true);
  }

  /**
   * Show the page as it will look at `instant` (time keeps running from
   * there); `null` goes back to the real time. Every banner follows.
   */
  travelTo(instant: number | null): void {
    this.previewOffset =
      instant === null ? 0 : instant - this.readWallClock() - this.serverOffset;
    this.#wake(true);
  }

  /** Re-read the time and wake whoever is due; on return from sleep or a hidden tab. */
  resync(): void {
    this.#wake(false);
  }

  /** The wall clock jumped (set back, or corrected): everyone re-reads the time. */
  protected timeJumped(): void {
    this.#wake(true);
  }

  willDestroy(): void {
    this.#subscribers.clear();
    this.#arm();
    this.#unlisten();
    super.willDestroy();
  }

  // Seams for another time source (the manual clock of `test-support`).

  protected readWallClock(): number {
    return Date.now();
  }

  protected startTimer(callback: () => void, delay: number): unknown {
    return setTimeout(callback, delay);
  }

  protected stopTimer(handle: unknown): void {
    clearTimeout(handle as ReturnType<typeof setTimeout>);
  }

  protected isHidden(): boolean {
    return (
      typeof document !== 'undefined' && document.visibilityState === 'hidden'
    );
  }

  /** Where resync events come from: the window and the document. */
  protected eventTargets(): { window?: EventTarget; document?: EventTarget } {
    return typeof window === 'undefined' ? {} : { window, document };
  }

  #wake(everyone: boolean): void {
    const now = this.now();
    const due = [...this.#subscribers].filter(
      (subscriber) =>
        everyone || (subscriber.at !== null && subscriber.at <= now),
    );
    for (const subscriber of due) subscriber.at = null;
    this.#arm();
    for (const subscriber of due) subscriber.onWake(everyone);
  }

  /** One native timer for the earliest instant anyone waits for; none while hidden. */
  #arm(): void {
    let earliest: number | null = null;
    for (const { at } of this.#subscribers) {
      if (at !== null && (earliest === null || at < earliest)) earliest = at;
    }
    if (earliest === null || this.isHidden()) earliest = null;
    if (earliest === this.#timerAt) return;

    if (this.#timer !== undefined) this.stopTimer(this.#timer);
    this.#timer = undefined;
    this.#timerAt = earliest;
    if (earliest === null) return;

    // Cap at the setTimeout limit: a longer delay would fire at once.
    const delay = Math.min(Math.max(earliest - this.now(), 0), MAX_TIMER_DELAY);
    this.#timer = this.startTimer(() => {
      this.#timer = undefined;
      this.#timerAt = null;
      this.#wake(false);
    }, delay);
  }

  /** The page was hidden (stop the timer) or shown again (catch up at once). */
  protected visibilityChanged(): void {
    if (this.isHidden()) this.#arm();
    else this.#wake(false);
  }

  #onVisibilityChange = (): void => this.visibilityChanged();
  #onResync = (): void => this.#wake(false);

  #listen(): void {
    if (this.#listeners.length > 0) return;
    const { window: win, document: doc } = this.eventTargets();
    const add = (
      target: EventTarget | undefined,
      type: string,
      handler: () => void,
    ) => {
      if (!target) return;
      target.addEventListener(type, handler);
      this.#listeners.push([target, type]);
    };
    add(doc, 'visibilitychange', this.#onVisibilityChange);
    // A frozen page was resumed (Page Lifecycle), or came back from the bfcache.
    add(doc, 'resume', this.#onResync);
    add(win, 'pageshow', this.#onResync);
    // Typical signs of a wake from sleep.
    add(win, 'focus', this.#onResync);
    add(win, 'online', this.#onResync);
  }

  #unlisten(): void {
    for (const [target, type] of this.#listeners) {
      target.removeEventListener(
        type,
        type === 'visibilitychange' ? this.#onVisibilityChange : this.#onResync,
      );
    }
    this.#listeners = [];
  }
}

declare module '@ember/service' {
  interface Registry {
    'maintenance-banner-clock': MaintenanceBannerClock;
  }
}
