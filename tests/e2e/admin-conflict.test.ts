/**
 * Two admins, one setting, against the real demo server (its SQLite
 * database, its If-Match check) in real Chromium: Alice and Bob open the
 * settings page at the same version; Alice saves first. Bob's stale save
 * is refused with 409 for that setting only; he sees Alice's change (who,
 * when, her value beside his) and chooses, field by field: keep his (the
 * form resends it with the new version) or take hers.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { launchChromium } from './browser.ts';
import { startDemo, type DemoServer } from './demo-server.ts';

const API_KEY = 'e2e-admin-key-2f8a41';
const MESSAGE = 'maintenance_banner_message';
const CHANNEL_NAME = 'maintenance_banner_channel_name';
const CHANNEL_URL = 'maintenance_banner_channel_url';

let server: DemoServer;
let browser: Browser;
let alice: Page;
let bob: Page;
const problems: string[] = [];
/** Bob's settings writes: key and status. */
const bobsWrites: string[] = [];

async function publicSettings(): Promise<Record<string, unknown>> {
  const response = await fetch(
    new URL('/maintenance-banner/settings.json', server.url),
  );
  return ((await response.json()) as { settings: Record<string, unknown> })
    .settings;
}

/** An admin's page, logged in as `username`, with the settings form open. */
async function adminPage(username: string): Promise<Page> {
  const context = await browser.newContext({
    timezoneId: 'America/New_York',
    locale: 'en-US',
    // axe is injected by the test.
    bypassCSP: true,
  });
  const page = await context.newPage();
  page.on('pageerror', (error) =>
    problems.push(`${username}: ${error.message}`),
  );
  page.on('console', (message) => {
    // "Who is logged in?" is answered 401 before the login, and Bob's stale
    // save 409: both by design.
    if (message.type() !== 'error') return;
    if (/status of 40[19]/.test(message.text())) return;
    problems.push(`${username}: ${message.text()}`);
  });
  await page.goto(new URL('/login', server.url).href);
  await page.getByLabel('Admin API key').fill(API_KEY);
  await page.getByLabel('User name').fill(username);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.locator('.maintenance-settings-form').waitFor();
  return page;
}

const control = (page: Page, name: string) => page.locator(`[name="${name}"]`);
const saveButton = (page: Page) =>
  page.locator('.maintenance-settings-form button[type="submit"]');
const conflict = (page: Page, key: string) =>
  page.locator(`[data-conflict="${key}"]`);

async function save(page: Page): Promise<void> {
  await saveButton(page).click();
  await page.locator('.maintenance-settings-form:not([aria-busy])').waitFor();
}

before(async () => {
  server = await startDemo(
    {
      maintenance_banner_enabled: false,
      maintenance_banner_message: 'Back soon.',
      maintenance_banner_channel_name: '#announcements',
      maintenance_banner_channel_url:
        'https://gophers.slack.com/messages/announcements',
    },
    { MAINTENANCE_BANNER_ADMIN_API_KEY: API_KEY },
  );
  browser = await launchChromium();
  // Both pages load the settings at the same version, before anyone saves.
  [alice, bob] = await Promise.all([adminPage('alice'), adminPage('bob')]);
  bob.on('response', (response) => {
    const request = response.request();
    if (request.method() === 'PUT') {
      const key = new URL(response.url()).pathname.split('/').pop();
      bobsWrites.push(`${key} ${response.status()}`);
    }
  });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

describe('two admins save the same setting', () => {
  test('Alice saves first; Bob’s stale save is refused for that setting, he sees her change and keeps his', async () => {
    await control(alice, MESSAGE).fill('Alice: back at noon.');
    await save(alice);
    assert.equal(
      (await saveButton(alice).textContent())?.trim(),
      'No changes to save',
    );

    await control(bob, MESSAGE).fill('Bob: back at one.');
    await control(bob, CHANNEL_NAME).fill('#status');
    await save(bob);
    assert.deepEqual(
      bobsWrites,
      [`${MESSAGE} 409`, `${CHANNEL_NAME} 200`],
      'the message is refused, the channel name (nobody else changed it) is stored',
    );

    const box = conflict(bob, MESSAGE);
    assert.match(
      (await box
        .locator('.maintenance-settings-form__conflict-title')
        .textContent()) ?? '',
      /^alice changed Message at .+ (AM|PM) EST\.$/,
      'who, and when in Bob’s own zone',
    );
    assert.equal(
      await box.locator('[data-conflict-value="theirs"]').textContent(),
      'Alice: back at noon.',
    );
    assert.equal(
      await box.locator('[data-conflict-value="yours"]').textContent(),
      'Bob: back at one.',
    );
    assert.equal(
      await control(bob, MESSAGE).inputValue(),
      'Bob: back at one.',
      'nothing Bob typed is lost',
    );
    assert.match(
      (await bob.getByRole('alert').first().textContent()) ?? '',
      /Message was changed by someone else after this page loaded it/,
    );
    assert.equal(
      (await saveButton(bob).textContent())?.trim(),
      'Answer 1 conflict to save',
    );
    assert.equal(
      (await publicSettings())[MESSAGE],
      'Alice: back at noon.',
      'nothing was stored over Alice’s message',
    );
    assert.deepEqual(
      await axeViolations(bob),
      [],
      'the conflict, its values and its answers',
    );

    await box.getByRole('button', { name: 'Keep mine' }).click();
    assert.equal(await box.getAttribute('data-state'), 'kept');
    assert.equal(
      (await saveButton(bob).textContent())?.trim(),
      'Save 1 change',
    );
    await save(bob);
    assert.equal(
      bobsWrites.at(-1),
      `${MESSAGE} 200`,
      'resent with the new version',
    );
    assert.equal(await box.count(), 0, 'settled');
    const stored = await publicSettings();
    assert.equal(stored[MESSAGE], 'Bob: back at one.');
    assert.equal(stored[CHANNEL_NAME], '#status');

    // Bob's page lists both changes to the message, Alice's first.
    const history = bob.locator('.admin-history__entry', {
      hasText: 'set message',
    });
    await history.nth(1).waitFor();
    assert.match((await history.nth(0).textContent()) ?? '', /bob/);
    assert.match((await history.nth(1).textContent()) ?? '', /alice/);
  });

  test('Bob takes Alice’s value for another setting: his field shows it and nothing is sent over it', async () => {
    const aliceLink = 'https://gophers.slack.com/messages/status';
    // Alice's page still holds Bob's old channel name: she changes only the link.
    await control(alice, CHANNEL_URL).fill(aliceLink);
    await save(alice);
    assert.equal((await publicSettings())[CHANNEL_URL], aliceLink);

    const writes = bobsWrites.length;
    await control(bob, CHANNEL_URL).fill(
      'https://gophers.slack.com/messages/bob',
    );
    await save(bob);
    assert.deepEqual(bobsWrites.slice(writes), [`${CHANNEL_URL} 409`]);

    const box = conflict(bob, CHANNEL_URL);
    assert.equal(
      await box.locator('[data-conflict-value="theirs"]').textContent(),
      aliceLink,
    );
    await box.getByRole('button', { name: 'Take theirs' }).click();
    assert.equal(await control(bob, CHANNEL_URL).inputValue(), aliceLink);
    assert.equal(await box.count(), 0);
    assert.equal(
      (await saveButton(bob).textContent())?.trim(),
      'No changes to save',
    );
    assert.equal(bobsWrites.length, writes + 1, 'nothing more was sent');
    assert.equal((await publicSettings())[CHANNEL_URL], aliceLink);
    assert.deepEqual(problems, []);
  });
});
