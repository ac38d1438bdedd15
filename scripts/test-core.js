// Runs the core's QUnit tests in plain Node against the built package, in
// several real time zones (the browser suite runs the same files in Chromium).
import { spawnSync } from 'node:child_process';

const zones = ['America/Los_Angeles', 'Asia/Kathmandu', 'UTC'];
const files = process.argv.slice(2);
const pattern =
  files.length > 0 ? files : ['test-app/tests/unit/core/**/*-test.ts'];

for (const zone of zones) {
  console.log(`\n# core tests in Node, TZ=${zone}`);
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'node_modules/qunit/bin/qunit.js', ...pattern],
    { stdio: 'inherit', env: { ...process.env, TZ: zone } },
  );
  if (run.status !== 0) process.exit(run.status ?? 1);
}
