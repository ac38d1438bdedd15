/**
 * A minimal Server-Sent Events client on node:http (no browser), enough to
 * follow /maintenance-banner/events in tests and in the load check.
 */
import {
  request as httpRequest,
  type Agent,
  type ClientRequest,
} from 'node:http';

export interface ServerSentEvent {
  id: string | null;
  event: string;
  data: string;
  /** When it arrived (performance.now()). */
  at: number;
}

export interface EventsClient {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  events: ServerSentEvent[];
  /** Comment lines (": heartbeat") seen. */
  comments: string[];
  /** Resolves with the first event (already received or still to come) that matches. */
  next(
    match: (event: ServerSentEvent) => boolean,
    timeoutMs?: number,
  ): Promise<ServerSentEvent>;
  closed: Promise<void>;
  close(): void;
}

/** Splits an event stream into events, as the EventSource spec reads it. */
function parser(
  emit: (event: Omit<ServerSentEvent, 'at'>) => void,
  comment: (text: string) => void,
) {
  let buffer = '';
  let id: string | null = null;
  let event = '';
  let data: string[] = [];
  return (chunk: string) => {
    buffer += chunk;
    let end: number;
    while ((end = buffer.search(/\r\n|\r|\n/)) !== -1) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + (buffer.startsWith('\r\n', end) ? 2 : 1));
      if (line === '') {
        if (data.length > 0)
          emit({ id, event: event || 'message', data: data.join('\n') });
        event = '';
        data = [];
        continue;
      }
      if (line.startsWith(':')) {
        comment(line.slice(1).trim());
        continue;
      }
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'id') id = value;
      else if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
    }
  };
}

export function openEvents(
  url: string,
  options: {
    headers?: Record<string, string>;
    agent?: Agent;
    /** Keep every event in `events` (false for many clients: use onEvent). */
    keep?: boolean;
    /** Called for each event, from the first one on. */
    onEvent?: (event: ServerSentEvent) => void;
  } = {},
): Promise<EventsClient> {
  const keep = options.keep ?? true;
  return new Promise((resolveClient, reject) => {
    const waiters = new Set<{
      match: (event: ServerSentEvent) => boolean;
      done: (event: ServerSentEvent) => void;
    }>();
    const request: ClientRequest = httpRequest(
      url,
      {
        headers: { Accept: 'text/event-stream', ...options.headers },
        agent: options.agent,
      },
      (response) => {
        let closeStream: () => void = () => {};
        const client: EventsClient = {
          status: response.statusCode ?? 0,
          headers: response.headers,
          events: [],
          comments: [],
          next(match, timeoutMs = 5000) {
            const seen = client.events.find(match);
            if (seen) return Promise.resolve(seen);
            return new Promise((resolveEvent, rejectEvent) => {
              const waiter = {
                match,
                done: (event: ServerSentEvent) => {
                  clearTimeout(timer);
                  waiters.delete(waiter);
                  resolveEvent(event);
                },
              };
              const timer = setTimeout(() => {
                waiters.delete(waiter);
                rejectEvent(
                  new Error(`no matching event within ${timeoutMs} ms`),
                );
              }, timeoutMs);
              waiters.add(waiter);
            });
          },
          closed: new Promise((done) => (closeStream = done)),
          close: () => request.destroy(),
        };
        const feed = parser(
          (parsed) => {
            const event = { ...parsed, at: performance.now() };
            if (keep) client.events.push(event);
            options.onEvent?.(event);
            for (const waiter of [...waiters])
              if (waiter.match(event)) waiter.done(event);
          },
          (text) => client.comments.push(text),
        );
        response.setEncoding('utf8');
        response.on('data', feed);
        response.on('close', () => closeStream());
        response.on('error', () => closeStream());
        resolveClient(client);
      },
    );
    request.on('error', reject);
    request.end();
  });
}
