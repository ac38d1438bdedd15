/**
 * A stand-in for Slack's incoming webhook on loopback: records every POST
 * and answers from a script (200 "ok" when the script is empty, as Slack
 * does), or holds an answer until the test lets it go.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';

export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

export interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

export interface FakeWebhook {
  /** The webhook URL, with a secret-looking path. */
  url: string;
  /** The part of the URL that must never leak. */
  secret: string;
  received: Received[];
  /** The answers to give next, in order. */
  answer(...answers: Answer[]): void;
  /** The next request is held unanswered until `release` is called. */
  hold(): Promise<{ received: Received; release: (answer?: Answer) => void }>;
  /** Resolves with request number `index` (0-based), already here or still to come. */
  request(index: number, timeoutMs?: number): Promise<Received>;
  close(): Promise<void>;
}

export async function startFakeWebhook(): Promise<FakeWebhook> {
  const secret = `T0FAKE/B0FAKE/${Math.random().toString(36).slice(2).padEnd(12, 'x')}`;
  const script: Answer[] = [];
  const received: Received[] = [];
  const waiters = new Set<() => void>();
  let holding:
    | ((held: {
        received: Received;
        release: (answer?: Answer) => void;
      }) => void)
    | null = null;

  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        body = Buffer.concat(chunks).toString('utf8');
      }
      const entry = { path: request.url ?? '', headers: request.headers, body };
      received.push(entry);
      const send = (
        answer: Answer = script.shift() ?? { status: 200, body: 'ok' },
      ) => {
        response.writeHead(answer.status, {
          'Content-Type': 'text/plain',
          ...answer.headers,
        });
        response.end(answer.body ?? '');
      };
      if (holding) {
        const take = holding;
        holding = null;
        take({ received: entry, release: send });
      } else {
        send();
      }
      for (const waiter of [...waiters]) waiter();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address !== 'object') throw new Error('no address');

  return {
    url: `http://127.0.0.1:${address.port}/services/${secret}`,
    secret,
    received,
    answer: (...answers) => void script.push(...answers),
    hold: () => new Promise((resolve) => (holding = resolve)),
    request: (index, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const look = () => {
          const entry = received[index];
          if (!entry) return;
          clearTimeout(timer);
          waiters.delete(look);
          resolve(entry);
        };
        const timer = setTimeout(() => {
          waiters.delete(look);
          reject(
            new Error(
              `request ${index} did not arrive within ${timeoutMs} ms (${received.length} so far)`,
            ),
          );
        }, timeoutMs);
        waiters.add(look);
        look();
      }),
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
