/**
 * What the benchmark puts into every page before the app's own scripts:
 * counters for timer callbacks, live timers and listeners, an emulated
 * page visibility, and a MutationObserver that tells DOM writes that change
 * the visible text from those that do not. The same probe runs for every
 * contender, so every contender is counted the same way.
 *
 * `probe` is serialised into the page: it must not close over anything.
 */

export interface ProbeCounts {
  /** Timer callbacks that ran (setTimeout, setInterval, rAF, idle callbacks). */
  wakeUps: number;
  wakeUpsVisible: number;
  wakeUpsHidden: number;
  /** DOM mutation records under the observed root (shadow roots included). */
  mutations: number;
  /** Records of batches after which the visible text differed. */
  textMutations: number;
  /** Records of batches after which the visible text was the same. */
  idleMutations: number;
  /** Times the visible text changed (hidden or not). */
  textChanges: number;
  /** Texts a visitor could have seen: the first, each change while visible, the one found on return. */
  seenTexts: number;
  /** The observed root's visible text now. */
  text: string;
}

export interface ProbeLive {
  /** Timers scheduled and neither run (for one-shots) nor cleared. */
  timers: number;
  /** Listeners on window, document or connected nodes (`once` ones aside). */
  listeners: number;
  /** Of which on window or document. */
  globalListeners: number;
}

export interface Probe {
  counts(): ProbeCounts;
  live(): ProbeLive;
  /** Zero the counters (not the live tallies). */
  reset(): void;
  /** Start watching the element `selector` finds (and shadow roots inside). */
  observe(selector: string): void;
  /** Emulate the page being hidden or shown, with a `visibilitychange` event. */
  setHidden(hidden: boolean): void;
  /** Mount and unmount the contender `times` times with the page's toggle button. */
  cycle(times: number): Promise<number>;
}

declare global {
  interface Window {
    __bench: Probe;
  }
}

