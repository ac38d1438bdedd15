import { tracked } from '@glimmer/tracking';

/** Where the panel's open or closed state is kept, for the browser tab's session. */
export const PANEL_KEY = 'demo-forum:preview-panel';

/** Screens on which the panel starts closed: it would cover the page. */
export const NARROW_SCREEN = '(max-width: 40rem)';

/** `sessionStorage`, or `null` where the browser blocks it. */
function sessionStore(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/** Open or closed; a toggle that remembers the choice (storage that fails only forgets it). */
export class PanelState {
  @tracked open: boolean;
  readonly #storage: Storage | null;

  constructor(open: boolean, storage: Storage | null) {
    this.open = open;
    this.#storage = storage;
  }

  get closed(): boolean {
    return !this.open;
  }

  toggle = (): void => {
    this.open = !this.open;
    try {
      this.#storage?.setItem(PANEL_KEY, this.open ? 'open' : 'closed');
    } catch {
      // A full or blocked storage: the choice lasts as long as the page.
    }
  };
}

/** The visitor's choice of this session, else closed on a narrow screen and open on a wide one. */
export function panelState(
  storage: Storage | null = sessionStore(),
  narrow: boolean = typeof matchMedia === 'function' &&
    matchMedia(NARROW_SCREEN).matches,
): PanelState {
  let saved: string | null;
  try {
    saved = storage?.getItem(PANEL_KEY) ?? null;
  } catch {
    saved = null;
  }
  const open = saved === null ? !narrow : saved === 'open';
  return new PanelState(open, storage);
}
