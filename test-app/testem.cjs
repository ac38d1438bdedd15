'use strict';

const { existsSync, mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

// Chromium runs in a real, non-UTC zone; set TZ to try another.
process.env.TZ ||= 'Asia/Kathmandu';

// Debian's chromium, or any Chrome/Chromium named by CHROMIUM_PATH.
const browser = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
].find((path) => path && existsSync(path));

if (!browser) {
  throw new Error(
    'No Chromium found for the browser tests: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.',
  );
}

module.exports = {
  test_page: 'tests/index.html?hidepassed',
  cwd: 'dist-tests',
  disable_watching: true,
  launchers: {
    HeadlessChromium: {
      exe: browser,
      protocol: 'browser',
      args: (_config, url) => [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-software-rasterizer',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--mute-audio',
        '--remote-debugging-port=0',
        '--window-size=1440,900',
        `--user-data-dir=${mkdtempSync(join(tmpdir(), 'testem-chromium-'))}`,
        url,
      ],
    },
  },
  launch_in_ci: ['HeadlessChromium'],
  launch_in_dev: ['HeadlessChromium'],
  browser_start_timeout: 120,
};
