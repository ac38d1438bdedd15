/**
 * Posts the window's transitions to Slack by itself, following the banner's
 * phases: woken by the clock at the core's `nextPhaseChange` (one wake-up,
 * no polling) and after every settings change.
 *
 * Exactly once per transition: the transaction that compares what it sees
 * with what it saw last also records the message to send (an outbox row),
 * so a restart or a crash neither repeats nor skips one. A newer transition
 * supersedes a message still waiting, so after downtime only the latest
 * state is told. Failures are retried with backoff (Slack's `Retry-After`
 * honoured), then given up with one log line and a status the admin sees.
 *
 * The one gap left is the network's: a crash after Slack accepted a message
 * but before the server recorded it sends that message again on restart.
 */
import { nextPhaseChange } from 'ember-maintenance-banner/core';
import type { Clock } from './clock.ts';
import type { Db } from './db.ts';
import {
  decide,
  noticeText,
  observe,
  testText,
  type Observed,
} from './notify-rules.ts';
import { SLACK_WEBHOOK_KEY } from './secret-settings.ts';
import {
  MAX_ATTEMPTS,
  postToWebhook,
  retryDelay,
  type Delivery,
} from './slack.ts';
import type { SettingsStore } from './store.ts';
import type {
  NoticeKind,
  NotificationEntry,
  NotifierStatus,
} from './wire-format.ts';

interface NotificationRow {
  id: number;
  kind: NoticeKind;
  text: string;
  state: NotificationEntry['state'];
  attempts: number;
  next_attempt_at: number | null;
  error: string | null;
  created_at: string;
  sent_at: string | null;
}

/** When the server's own database fails the notifier, it tries again this much later. */
const TRY_AGAIN_MS = 60_000;

const iso = (epochMs: number | null) =>
  epochMs === null ? null : new Date(epochMs).toISOString();

export class Notifier {
  readonly #db: Db;
  readonly #store: SettingsStore;
  readonly #clock: Clock;
  readonly #log: (line: string) => void;
  readonly #sql;
  #cancelPhaseWake: (() => void) | null = null;
  #phaseWakeAt: number | null = null;
  #cancelRetryWake: (() => void) | null = null;
  #inFlight: Promise<void> | null = null;
  #abort: AbortController | null = null;
  #stopped = false;

