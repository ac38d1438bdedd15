/**
 * Live settings for visitors, as Server-Sent Events: a `settings` event with
 * `id: <version>` on connect and on every change; a comment every 25 s keeps
 * proxies from closing an idle connection. One timer for all clients. When
 * the server stops, a last `shutdown` event tells every open page.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  SETTINGS_EVENT,
  SHUTDOWN_EVENT,
  type SettingsPayload,
  type ShutdownPayload,
} from './wire-format.ts';

export const HEARTBEAT_MS = 25_000;
/** A client this far behind (bytes queued) is dropped; it reconnects and catches up. */
export const MAX_BUFFERED = 256 * 1024;
export const MAX_CLIENTS = 10_000;

export type { SettingsPayload };

export interface EventsOptions {
  heartbeatMs?: number;
  maxClients?: number;
  maxBuffered?: number;
  headers?: Record<string, string>;
}

/** The version a reconnecting EventSource says it has seen, if it says. */
export function lastEventId(request: IncomingMessage): number | null {
  const header = request.headers['last-event-id'];
  const text = Array.isArray(header) ? header[0] : header;
  return text && /^\d{1,15}$/.test(text.trim()) ? Number(text.trim()) : null;
}

function format(payload: SettingsPayload): string {
  // JSON.stringify never emits a raw line break, so one `data:` line holds it all.
  return `id: ${payload.version}\nevent: ${SETTINGS_EVENT}\ndata: ${JSON.stringify(payload)}\n\n`;
}

export class SettingsEvents {
  readonly #clients = new Set<ServerResponse>();
  readonly #heartbeatMs: number;
  readonly #maxClients: number;
  readonly #maxBuffered: number;
  readonly #headers: Record<string, string>;
  #heartbeat: ReturnType<typeof setInterval> | undefined;
  #closing = false;

  constructor(options: EventsOptions = {}) {
    this.#heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS;
    this.#maxClients = options.maxClients ?? MAX_CLIENTS;
    this.#maxBuffered = options.maxBuffered ?? MAX_BUFFERED;
    this.#headers = options.headers ?? {};
  }

  get clientCount(): number {
    return this.#clients.size;
  }

  /**
   * Opens the stream and sends the current settings, unless the client's
   * Last-Event-ID says it has this very version already.
   */
  connect(
    request: IncomingMessage,
    response: ServerResponse,
    current: SettingsPayload,
  ): void {
    if (this.#closing || this.#clients.size >= this.#maxClients) {
      response.writeHead(503, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Retry-After': '30',
        ...this.#headers,
      });
      response.end('Too many listeners; try again later.');
      return;
    }
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      // Proxies such as nginx would otherwise hold events back.
      'X-Accel-Buffering': 'no',
      ...this.#headers,
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    response.socket?.setNoDelay(true);
    this.#clients.add(response);
    response.on('close', () => this.#drop(response));
    if (lastEventId(request) !== current.version)
      response.write(format(current));
    else response.write(': up to date\n\n');
    this.#startHeartbeat();
  }

  broadcast(payload: SettingsPayload): void {
    const message = format(payload);
    for (const client of this.#clients) this.#send(client, message);
  }

  /**
   * The server is stopping: each stream gets a last `shutdown` event and
   * ends (its connection closes with it); no new stream opens. Returns how
   * many pages were told.
   */
  shutdown(payload: ShutdownPayload): number {
    this.#closing = true;
    const message = `event: ${SHUTDOWN_EVENT}\ndata: ${JSON.stringify(payload)}\n\n`;
    const told = this.#clients.size;
    for (const client of this.#clients) {
      client.shouldKeepAlive = false;
      client.end(message);
    }
    this.#clients.clear();
    this.#stopHeartbeat();
    return told;
  }

  #send(client: ServerResponse, message: string): void {
    if (client.writableLength > this.#maxBuffered) {
      client.destroy();
      this.#drop(client);
      return;
    }
    client.write(message);
  }

  #drop(client: ServerResponse): void {
    this.#clients.delete(client);
    if (this.#clients.size === 0) this.#stopHeartbeat();
  }

  #startHeartbeat(): void {
    if (this.#heartbeat !== undefined) return;
    this.#heartbeat = setInterval(() => {
      for (const client of this.#clients) this.#send(client, ': heartbeat\n\n');
    }, this.#heartbeatMs);
  }

  #stopHeartbeat(): void {
    clearInterval(this.#heartbeat);
    this.#heartbeat = undefined;
  }
}
