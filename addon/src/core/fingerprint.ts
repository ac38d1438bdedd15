/**
 * FNV-1a over UTF-16 code units: a short, stable fingerprint of a string
 * (for storage keys and calendar UIDs); not a secret.
 */
export function fingerprint(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
