/**
 * When to ask the health URL again, while the window is on.
 *
 * Jittered exponential backoff: about 15 s after a change, doubling each
 * time nothing changes, capped at about 5 minutes; the jitter (±20 %)
 * keeps thousands of open tabs from asking in step. So N open tabs cost at
 * most N / 12 requests a second right after a change, and N / 300 once
 * things are quiet (see the README for the arithmetic).
 */

export interface HealthPolicy {
  /** First wait after the window starts or the answer changes. */
  readonly initialDelayMs: number;
  /** Longest wait between two checks. */
  readonly maxDelayMs: number;
  /** A check without an answer by then counts as down. */
  readonly timeoutMs: number;
  /** Share of the delay drawn at random either way (0.2 = ±20 %). */
  readonly jitter: number;
}

export const HEALTH_POLICY: HealthPolicy = {
  initialDelayMs: 15_000,
  maxDelayMs: 300_000,
  timeoutMs: 10_000,
  jitter: 0.2,
};

/**
 * The wait before check number `unchanged + 1`, where `unchanged` counts the
 * checks since the answer last changed; `random` returns [0, 1).
 */
export function healthDelay(
  unchanged: number,
  random: () => number = Math.random,
  policy: HealthPolicy = HEALTH_POLICY,
): number {
  const steps = Math.max(0, Math.min(unchanged, 30));
  const base = Math.min(policy.initialDelayMs * 2 ** steps, policy.maxDelayMs);
  const spread = base * policy.jitter;
  return Math.round(base - spread + 2 * spread * random());
}

/** What the checks have shown so far in this window. */
export type HealthState =
  /** Not asked yet, or only good answers while the window is expected to last. */
  | 'unknown'
  /** The last check failed: the forum is down for the upgrade. */
  | 'down'
  /** Answering again after a failure, or after the expected end: it looks done. */
  | 'back';

/** The state after a check: `ok` is the answer, `overdue` that the expected end has passed. */
export function nextHealthState(
  state: HealthState,
  ok: boolean,
  overdue: boolean,
): HealthState {
  if (!ok) return 'down';
  if (state === 'down' || overdue) return 'back';
  return state;
}

/** Is a health answer a "yes"? Discourse's /srv/status answers 200 "ok". */
export function isHealthy(status: number, body: string): boolean {
  return (
    status >= 200 &&
    status < 300 &&
    (body.trim() === '' || /^ok\b/i.test(body.trim()))
  );
}
