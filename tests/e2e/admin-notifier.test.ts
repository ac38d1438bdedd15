/**
 * The Slack notifier on the admin page, against the real demo server and a
 * fake Slack webhook on loopback, in real Chromium: the admin tries the
 * webhook URL before saving it (a test message reaches the fake), saves it
 * (shown masked from then on), sees a test message refused in the
 * webhook's own words, and sees a real message that failed as "Last
 * message failed: …".
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startFakeWebhook, type FakeWebhook } from '../server/fake-webhook.ts';
import { launchChromium } from './browser.ts';
import { startDemo, type DemoServer } from './demo-server.ts';

const API_KEY = 'e2e-admin-key-5d0c93';
const WEBHOOK = 'maintenance_banner_slack_webhook_url';
const MINUTE = 60_000;
const DAY = 1440 * MINUTE;

let server: DemoServer;
let webhook: FakeWebhook;
let browser: Browser;
let admin: Page;
const problems: string[] = [];

interface Status {
  webhook_configured: boolean;
  messages: { kind: string; state: string; error: string | null }[];
}

/** The notifier's status, as the admin API gives it. */
async function notifierStatus(): Promise<Status> {
  const response = await fetch(
    new URL('/admin/maintenance-banner/notifier.json', server.url),
    { headers: { 'Api-Key': API_KEY, 'Api-Username': 'e2e' } },
  );
  assert.equal(response.status, 200);
  return (await response.json()) as Status;
}

const panel = () => admin.locator('.admin-notifier');
const testButton = () =>
  panel().getByRole('button', { name: 'Send a test message' });
const field = () => admin.locator(`[name="${WEBHOOK}"]`);
const saveButton = () =>
  admin.locator('.maintenance-settings-form button[type="submit"]');

before(async () => {
  webhook = await startFakeWebhook();
  server = await startDemo(
    {
      maintenance_banner_enabled: true,
      // Two days ahead, on the minute (what the form's time input holds):
      // announced, nothing to post yet.
      maintenance_banner_starts_at: new Date(
        Math.ceil((Date.now() + 2 * DAY) / MINUTE) * MINUTE,
      ).toISOString(),
      maintenance_banner_duration_minutes: 60,
      maintenance_banner_time_zone: 'America/Los_Angeles',
    },
    { MAINTENANCE_BANNER_ADMIN_API_KEY: API_KEY },
  );
  browser = await launchChromium();
  const context = await browser.newContext({
    timezoneId: 'Europe/Berlin',
    locale: 'en-US',
  });
  admin = await context.newPage();
  admin.on('pageerror', (error) => problems.push(error.message));
  admin.on('console', (message) => {
    if (message.type() !== 'error') return;
    // 401 before the login, and the refused test message (502): by design.
    if (/status of (401|502)/.test(message.text())) return;
    problems.push(message.text());
  });
  await admin.goto(new URL('/login', server.url).href);
  await admin.getByLabel('Admin API key').fill(API_KEY);
  await admin.getByLabel('User name').fill('gopher');
  await admin.getByRole('button', { name: 'Log in' }).click();
  await admin.locator('.maintenance-settings-form').waitFor();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  await webhook?.close();
});

describe('the Slack notifier on the admin page', () => {
  test('no webhook yet: the page says so, and what would be posted next', async () => {
    await panel().locator('[data-notifier="last"]').waitFor();
    assert.equal(
      await panel().locator('[data-notifier="last"]').textContent(),
      'No webhook URL is saved: nothing is posted to the channel.',
    );
    assert.match(
      (await panel().locator('[data-notifier="next"]').textContent()) ?? '',
      /^Once a webhook URL is saved, the next message will be “Reminder: maintenance starts soon”, .+\.$/,
    );
    assert.equal(await field().inputValue(), '');
    assert.equal(await testButton().isDisabled(), true);
  });

  test('a test message to the URL typed reaches the webhook, before anything is saved', async () => {
    await field().fill(webhook.url);
    assert.equal(
      await panel().locator('.admin-notifier__hint').textContent(),
      'Posts to the URL typed above, without saving it.',
    );
    await testButton().click();
    await panel()
      .getByRole('status')
      .getByText('Test message posted: the channel answered HTTP 200.')
      .waitFor();
    const received = await webhook.request(0);
    assert.match((received.body as { text: string }).text, /^\*Test message\*/);
    assert.equal(
      (await notifierStatus()).webhook_configured,
      false,
      'trying it stored nothing',
    );
  });

  test('saved, it is configured and shown masked in the history', async () => {
    await saveButton().click();
    await admin.getByText('No changes to save').waitFor();
    assert.equal((await notifierStatus()).webhook_configured, true);
    await panel()
      .locator('[data-notifier="last"]', { hasText: 'No message posted yet.' })
      .waitFor();
    const entry = admin.locator('.admin-history__entry', {
      hasText: 'slack_webhook_url',
    });
    await entry.waitFor();
    const text = (await entry.textContent()) ?? '';
    assert.ok(!text.includes(webhook.secret), 'the secret is not on the page');
    assert.match(text, /http:\/\/127\.0\.0\.1:\d+\/…/);
  });

  test('the webhook refuses a test message: its answer is shown', async () => {
    webhook.answer({ status: 410, body: 'channel_is_archived' });
    assert.equal(
      await panel().locator('.admin-notifier__hint').textContent(),
      'Posts to the saved URL.',
    );
    await testButton().click();
    await panel()
      .getByRole('alert')
      .getByText(
        `${WEBHOOK}: the test message was not posted: HTTP 410: channel_is_archived.`,
      )
      .waitFor();
    assert.equal(webhook.received.length, 2);
  });

  test('a real message that failed: "Last message failed: …"', async () => {
    webhook.answer({ status: 404, body: 'no_service' });
    await admin.getByLabel('In progress').check();
    await admin.getByRole('button', { name: 'Yes, it has started' }).click();
    await saveButton().click();
    await admin.getByText('No changes to save').waitFor();

    const posted = await webhook.request(2);
    assert.match(
      (posted.body as { text: string }).text,
      /^\*Maintenance has started\*/,
    );
    // A 404 is given up at once; the server records it right after the answer.
    let status = await notifierStatus();
    for (
      let tries = 0;
      tries < 200 && status.messages[0]?.state !== 'failed';
      tries++
    ) {
      status = await notifierStatus();
    }
    const [latest] = status.messages;
    assert.deepEqual(
      { kind: latest?.kind, state: latest?.state, error: latest?.error },
      { kind: 'started', state: 'failed', error: 'HTTP 404: no_service' },
      'given up at once: a 404 is no answer a retry can fix',
    );

    await panel().getByRole('button', { name: 'Check again' }).click();
    await panel()
      .locator('[data-notifier="last"]', { hasText: 'Last message failed' })
      .waitFor();
    assert.match(
      (await panel().locator('[data-notifier="last"]').textContent()) ?? '',
      /^Last message failed: HTTP 404: no_service \(“Maintenance has started”, .+\)\.$/,
    );
    assert.deepEqual(problems, []);
  });
});
