/**
 * Who is asking, and over what: the socket says, unless it comes from a
 * proxy named in TRUST_PROXY; only then do `X-Forwarded-For` and
 * `X-Forwarded-Proto` count. A client that sends them itself changes
 * nothing: no `Secure` cookie on its say-so, no other address to dodge the
 * rate limit behind.
 *
 *   TRUST_PROXY=loopback              a proxy on this machine (127.0.0.1, ::1)
 *   TRUST_PROXY=10.0.0.5,10.0.0.6     the proxies' addresses
 */
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

export class ProxyConfigError extends Error {}

/** `::ffff:127.0.0.1` (IPv4 on an IPv6 socket) → `127.0.0.1`. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(trimmed);
  return (mapped ? mapped[1]! : trimmed).toLowerCase();
}

function headerValues(request: IncomingMessage, name: string): string[] {
  const value = request.headers[name];
  const text = Array.isArray(value) ? value.join(',') : (value ?? '');
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

export class ProxyTrust {
  readonly #trusted: ReadonlySet<string>;

  constructor(trusted: Iterable<string> = []) {
    this.#trusted = new Set([...trusted].map(normalizeAddress));
  }

  /** TRUST_PROXY's value: unset, `off`, `loopback`, or a list of addresses. */
  static parse(text: string | undefined): ProxyTrust {
    const value = (text ?? '').trim();
    if (['', '0', 'off', 'false', 'no'].includes(value.toLowerCase()))
      return new ProxyTrust();
    const addresses: string[] = [];
    for (const part of value.split(',').map((entry) => entry.trim())) {
      if (part.toLowerCase() === 'loopback') addresses.push('127.0.0.1', '::1');
      else if (isIP(part) !== 0) addresses.push(part);
      else {
        throw new ProxyConfigError(
          `TRUST_PROXY=${value}: ${JSON.stringify(part)} is not an IP address; use "loopback" or the proxies' addresses, separated by commas.`,
        );
      }
    }
    return new ProxyTrust(addresses);
  }

  /** For the start-up message. */
  describe(): string {
    return this.#trusted.size === 0
      ? 'none (X-Forwarded-* headers are ignored)'
      : [...this.#trusted].join(', ');
  }

  #isTrusted(address: string): boolean {
    return this.#trusted.has(normalizeAddress(address));
  }

  #peer(request: IncomingMessage): string {
    return normalizeAddress(request.socket.remoteAddress ?? '');
  }

  /**
   * The client's address: the socket's, or behind trusted proxies the
   * right-most `X-Forwarded-For` entry that is not one of them (entries
   * further left were written by whoever sent the request, and prove nothing).
   */
  clientAddress(request: IncomingMessage): string {
    let address = this.#peer(request);
    if (!this.#isTrusted(address)) return address;
    for (const entry of headerValues(request, 'x-forwarded-for').reverse()) {
      if (isIP(normalizeAddress(entry)) === 0) break;
      address = normalizeAddress(entry);
      if (!this.#isTrusted(address)) break;
    }
    return address;
  }

  /** Is the page talking to us over https (directly, or through a trusted proxy that says so)? */
  isHttps(request: IncomingMessage): boolean {
    if ('encrypted' in request.socket && request.socket.encrypted === true)
      return true;
    if (!this.#isTrusted(this.#peer(request))) return false;
    // The nearest proxy's word is the last one.
    return headerValues(request, 'x-forwarded-proto').at(-1) === 'https';
  }
}