  constructor(options: {
    db: Db;
    store: SettingsStore;
    clock: Clock;
    log?: (line: string) => void;
  }) {
    this.#db = options.db;
    this.#store = options.store;
    this.#clock = options.clock;
    this.#log = options.log ?? ((line) => console.log(line));
    const db = options.db;
    this.#sql = {
      observed: db
        .prepare<[], string>('SELECT observed FROM notifier_state WHERE id = 1')
        .pluck(),
      saveObserved: db.prepare<[string, string]>(
        `INSERT INTO notifier_state (id, observed, updated_at) VALUES (1, ?, ?)
         ON CONFLICT (id) DO UPDATE SET observed = excluded.observed, updated_at = excluded.updated_at`,
      ),
      supersede: db.prepare<[]>(
        "UPDATE notifications SET state = 'superseded', next_attempt_at = NULL WHERE state = 'pending'",
      ),
      insert: db.prepare<[string, string, string, string]>(
        'INSERT INTO notifications (kind, text, state, created_at) VALUES (?, ?, ?, ?)',
      ),
      pending: db.prepare<[], NotificationRow>(
        "SELECT * FROM notifications WHERE state = 'pending' ORDER BY id DESC LIMIT 1",
      ),
      attempt: db.prepare<[number]>(
        'UPDATE notifications SET attempts = attempts + 1, next_attempt_at = NULL WHERE id = ?',
      ),
      sent: db.prepare<[string, number]>(
        "UPDATE notifications SET state = 'sent', sent_at = ?, error = NULL, next_attempt_at = NULL WHERE id = ?",
      ),
      retry: db.prepare<[number, string, number]>(
        "UPDATE notifications SET next_attempt_at = ?, error = ? WHERE id = ? AND state = 'pending'",
      ),
      failed: db.prepare<[string, number]>(
        "UPDATE notifications SET state = CASE state WHEN 'pending' THEN 'failed' ELSE state END, error = ?, next_attempt_at = NULL WHERE id = ?",
      ),
      unsent: db.prepare<[number]>(
        "UPDATE notifications SET state = 'not_configured' WHERE id = ? AND state = 'pending'",
      ),
      recent: db.prepare<[], NotificationRow>(
        'SELECT * FROM notifications ORDER BY id DESC LIMIT 10',
      ),
    };
  }

  /**
   * Looks at the window now, records and sends what changed, and sets the
   * next wake-up. Never throws: a database that cannot be written is logged
   * and tried again a minute later.
   */
  check(): void {
    if (this.#stopped) return;
    try {
      this.#look();
    } catch (error) {
      this.#trouble('could not look at the window', error);
      this.#wakeAtNextPhase(this.#clock.now() + TRY_AGAIN_MS);
    }
  }

  #look(): void {
    const now = this.#clock.now();
    const window = this.#db
      .transaction(() => {
        const { settings } = this.#store.snapshot();
        const seen = observe(settings, now);
        const before = this.#readObserved();
        const after = JSON.stringify(seen.observed);
        if (
          JSON.stringify(before) !== after ||
          this.#sql.observed.get() === undefined
        )
          this.#sql.saveObserved.run(after, iso(now)!);
        const kind = decide(before, seen.observed);
        if (kind !== null && seen.window !== null) {
          this.#sql.supersede.run();
          const configured = this.#store.secret(SLACK_WEBHOOK_KEY) !== '';
          this.#sql.insert.run(
            kind,
            noticeText(kind, seen.window),
            configured ? 'pending' : 'not_configured',
            iso(now)!,
          );
        }
        return seen.window;
      })
      .immediate();
    this.#wakeAtNextPhase(
      window === null ? null : nextPhaseChange(window, now),
    );
    this.#send();
  }

  /** Delivers what is due; a failure of the server's own (its database) is logged and retried. */
  #send(): void {
    this.#deliver().catch((error: unknown) => {
      this.#inFlight = null;
      this.#abort = null;
      this.#trouble('could not record a message', error);
      this.#cancelRetryWake?.();
      this.#cancelRetryWake = this.#clock.at(
        this.#clock.now() + TRY_AGAIN_MS,
        () => this.#send(),
      );
    });
  }

  #trouble(what: string, error: unknown): void {
    this.#log(
      `Slack notifier: ${what} (${error instanceof Error ? error.message : String(error)}); trying again in ${TRY_AGAIN_MS / 60_000} minute.`,
    );
  }

  /** What the admin form shows: the webhook's state, the next wake-up, the last messages. */
  status(): NotifierStatus {
    return {
      webhook_configured: this.#store.secret(SLACK_WEBHOOK_KEY) !== '',
      phase: this.#readObserved()?.phase ?? null,
      next_check_at: iso(this.#phaseWakeAt),
      messages: this.#sql.recent.all().map((row) => ({
        id: row.id,
        kind: row.kind,
        state: row.state,
        text: row.text,
        attempts: row.attempts,
        created_at: row.created_at,
        sent_at: row.sent_at,
        next_attempt_at: iso(row.next_attempt_at),
        error: row.error,
      })),
    };
  }

  /** The "send a test message" button: one attempt, no record, no retry. */
  sendTest(url: string): Promise<Delivery> {
    const { settings } = this.#store.snapshot();
    const { window } = observe(settings, this.#clock.now());
    return postToWebhook(
      url,
      { text: testText(window) },
      { now: () => this.#clock.now() },
    );
  }

  /** Stops waking up; resolves once the message in flight (if any) has its answer. */
  stop(): Promise<void> {
    this.#stopped = true;
    this.#cancelPhaseWake?.();
    this.#cancelRetryWake?.();
    this.#phaseWakeAt = null;
    return this.#inFlight ?? Promise.resolve();
  }

  /** Cuts the request in flight off (it stays pending, for the next start). */
  abort(): void {
    this.#abort?.abort();
  }

  get sending(): boolean {
    return this.#inFlight !== null;
  }

  #readObserved(): Observed | null {
    const json = this.#sql.observed.get();
    if (json === undefined) return null;
    return JSON.parse(json) as Observed | null;
  }

  #wakeAtNextPhase(at: number | null): void {
    this.#cancelPhaseWake?.();
    this.#cancelPhaseWake = null;
    this.#phaseWakeAt = at;
    if (at !== null)
      this.#cancelPhaseWake = this.#clock.at(at, () => this.check());
  }

  /** Sends the newest pending message, one at a time, until none is due. */
  async #deliver(): Promise<void> {
    if (this.#inFlight !== null || this.#stopped) return;
    const row = this.#sql.pending.get();
    if (!row) return;
    const now = this.#clock.now();
    if (row.next_attempt_at !== null && row.next_attempt_at > now) {
      this.#cancelRetryWake?.();
      this.#cancelRetryWake = this.#clock.at(row.next_attempt_at, () =>
        this.#send(),
      );
      return;
    }
    const url = this.#store.secret(SLACK_WEBHOOK_KEY);
    if (url === '') {
      this.#sql.unsent.run(row.id);
      return;
    }
    // Counted before it leaves: a crash mid-request still shows the attempt.
    this.#sql.attempt.run(row.id);
    const attempt = row.attempts + 1;
    this.#abort = new AbortController();
    this.#inFlight = postToWebhook(
      url,
      { text: row.text },
      { now: () => this.#clock.now(), signal: this.#abort.signal },
    ).then((delivery) => this.#record(row, attempt, delivery));
    try {
      await this.#inFlight;
    } finally {
      this.#inFlight = null;
      this.#abort = null;
    }
    this.#send();
  }

  #record(row: NotificationRow, attempt: number, delivery: Delivery): void {
    const now = this.#clock.now();
    if (delivery.ok) {
      this.#sql.sent.run(iso(now)!, row.id);
      this.#log(`Slack notifier: posted the "${row.kind}" message.`);
      return;
    }
    if (this.#stopped && delivery.status === null) return; // cut off: tried again on the next start
    if (!delivery.retryable || attempt >= MAX_ATTEMPTS) {
      this.#sql.failed.run(delivery.error, row.id);
      this.#log(
        `Slack notifier: gave up on the "${row.kind}" message after ${attempt} attempt${attempt === 1 ? '' : 's'}: ${delivery.error}`,
      );
      return;
    }
    const next = now + retryDelay(attempt, delivery);
    this.#sql.retry.run(next, delivery.error, row.id);
    this.#log(
      `Slack notifier: the "${row.kind}" message failed (${delivery.error}); attempt ${attempt + 1} of ${MAX_ATTEMPTS} at ${iso(next)}.`,
    );
  }
}
