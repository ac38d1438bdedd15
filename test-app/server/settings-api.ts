/**
 * The admin's view of the settings and the one-key change, with Discourse's
 * shapes plus a version: `GET /admin/site_settings.json` carries it in the
 * body and as its `ETag`, and `PUT /admin/site_settings/{key}` with
 * `If-Match: "<version>"` is refused (409, nothing stored) when that key has
 * changed since that version. Without `If-Match` a change goes through, as
 * on Discourse.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiContext } from './api.ts';
import { HttpError, readJsonObject } from './http-json.ts';
import {
  decideWebhookUrl,
  isSecretKey,
  maskSecret,
  SECRET_KEYS,
  secretSiteSetting,
} from './secret-settings.ts';
import {
  decideChange,
  discourseSiteSettings,
  isSettingKey,
} from './settings-rules.ts';
import type { Conflict, Decision, Precondition } from './store.ts';
import type { AdminSiteSettings, ConflictBody } from './wire-format.ts';

/** An entity tag for a settings version. */
export const etag = (version: number) => `"${version}"`;

/** `If-Match`'s versions, `*`, or `null` when absent; anything else is a 400. */
export function readIfMatch(request: IncomingMessage): Precondition | null {
  const header = request.headers['if-match'];
  if (header === undefined) return null;
  const text = (Array.isArray(header) ? header.join(',') : header).trim();
  if (text === '*') return '*';
  const tags = text.split(',').map((tag) => tag.trim());
  if (tags.length > 0 && tags.every((tag) => /^"\d{1,15}"$/.test(tag)))
    return tags.map((tag) => Number(tag.slice(1, -1)));
  throw new HttpError(
    400,
    `If-Match must hold the settings version you edited, in quotes (If-Match: "7", from settings.json, the event id or the ETag of /admin/site_settings.json); ${JSON.stringify(text.slice(0, 40))} is not one.`,
  );
}

export function adminSiteSettings(
  context: ApiContext,
  request: IncomingMessage,
  response: ServerResponse,
): void {
  if (!context.admin(request, response, false)) return;
  const { store } = context;
  const { settings, version } = store.snapshot();
  const body: AdminSiteSettings = {
    site_settings: [
      ...discourseSiteSettings(settings).site_settings,
      ...SECRET_KEYS.map((key) => secretSiteSetting(key, store.secret(key))),
    ],
    version,
  };
  context.reply.json(response, 200, body, { ETag: etag(version) });
}

const masked = (value: unknown) =>
  typeof value === 'string' ? maskSecret(value) : '';

function conflictBody(
  key: string,
  sent: Precondition,
  conflict: Conflict,
): ConflictBody {
  const [latest] = conflict.changes;
  const edited = sent === '*' ? 0 : Math.min(...sent);
  const retry = `save again with If-Match: ${etag(conflict.version)} to keep yours`;
  const error = latest
    ? `${key} was changed after version ${edited}, the one you edited: ${latest.username} set it at ${latest.created_at} (version ${latest.version}). Nothing was stored; compare the values, then ${retry}, or take theirs.`
    : `${key}: version ${edited} is not one this server has given out (it is at version ${conflict.version}). Nothing was stored; reload the settings, then ${retry}.`;
  return {
    errors: [error],
    error_type: 'conflict',
    setting: key,
    value: conflict.value,
    version: conflict.version,
    changes: conflict.changes,
  };
}

export async function putSetting(
  context: ApiContext,
  request: IncomingMessage,
  response: ServerResponse,
  key: string,
): Promise<void> {
  const { store, reply, clock } = context;
  const admin = context.admin(request, response, true);
  if (!admin) return;
  if (!isSecretKey(key) && !isSettingKey(key)) {
    reply.error(
      response,
      404,
      `There is no setting named ${JSON.stringify(key.slice(0, 100))}.`,
      'not_found',
    );
    return;
  }
  const ifMatch = readIfMatch(request);
  const body = await readJsonObject(request);
  const keys = Object.keys(body);
  if (keys.length !== 1 || keys[0] !== key) {
    throw new HttpError(
      400,
      `Send exactly one key, the one in the path: { "${key}": value }.`,
    );
  }
  const raw = body[key];
  const now = new Date(clock.now());
  const secret = isSecretKey(key);
  const result = isSecretKey(key)
    ? store.change(
        key,
        admin,
        (): Decision<string[]> => {
          const decision = decideWebhookUrl(raw, store.secret(key));
          return decision.ok
            ? decision
            : { ok: false, error: [decision.error] };
        },
        { ifMatch, shown: masked, now },
      )
    : store.change(key, admin, (current) => decideChange(current, key, raw), {
        ifMatch,
        now,
      });
  if ('conflict' in result) {
    reply.json(
      response,
      409,
      conflictBody(key, ifMatch ?? '*', result.conflict),
      {
        ETag: etag(result.conflict.version),
      },
    );
    return;
  }
  if (!result.ok) {
    reply.error(response, 422, result.error, 'invalid_parameters');
    return;
  }
  reply.json(
    response,
    200,
    { success: 'OK', version: result.snapshot.version },
    { ETag: etag(result.snapshot.version) },
  );
  if (!result.changed) return;
  // A secret changes nothing visitors see: no event for it.
  if (!secret) context.events.broadcast(context.payload(result.snapshot));
  context.notifier.check();
}
