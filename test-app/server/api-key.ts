/**
 * The admin API key: MAINTENANCE_BANNER_ADMIN_API_KEY, or one generated on
 * the first start and kept in the data folder (readable by its owner only).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const API_KEY_FILE = 'admin-api-key';

export interface LoadedApiKey {
  key: string;
  /** Where it came from, for the start-up message. */
  origin: 'environment' | 'generated' | 'file';
  path: string | null;
}

export function loadApiKey(
  fromEnv: string | null,
  dataDir: string,
): LoadedApiKey {
  if (fromEnv !== null)
    return { key: fromEnv.trim(), origin: 'environment', path: null };

  const path = join(dataDir, API_KEY_FILE);
  const key = randomBytes(32).toString('hex');
  try {
    // `wx`: never overwrite a key someone already uses.
    writeFileSync(path, `${key}\n`, { mode: 0o600, flag: 'wx' });
    return { key, origin: 'generated', path };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  // A key file others can read is tightened rather than trusted as is.
  if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
  const stored = readFileSync(path, 'utf8').trim();
  if (stored === '')
    throw new Error(`${path} is empty: delete it to generate a new key.`);
  return { key: stored, origin: 'file', path };
}

const digest = (text: string) =>
  createHash('sha256').update(text, 'utf8').digest();

/** Compares in constant time (hashing first, so the length leaks nothing either). */
export function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}
