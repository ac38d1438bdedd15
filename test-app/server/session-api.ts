/**
 * The browser admin's session: who is logged in, log in with the API key
 * (rate-limited like every key check), log out with the session's CSRF token.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiContext } from './api.ts';
import { isUsername } from './auth.ts';
import { readJsonObject } from './http-json.ts';
import { sessionCookie } from './sessions.ts';

export function whoAmI(
  { sessions, reply }: ApiContext,
  request: IncomingMessage,
  response: ServerResponse,
): void {
  const session = sessions.fromRequest(request);
  if (!session) {
    reply.error(response, 401, 'You are not logged in.', 'not_logged_in');
    return;
  }
  reply.json(response, 200, { username: session.username, csrf: session.csrf });
}

export async function logIn(
  context: ApiContext,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const { sessions, reply, auth, proxy } = context;
  const body = await readJsonObject(request);
  const apiKey =
    typeof body['api_key'] === 'string' ? body['api_key'].trim() : '';
  const username =
    typeof body['username'] === 'string' ? body['username'].trim() : '';
  if (apiKey === '') {
    reply.error(
      response,
      401,
      'Give the admin API key as "api_key".',
      'not_logged_in',
    );
    return;
  }
  const check = auth.checkApiKey(request, apiKey);
  if (!check.ok) {
    context.refuse(response, check);
    return;
  }
  if (username === '') {
    reply.error(
      response,
      401,
      'Give your user name as "username": the history records who changed what.',
      'not_logged_in',
    );
    return;
  }
  if (!isUsername(username)) {
    reply.error(
      response,
      403,
      'A user name is 1 to 60 letters, digits, "_", "." or "-".',
      'invalid_access',
    );
    return;
  }
  // A fresh token on every login: a cookie planted before it is worth nothing.
  const previous = sessions.fromRequest(request);
  if (previous) sessions.end(previous);
  const { token, session } = sessions.create(username);
  reply.json(
    response,
    200,
    { username: session.username, csrf: session.csrf },
    { 'Set-Cookie': sessionCookie(proxy.isHttps(request), token) },
  );
}

export function logOut(
  { sessions, reply, auth, proxy }: ApiContext,
  request: IncomingMessage,
  response: ServerResponse,
): void {
  const session = sessions.fromRequest(request);
  if (session) {
    if (!auth.hasCsrfToken(request, session)) {
      reply.error(
        response,
        403,
        'Log out with the X-CSRF-Token header of your session.',
        'invalid_access',
      );
      return;
    }
    sessions.end(session);
  }
  reply.json(
    response,
    200,
    { success: 'OK' },
    { 'Set-Cookie': sessionCookie(proxy.isHttps(request), null) },
  );
}