export function probe(): void {
  const counts = {
    wakeUps: 0,
    wakeUpsVisible: 0,
    wakeUpsHidden: 0,
    mutations: 0,
    textMutations: 0,
    idleMutations: 0,
    textChanges: 0,
    seenTexts: 0,
  };
  let hidden = false;
  const liveTimers = new Set<string>();

  // --- Timers: every callback that runs is a wake-up. -----------------------
  const ran = () => {
    counts.wakeUps++;
    if (hidden) counts.wakeUpsHidden++;
    else counts.wakeUpsVisible++;
  };
  type Scheduler = (callback: unknown, ...rest: unknown[]) => number;
  type Canceller = (id: number) => void;
  const globals = window as unknown as Record<string, unknown>;
  const wrapScheduler = (name: string, pool: string, repeats: boolean) => {
    const original = globals[name] as Scheduler | undefined;
    if (typeof original !== 'function') return;
    const wrapper: Scheduler = (callback, ...rest) => {
      let key = '';
      const wrapped =
        typeof callback === 'function'
          ? function (this: unknown, ...args: unknown[]): unknown {
              if (!repeats) liveTimers.delete(key);
              ran();
              return (callback as (...a: unknown[]) => unknown).apply(
                this,
                args,
              );
            }
          : callback;
      const id = original.call(window, wrapped, ...rest);
      key = `${pool}:${id}`;
      liveTimers.add(key);
      return id;
    };
    globals[name] = wrapper;
  };
  const wrapCanceller = (name: string, pool: string) => {
    const original = globals[name] as Canceller | undefined;
    if (typeof original !== 'function') return;
    const wrapper: Canceller = (id) => {
      liveTimers.delete(`${pool}:${id}`);
      original.call(window, id);
    };
    globals[name] = wrapper;
  };
  wrapScheduler('setTimeout', 'timer', false);
  wrapScheduler('setInterval', 'timer', true);
  wrapScheduler('requestAnimationFrame', 'frame', false);
  wrapScheduler('requestIdleCallback', 'idle', false);
  wrapCanceller('clearTimeout', 'timer');
  wrapCanceller('clearInterval', 'timer');
  wrapCanceller('cancelAnimationFrame', 'frame');
  wrapCanceller('cancelIdleCallback', 'idle');

  // --- Listeners, held weakly so the tally keeps nothing alive. --------------
  interface Entry {
    target: WeakRef<EventTarget>;
    type: string;
    listener: WeakRef<object>;
    capture: boolean;
  }
  const entries: Entry[] = [];
  const captureOf = (options: unknown) =>
    typeof options === 'boolean'
      ? options
      : Boolean((options as { capture?: boolean } | undefined)?.capture);
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the target as `this`
  const add = EventTarget.prototype.addEventListener;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- likewise
  const remove = EventTarget.prototype.removeEventListener;
  const find = (
    target: EventTarget,
    type: string,
    listener: object,
    capture: boolean,
  ) =>
    entries.findIndex(
      (entry) =>
        entry.type === type &&
        entry.capture === capture &&
        entry.target.deref() === target &&
        entry.listener.deref() === listener,
    );
  EventTarget.prototype.addEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ): void {
    add.call(this, type, listener, options);
    const once = typeof options === 'object' && options.once;
    if (!listener || once) return;
    const capture = captureOf(options);
    if (find(this, type, listener, capture) !== -1) return;
    const entry: Entry = {
      target: new WeakRef(this),
      type,
      listener: new WeakRef(listener),
      capture,
    };
    entries.push(entry);
    const signal = typeof options === 'object' ? options.signal : undefined;
    signal?.addEventListener('abort', () => {
      const at = entries.indexOf(entry);
      if (at !== -1) entries.splice(at, 1);
    });
  };
  EventTarget.prototype.removeEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ): void {
    remove.call(this, type, listener, options);
    if (!listener) return;
    const at = find(this, type, listener, captureOf(options));
    if (at !== -1) entries.splice(at, 1);
  };

  // --- Visibility, emulated the same way for everyone. -----------------------
  Object.defineProperty(Document.prototype, 'visibilityState', {
    configurable: true,
    get: () => (hidden ? 'hidden' : 'visible'),
  });
  Object.defineProperty(Document.prototype, 'hidden', {
    configurable: true,
    get: () => hidden,
  });

  // --- Text, through shadow roots. -------------------------------------------
  const textOf = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
    if (node.nodeType === Node.COMMENT_NODE) return '';
    const children =
      (node as Element).shadowRoot?.childNodes ?? node.childNodes;
    let text = '';
    for (const child of children) text += textOf(child);
    return text;
  };
  let root: Element | null = null;
  let text = '';
  let lastSeen = '';
  let observer: MutationObserver | null = null;
  const watched = new WeakSet<Node>();
  const watch = (node: Node) => {
    if (!observer || watched.has(node)) return;
    watched.add(node);
    observer.observe(node, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  };
  const watchShadows = (node: Element) => {
    for (const element of [node, ...node.querySelectorAll('*')]) {
      if (element.shadowRoot) {
        watch(element.shadowRoot);
        watchShadows(element.shadowRoot as unknown as Element);
      }
    }
  };

  const bench: Probe = {
    counts: () => ({ ...counts, text }),
    live: () => {
      let listeners = 0;
      let globalListeners = 0;
      for (const entry of entries) {
        const target = entry.target.deref();
        if (!target || !entry.listener.deref()) continue;
        if (target === window || target === document) {
          listeners++;
          globalListeners++;
        } else if (target instanceof Node && target.isConnected) {
          listeners++;
        }
      }
      return { timers: liveTimers.size, listeners, globalListeners };
    },
    reset: () => {
      for (const key of Object.keys(counts))
        counts[key as keyof typeof counts] = 0;
      counts.seenTexts = 1;
      lastSeen = text;
    },
    observe: (selector) => {
      root = document.querySelector(selector);
      if (!root) throw new Error(`nothing matches ${selector}`);
      observer?.disconnect();
      const observed = root;
      observer = new MutationObserver((records) => {
        const now = textOf(observed);
        counts.mutations += records.length;
        if (now === text) {
          counts.idleMutations += records.length;
        } else {
          counts.textMutations += records.length;
          counts.textChanges++;
          if (!hidden) {
            counts.seenTexts++;
            lastSeen = now;
          }
        }
        text = now;
        watchShadows(observed); // a contender may attach shadow roots later
      });
      watch(observed);
      watchShadows(observed);
      text = textOf(observed);
      lastSeen = text;
      counts.seenTexts = 1;
    },
    setHidden: (value) => {
      hidden = value;
      document.dispatchEvent(new Event('visibilitychange'));
      if (!hidden && root) {
        // What the visitor finds on return, if it moved on while hidden.
        text = textOf(root);
        if (text !== lastSeen) counts.seenTexts++;
        lastSeen = text;
      }
    },
    cycle: async (times) => {
      const button = document.querySelector<HTMLElement>('[data-bench-toggle]');
      const contender = document.querySelector('[data-bench-root]');
      if (!button || !contender) throw new Error('not on the bench page');
      const channel = new MessageChannel();
      const nextTask = () =>
        new Promise<void>((resolve) => {
          channel.port1.onmessage = () => resolve();
          channel.port2.postMessage(null);
        });
      let mounted = 0;
      for (let i = 0; i < times; i++) {
        button.click(); // mount
        await nextTask();
        if (contender.childElementCount > 0) mounted++;
        button.click(); // unmount
        await nextTask();
      }
      channel.port1.close();
      return mounted;
    },
  };
  window.__bench = bench;
}

/** Run in pages to time the banner's first frame and the layout shifts of a load. */
export interface LoadProbe {
  /** `performance.now()` of the first animation frame after the banner appeared. */
  bannerFrame: number | null;
  /** When the banner was inserted. */
  bannerInserted: number | null;
  /** Sum of layout-shift values without recent input. */
  cls: number;
}

declare global {
  interface Window {
    __load: LoadProbe;
  }
}

export function loadProbe(): void {
  const state: LoadProbe = { bannerFrame: null, bannerInserted: null, cls: 0 };
  window.__load = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
    })[]) {
      if (!entry.hadRecentInput) state.cls += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const seen = new MutationObserver(() => {
    if (!document.querySelector('.maintenance-banner')) return;
    seen.disconnect();
    state.bannerInserted = performance.now();
    requestAnimationFrame((frame) => {
      state.bannerFrame = frame;
    });
  });
  seen.observe(document, { childList: true, subtree: true });
}
