/**
 * What the channel hears, decided from the banner's own phases: the core's
 * `phaseAt` says where the window is, and a change from what the notifier
 * saw last is one message (or none). Pure functions: the notifier
 * (notifier.ts) records and sends what these decide.
 *
 * | seen before → now                          | message     |
 * |--------------------------------------------|-------------|
 * | start moved (window shown, not done; ahead) | `postponed` (later) / `moved` (earlier) |
 * | → `imminent`                               | `imminent` (the reminder) |
 * | → `in-progress`                            | `started`   |
 * | `overrun` → `in-progress` (a longer window)| `extended`  |
 * | → `overrun`                                | `overrun`   |
 * | → `cancelled`                              | `cancelled` |
 * | → `completed`                              | `completed` |
 * | anything else (→ `upcoming`, → nothing)     | none        |
 *
 * After downtime across several transitions, only the last one is told.
 */
import {
  formatDateTime,
  phaseAt,
  readSettings,
  type MaintenanceStatus,
  type MaintenanceWindow,
  type Phase,
} from 'ember-maintenance-banner/core';
import type { NoticeKind } from './wire-format.ts';

/** What the notifier saw of the window at one moment; `null`: no window at all. */
export interface Observed {
  phase: Phase | null;
  starts_at: number;
  ends_at: number | null;
  status: MaintenanceStatus;
}

/** The window the settings describe (off or unusable: none), and its phase at `now`. */
export function observe(
  settings: Record<string, unknown>,
  now: number,
): { window: MaintenanceWindow | null; observed: Observed | null } {
  // Codes, not sentences: what is wrong is the admin form's and the server's to say.
  const { window } = readSettings(settings);
  if (window === null) return { window, observed: null };
  return {
    window,
    observed: {
      phase: phaseAt(window, now),
      starts_at: window.startsAt,
      ends_at: window.endsAt,
      status: window.status,
    },
  };
}

const STILL_AHEAD: ReadonlySet<Phase | null> = new Set([
  'upcoming',
  'imminent',
  null,
]);

/** The message a move from `before` to `now` calls for, if any. */
export function decide(
  before: Observed | null,
  now: Observed | null,
): NoticeKind | null {
  if (now === null) return null;
  if (
    before !== null &&
    before.phase !== null &&
    before.phase !== 'completed' &&
    before.starts_at !== now.starts_at &&
    now.status === 'scheduled' &&
    STILL_AHEAD.has(now.phase)
  ) {
    return now.starts_at > before.starts_at ? 'postponed' : 'moved';
  }
  const previous = before?.phase ?? null;
  if (now.phase === previous) return null;
  switch (now.phase) {
    case 'imminent':
      return 'imminent';
    case 'in-progress':
      return previous === 'overrun' ? 'extended' : 'started';
    case 'overrun':
      return 'overrun';
    case 'cancelled':
      return 'cancelled';
    case 'completed':
      return 'completed';
    default:
      return null;
  }
}

/** Slack's escaping: `&`, `<` and `>` would otherwise start entities, links or mentions. */
export function slackEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

const LOCALE = 'en-US';

function instant(epochMs: number, timeZone: string): string {
  return formatDateTime(epochMs, timeZone, LOCALE, { withYear: true });
}

/** The window twice: in the announcement's zone and in UTC. */
function windowLines(window: MaintenanceWindow): string[] {
  return [window.timeZone, 'UTC']
    .filter((zone, index, zones) => zones.indexOf(zone) === index)
    .map((zone) => {
      const start = instant(window.startsAt, zone);
      const end =
        window.endsAt === null
          ? 'length not known'
          : `until about ${instant(window.endsAt, zone)}`;
      return `${slackEscape(zone)}: ${start}, ${end}`;
    });
}

const HEADLINES: Record<NoticeKind, string> = {
  imminent: 'Reminder: maintenance starts soon',
  started: 'Maintenance has started',
  overrun: 'Maintenance is taking longer than planned',
  extended: 'Maintenance extended',
  postponed: 'Maintenance postponed',
  moved: 'Maintenance moved earlier',
  cancelled: 'Maintenance cancelled',
  completed: 'Maintenance complete',
};

function sentence(kind: NoticeKind, window: MaintenanceWindow): string {
  const zone = window.timeZone;
  const start = instant(window.startsAt, zone);
  const end = window.endsAt === null ? null : instant(window.endsAt, zone);
  switch (kind) {
    case 'imminent':
      return `It starts ${start}.`;
    case 'started':
      return end === null
        ? 'The forum may be unavailable until it is done. We are not sure how long it will take.'
        : `The forum may be unavailable until it is done, expected around ${end}.`;
    case 'overrun':
      return `It was expected to be done by ${end ?? start}.`;
    case 'extended':
      return `It is now expected to be done around ${end ?? start}.`;
    case 'postponed':
    case 'moved':
      return `It now starts ${start}.`;
    case 'cancelled':
      return `The maintenance planned for ${start} will not happen.`;
    case 'completed':
      return window.completedAt === null
        ? 'The forum is back. Thank you for your patience.'
        : `The forum is back since ${instant(window.completedAt, zone)}. Thank you for your patience.`;
  }
}

/** The message's text (Slack mrkdwn): headline, what happened, the window, the admin's message. */
export function noticeText(
  kind: NoticeKind,
  window: MaintenanceWindow,
): string {
  const lines = [
    `*${HEADLINES[kind]}*`,
    sentence(kind, window),
    ...windowLines(window),
  ];
  if (window.message !== '') {
    lines.push(
      ...slackEscape(window.message)
        .split('\n')
        .map((line) => `> ${line}`),
    );
  }
  return lines.join('\n');
}

/** The "send a test message" text, with the window when there is one. */
export function testText(window: MaintenanceWindow | null): string {
  const lines = [
    '*Test message*',
    'The forum will post the maintenance window here: a reminder when it is near, when it starts, if it runs long, and when it is done.',
  ];
  if (window !== null) lines.push(...windowLines(window));
  return lines.join('\n');
}
