/**
 * JSON over HTTP for the API: bodies read with a size cap into
 * null-prototype objects, answers and errors in Discourse's shape.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Settings bodies are a few hundred bytes; this is plenty. */
export const BODY_LIMIT = 16 * 1024;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errorType = 'invalid_parameters',
  ) {
    super(message);
  }
}

/** A JSON object body, as an object with no prototype (nothing to pollute). */
export type JsonBody = Record<string, unknown>;

function checkContentType(request: IncomingMessage): void {
  const [mime = '', ...params] = (request.headers['content-type'] ?? '')
    .split(';')
    .map((part) => part.trim().toLowerCase());
  const charset = params.find((param) => param.startsWith('charset='));
  if (mime !== 'application/json' || (charset && charset !== 'charset=utf-8')) {
    throw new HttpError(
      400,
      'Send the body as JSON, with Content-Type: application/json.',
    );
  }
}

function tooLarge(limit: number): HttpError {
  return new HttpError(
    413,
    `The body is too large: at most ${limit / 1024} KB.`,
    'payload_too_large',
  );
}

/**
 * Reads the body, refusing more than `limit` bytes: a declared length over
 * it is refused before a byte is read, an undeclared one as soon as it
 * passes the limit (the caller answers with the connection closed).
 */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.reject(tooLarge(limit));

  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (error: HttpError | null) => {
      if (done) return;
      done = true;
      request
        .off('data', onData)
        .off('end', onEnd)
        .off('error', onError)
        .off('close', onError);
      if (error) {
        request.pause();
        reject(error);
      } else {
        resolve(Buffer.concat(chunks));
      }
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) finish(tooLarge(limit));
      else chunks.push(chunk);
    };
    const onEnd = () => finish(null);
    const onError = () =>
      finish(new HttpError(400, 'The body did not arrive whole.'));
    // 'close' before 'end': the client went away mid-body.
    request
      .on('data', onData)
      .on('end', onEnd)
      .on('error', onError)
      .on('close', onError);
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export async function readJsonObject(
  request: IncomingMessage,
  limit: number = BODY_LIMIT,
): Promise<JsonBody> {
  checkContentType(request);
  const bytes = await readBody(request, limit);
  let parsed: unknown;
  try {
    parsed = JSON.parse(utf8.decode(bytes));
  } catch (error) {
    throw new HttpError(
      400,
      `The body is not valid JSON (${error instanceof Error ? error.message : 'unreadable'}).`,
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new HttpError(400, 'The body must be a JSON object.');
  }
  // Own keys only, copied onto no prototype: `__proto__` stays a plain key.
  const body = Object.create(null) as JsonBody;
  for (const [key, value] of Object.entries(parsed)) body[key] = value;
  return body;
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string | string[]> = {},
): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  });
  response.end(text);
}

/** Discourse's error shape: `{ errors: [...], error_type }`. */
export function sendError(
  response: ServerResponse,
  status: number,
  errors: string | string[],
  errorType: string,
  headers: Record<string, string | string[]> = {},
): void {
  sendJson(
    response,
    status,
    {
      errors: Array.isArray(errors) ? errors : [errors],
      error_type: errorType,
    },
    headers,
  );
}

/** Answers with the headers every response of the server carries. */
export class Reply {
  readonly #headers: Record<string, string>;

  constructor(headers: Record<string, string>) {
    this.#headers = headers;
  }

  json(
    response: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string | string[]> = {},
  ): void {
    sendJson(response, status, body, { ...this.#headers, ...headers });
  }

  error(
    response: ServerResponse,
    status: number,
    errors: string | string[],
    errorType: string,
    headers: Record<string, string> = {},
  ): void {
    sendError(response, status, errors, errorType, {
      ...this.#headers,
      ...headers,
    });
  }
}
