/**
 * Rewrites one list of loader-shims.json from a copy of a Discourse
 * `loader-shims.js`: every module it registers with `loaderShim("<name>", …)`.
 *
 *   node --import tsx discourse/host/refresh.ts <list> <copy of the file> <commit | "-">
 *
 * <list> is a key of `lists` in loader-shims.json (current, previous,
 * older); its path and other fields stay. Read the file at a newer commit
 * of discourse/discourse (the code index or a checkout), save it, run this,
 * then `npm run test:discourse`. "-" records that the source gave no commit.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { LOADER_SHIMS_FILE, type LoaderShims } from './modules.ts';

/** The module names a loader-shims.js registers, sorted, each once. */
export function shimmedNames(source: string): string[] {
  const names = new Set<string>();
  for (const match of source.matchAll(/\bloaderShim\(\s*"([^"]+)"/g)) {
    names.add(match[1] as string);
  }
  return [...names].sort();
}

async function main(): Promise<void> {
  const [name, file, commit] = process.argv.slice(2);
  const data = JSON.parse(
    await readFile(LOADER_SHIMS_FILE, 'utf8'),
  ) as LoaderShims;
  const list = name ? data.lists[name] : undefined;
  if (!list || !file || !commit) {
    throw new Error(
      `usage: refresh.ts <${Object.keys(data.lists).join('|')}> <loader-shims.js> <commit | ->`,
    );
  }
  if (commit !== '-' && !/^[0-9a-f]{40}$/.test(commit)) {
    throw new Error(`"${commit}" is not a 40-digit commit sha`);
  }
  const modules = shimmedNames(await readFile(file, 'utf8'));
  if (modules.length === 0) throw new Error(`${file}: no loaderShim(…) calls`);
  data.lists[name as string] = {
    ...list,
    commit: commit === '-' ? null : commit,
    modules,
  };
  await writeFile(LOADER_SHIMS_FILE, `${JSON.stringify(data, null, 2)}\n`);
  console.log(`${name}: ${modules.length} modules from ${list.path}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
