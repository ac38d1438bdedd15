/**
 * One POST of Slack's incoming-webhook payload (`{ "text": … }`, which
 * Mattermost and others take too), and what its answer means for a retry.
 * Error texts never include the URL: it is the secret.
 */

/** Attempts per message, the first included. */
export const MAX_ATTEMPTS = 5;
/** The wait after each failed attempt (15 s, 1 min, 5 min, 15 min), unless `Retry-After` says otherwise. */
export const RETRY_DELAYS_MS: readonly number[] = [
  15_000, 60_000, 300_000, 900_000,
];
/** A `Retry-After` longer than this is cut down to it. */
export const MAX_RETRY_AFTER_MS = 3_600_000;
/** How long one request may take. */
export const REQUEST_TIMEOUT_MS = 10_000;

export interface SlackPayload {
  text: string;
}

export type Delivery =
  | { ok: true; status: number }
  | {
      ok: false;
      /** The HTTP status, or `null` when nothing answered. */
      status: number | null;
      /** Would trying again help? (no answer, 429, 5xx) */
      retryable: boolean;
      /** What `Retry-After` asked for, in ms. */
      retryAfterMs: number | null;
      /** For the log and the admin: "HTTP 404: no_service". */
      error: string;
    };

/** `Retry-After` as seconds or an HTTP date, in ms from `now`. */
export function retryAfterMs(
  header: string | null,
  now: number,
): number | null {
  if (header === null) return null;
  const text = header.trim();
  if (/^\d{1,9}$/.test(text))
    return Math.min(Number(text) * 1000, MAX_RETRY_AFTER_MS);
  const date = Date.parse(text);
  if (!Number.isFinite(date)) return null;
  return Math.min(Math.max(0, date - now), MAX_RETRY_AFTER_MS);
}

/** How long to wait after failed attempt number `attempt` (1-based). */
export function retryDelay(attempt: number, delivery: Delivery): number {
  if (!delivery.ok && delivery.retryAfterMs !== null)
    return Math.max(1000, delivery.retryAfterMs);
  return RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length) - 1]!;
}

function describeFailure(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError')
    return `no answer within ${REQUEST_TIMEOUT_MS / 1000} s`;
  if (error instanceof Error && error.name === 'AbortError')
    return 'the request was cut off (the server was stopping)';
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  const code = typeof cause?.code === 'string' ? cause.code : null;
  return `no answer (${code ?? (error instanceof Error ? error.message : String(error))})`;
}

export async function postToWebhook(
  url: string,
  payload: SlackPayload,
  options: { now: () => number; signal?: AbortSignal },
): Promise<Delivery> {
  const signals = [AbortSignal.timeout(REQUEST_TIMEOUT_MS)];
  if (options.signal) signals.push(options.signal);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify(payload),
      redirect: 'error',
      signal: AbortSignal.any(signals),
    });
  } catch (error) {
    return {
      ok: false,
      status: null,
      retryable: true,
      retryAfterMs: null,
      error: describeFailure(error),
    };
  }
  const body = (await response.text().catch(() => '')).trim();
  if (response.ok) return { ok: true, status: response.status };
  const { status } = response;
  return {
    ok: false,
    status,
    retryable: status === 429 || status >= 500,
    retryAfterMs: retryAfterMs(
      response.headers.get('retry-after'),
      options.now(),
    ),
    error: `HTTP ${status}${body ? `: ${body.slice(0, 200)}` : ''}`,
  };
}
