/**
 * The demo server's Slack notifier, as the admin page sees it: its status
 * (`GET /admin/maintenance-banner/notifier.json`), the "send a test
 * message" button (`POST /admin/maintenance-banner/notifier/test`), and the
 * next message it will post with the saved settings, worked out with the
 * server's own rules (notify-rules.ts) and the core's next phase change.
 */
import { tracked } from '@glimmer/tracking';
import { nextPhaseChange } from 'ember-maintenance-banner/core';
import { decide, noticeText, observe } from '../../../server/notify-rules.ts';
import type {
  NoticeKind,
  NotificationEntry,
  NotifierStatus,
} from '../../../server/wire-format.ts';

export const NOTIFIER_PATH = '/admin/maintenance-banner/notifier.json';
export const NOTIFIER_TEST_PATH = '/admin/maintenance-banner/notifier/test';

/** How the state reaches the server: the admin session's requests. */
export interface NotifierRequests {
  /** An admin endpoint's JSON; throws with the server's sentence on a refusal. */
  getJson<T>(path: string): Promise<T>;
  /** A change: its status and JSON body, whatever the status. */
  send(
    method: 'POST',
    path: string,
    body: unknown,
  ): Promise<{ status: number; body: unknown }>;
}

export type TestResult =
  | { readonly ok: true; readonly status: number | null }
  | { readonly ok: false; readonly message: string };

/** The first line of a message, without Slack's bold marks: its headline. */
export function headlineOf(text: string): string {
  return (text.split('\n')[0] ?? '').replace(/^\*(.*)\*$/, '$1');
}

/** The newest message that was not replaced by a newer one before it went out. */
export function lastMessage(
  status: NotifierStatus | null,
): NotificationEntry | null {
  return (
    status?.messages.find((message) => message.state !== 'superseded') ?? null
  );
}

export interface NextMessage {
  readonly kind: NoticeKind;
  readonly headline: string;
  /** Epoch ms. */
  readonly at: number;
}

/**
 * The next message the notifier posts if the settings stay as they are:
 * the first phase change ahead that calls for one (some change none, such
 * as the window ending), or `null` for none.
 */
export function nextMessage(
  settings: Record<string, unknown>,
  now: number,
): NextMessage | null {
  const { window, observed } = observe(settings, now);
  if (window === null) return null;
  let before = observed;
  let at: number | null = now;
  // A window has a handful of phases: this ends long before the bound.
  for (let step = 0; step < 16; step++) {
    at = nextPhaseChange(window, at);
    if (at === null) return null;
    const after = observe(settings, at).observed;
    const kind = decide(before, after);
    if (kind !== null) {
      return { kind, at, headline: headlineOf(noticeText(kind, window)) };
    }
    before = after;
  }
  return null;
}

function errorsOf(body: unknown): string | null {
  const errors = (body as { errors?: unknown } | null)?.errors;
  return Array.isArray(errors) && typeof errors[0] === 'string'
    ? errors.join(' ')
    : null;
}

export class SlackNotifierState {
  @tracked status: NotifierStatus | null = null;
  /** Why the status could not be read, or `null`. */
  @tracked problem: string | null = null;
  @tracked testing = false;
  @tracked testResult: TestResult | null = null;
  readonly #requests: NotifierRequests;

  constructor(requests: NotifierRequests) {
    this.#requests = requests;
  }

  /** Read the status again (on load, after a save, on "Check again"). */
  async refresh(): Promise<void> {
    try {
      this.status = await this.#requests.getJson<NotifierStatus>(NOTIFIER_PATH);
      this.problem = null;
    } catch (error) {
      this.problem = error instanceof Error ? error.message : String(error);
    }
  }

  /** One test message: to `url` (typed, not saved), or to the saved URL when `null`. */
  async sendTest(url: string | null): Promise<void> {
    if (this.testing) return;
    this.testing = true;
    this.testResult = null;
    try {
      const answer = await this.#requests.send(
        'POST',
        NOTIFIER_TEST_PATH,
        url === null ? {} : { url },
      );
      const status = (answer.body as { status?: unknown } | null)?.status;
      this.testResult =
        answer.status === 200
          ? { ok: true, status: typeof status === 'number' ? status : null }
          : {
              ok: false,
              message:
                errorsOf(answer.body) ??
                `The server answered ${answer.status}.`,
            };
    } catch (error) {
      this.testResult = {
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      };
    } finally {
      this.testing = false;
    }
  }
}
