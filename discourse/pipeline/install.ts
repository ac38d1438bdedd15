/**
 * The check's own tool folders (discourse/lint, discourse/pipeline) each
 * have a package.json and lock file of their own, apart from the root's
 * dependency tree; this installs one from its lock file when it is missing.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';

const pending = new Map<string, Promise<void>>();

export function ensureInstalled(folder: string): Promise<void> {
  if (existsSync(`${folder}/node_modules/.package-lock.json`)) {
    return Promise.resolve();
  }
  let install = pending.get(folder);
  if (!install) {
    install = runNpmCi(folder);
    pending.set(folder, install);
  }
  return install;
}

function runNpmCi(folder: string): Promise<void> {
  const label = `npm ci --prefix ${relative(process.cwd(), folder) || '.'}`;
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(
      'npm',
      ['ci', '--prefix', folder, '--no-audit', '--no-fund'],
      { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (code === 0) {
        console.log(`ok   ${label} (${seconds} s)`);
        done();
      } else {
        fail(new Error(`${label} failed:\n${output}`));
      }
    });
  });
}
