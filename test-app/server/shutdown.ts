/**
 * Graceful shutdown on SIGTERM or SIGINT, as Go's `http.Server.Shutdown`
 * then `Close` do it: stop listening, let the requests in flight finish
 * (their connections close after the answer), tell every open page with a
 * last `shutdown` event, let a Slack message in flight get its answer, then
 * close the database. Whatever is still open after the deadline (10 s) is
 * closed by force; a second signal forces at once. Each step is logged.
 */
import type { Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Clock } from './clock.ts';
import type { Db } from './db.ts';
import type { SettingsEvents } from './events.ts';
import type { Notifier } from './notifier.ts';

export const SHUTDOWN_TIMEOUT_MS = 10_000;

const plural = (count: number, word: string) =>
  `${count} ${word}${count === 1 ? '' : 's'}`;

/** The answers not yet finished and the connections open, for the server to wait on. */
export class Connections {
  readonly #server: Server;
  readonly #responses = new Set<ServerResponse>();
  readonly #sockets = new Set<Socket>();
  #closing = false;

  constructor(server: Server) {
    this.#server = server;
    server.on('connection', (socket: Socket) => {
      this.#sockets.add(socket);
      socket.once('close', () => this.#sockets.delete(socket));
    });
  }

  /** Every request passes here first. */
  track(response: ServerResponse): void {
    if (this.#closing) response.shouldKeepAlive = false;
    this.#responses.add(response);
    response.once('close', () => {
      this.#responses.delete(response);
      // Once idle, a kept-alive connection (an answer whose headers had gone out) is closed.
      if (this.#closing)
        setImmediate(() => this.#server.closeIdleConnections());
    });
  }

  /** From now on every connection closes after its answer. */
  closeAfterAnswers(): void {
    this.#closing = true;
    for (const response of this.#responses) response.shouldKeepAlive = false;
  }

  get answers(): number {
    return this.#responses.size;
  }

  get sockets(): number {
    return this.#sockets.size;
  }
}

export interface ShutdownParts {
  server: Server;
  connections: Connections;
  events: SettingsEvents;
  notifier: Notifier;
  db: Db;
  clock: Clock;
  log?: (line: string) => void;
  timeoutMs?: number;
}

/** Stops the server; resolves once everything is closed (the caller exits). */
export async function shutDown(
  parts: ShutdownParts,
  signal: string,
  forced: Promise<void>,
): Promise<void> {
  const { server, connections, events, notifier, db, clock } = parts;
  const log = parts.log ?? ((line: string) => console.log(line));
  const timeoutMs = parts.timeoutMs ?? SHUTDOWN_TIMEOUT_MS;
  const started = clock.now();
  const startedAt = performance.now();

  const closed = new Promise<void>((done) => server.close(() => done()));
  connections.closeAfterAnswers();
  const sseAnswers = events.clientCount;
  const told = events.shutdown({ server_time: clock.now() });
  const inFlight = connections.answers - sseAnswers;
  log(
    `Stopping (${signal}): no new connections; ${plural(Math.max(0, inFlight), 'request')} in flight; ${plural(told, 'open page')} told the forum is going down.`,
  );
  const sending = notifier.sending;
  const notified = notifier.stop();
  if (sending) log('Stopping: waiting for the Slack message in flight.');

  let cancelDeadline = () => {};
  const deadline = new Promise<'deadline'>((done) => {
    cancelDeadline = clock.at(started + timeoutMs, () => done('deadline'));
  });
  const outcome = await Promise.race([
    Promise.all([closed, notified]).then(() => 'done' as const),
    deadline,
    forced.then(() => 'forced' as const),
  ]);
  cancelDeadline();
  if (outcome !== 'done') {
    log(
      `Stopping: ${outcome === 'deadline' ? `still busy after ${timeoutMs / 1000} s` : 'asked again'}; closing ${plural(connections.sockets, 'connection')}${notifier.sending ? ' and the Slack request' : ''} by force.`,
    );
    notifier.abort();
    server.closeAllConnections();
    await closed;
  }
  try {
    db.close();
  } catch (error) {
    log(
      `Stopping: the database did not close cleanly (${error instanceof Error ? error.message : String(error)}); SQLite recovers it on the next start.`,
    );
  }
  log(
    `Stopped after ${Math.round(performance.now() - startedAt)} ms: ${outcome === 'done' ? 'every request finished' : 'the rest closed by force'}; database closed.`,
  );
}
