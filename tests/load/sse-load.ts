/**
 * Load check for live updates (not part of `npm test`): the real server on
 * loopback, 500 Server-Sent Events clients (plain node:http), and a stream
 * of admin writes for 30 seconds. Reports how long each acknowledged write
 * took to reach every client, whether any was lost (by a client or by the
 * database), and the server's memory. Bounded in clients, writes and time;
 * stops by itself.
 *
 *   npm run load                       # LOAD_CLIENTS=500 LOAD_SECONDS=30 LOAD_RATE=20
 */
import { cpus, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { putSetting, readDb, startServer } from '../server/harness.ts';
import { openEvents, type EventsClient } from '../server/sse-client.ts';

const CLIENTS = Math.min(Number(process.env['LOAD_CLIENTS'] ?? 500), 5000);
const SECONDS = Math.min(Number(process.env['LOAD_SECONDS'] ?? 30), 300);
/** Writes per second, one after the other (an admin script, not a flood). */
const RATE = Math.min(Number(process.env['LOAD_RATE'] ?? 20), 200);
const MAX_WRITES = RATE * SECONDS;
const DRAIN_MS = 15_000;

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Math.round(kb / 102.4) / 10;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(
    sorted.length - 1,
    Math.ceil((p / 100) * sorted.length) - 1,
  );
  return sorted[Math.max(0, index)]!;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

interface Delivery {
  count: number;
  last: number;
}

async function main(): Promise<void> {
  const deadline = setTimeout(
    () => {
      console.error('The load check ran over its time limit; stopping.');
      process.exit(2);
    },
    (SECONDS + 120) * 1000,
  );
  deadline.unref();

  const server = await startServer();
  const pid = server.child.pid!;
  const agent = new Agent({ keepAlive: false, maxSockets: Infinity });
  const deliveries = new Map<number, Delivery>();
  let gaps = 0;
  let unreadable = 0;
  let dropped = 0;
  const clients: EventsClient[] = [];

  try {
    await sleep(500);
    const rssIdle = rssMb(pid);

    // Connect in batches, as visitors arrive.
    const connectStarted = performance.now();
    for (let i = 0; i < CLIENTS; i += 50) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(50, CLIENTS - i) }, () => {
          let last: number | null = null;
          return openEvents(`${server.url}/maintenance-banner/events`, {
            agent,
            keep: false,
            onEvent: (event) => {
              let version: number;
              try {
                version = (JSON.parse(event.data) as { version: number })
                  .version;
              } catch {
                unreadable++;
                return;
              }
              if (String(version) !== event.id) unreadable++;
              if (last !== null && version !== last + 1) gaps++;
              last = version;
              const delivery = deliveries.get(version) ?? { count: 0, last: 0 };
              delivery.count++;
              delivery.last = event.at;
              deliveries.set(version, delivery);
            },
          });
        }),
      );
      for (const client of batch) {
        clients.push(client);
        void client.closed.then(() => dropped++);
      }
    }
    const connected = clients.filter((client) => client.status === 200).length;
    // Everyone has the current settings (version 1) before the writes start.
    while ((deliveries.get(1)?.count ?? 0) < connected) await sleep(20);
    const connectMs = performance.now() - connectStarted;
    const rssConnected = rssMb(pid);

    const acknowledged: Array<{
      version: number;
      message: string;
      sent: number;
      ack: number;
    }> = [];
    let refused = 0;
    const started = performance.now();
    for (
      let i = 0;
      i < MAX_WRITES && performance.now() - started < SECONDS * 1000;
      i++
    ) {
      const due = started + (i * 1000) / RATE;
      if (due > performance.now()) await sleep(due - performance.now());
      const message = `Load check write ${i}`;
      const sent = performance.now();
      const answer = await putSetting(
        server,
        'maintenance_banner_message',
        message,
      );
      const ack = performance.now();
      if (answer.status === 200) {
        acknowledged.push({
          version: (answer.body as { version: number }).version,
          message,
          sent,
          ack,
        });
      } else {
        refused++;
      }
    }
    const writeSeconds = (performance.now() - started) / 1000;

    // Let the last events arrive.
    const lastVersion = acknowledged.at(-1)?.version ?? 1;
    const drainStarted = performance.now();
    while (
      (deliveries.get(lastVersion)?.count ?? 0) < connected &&
      performance.now() - drainStarted < DRAIN_MS
    ) {
      await sleep(20);
    }
    const rssAfter = rssMb(pid);

    const fromAck: number[] = [];
    const fromSend: number[] = [];
    let missed = 0;
    for (const write of acknowledged) {
      const delivery = deliveries.get(write.version);
      missed += connected - (delivery?.count ?? 0);
      if (delivery?.count === connected) {
        fromAck.push(Math.max(0, delivery.last - write.ack));
        fromSend.push(delivery.last - write.sent);
      }
    }
    fromAck.sort((a, b) => a - b);
    fromSend.sort((a, b) => a - b);

    const stored = new Set(
      readDb(server.dbPath).history.map(
        (row) => JSON.parse(String(row['new_value'])) as string,
      ),
    );
    const notStored = acknowledged.filter(
      (write) => !stored.has(write.message),
    ).length;
    const stillOpen = connected - dropped;

    const cpu = cpus();
    console.log(`
Load check: live settings over Server-Sent Events
  machine        ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}
  clients        ${connected} of ${CLIENTS} connected in ${(connectMs / 1000).toFixed(1)} s (${stillOpen} open at the end)
  writes         ${acknowledged.length} acknowledged in ${writeSeconds.toFixed(1)} s (${RATE}/s target), ${refused} refused
  deliveries     ${(acknowledged.length * connected).toLocaleString('en')} events expected
  latency, write acknowledged → received by ALL ${connected} clients:
                 p50 ${ms(percentile(fromAck, 50))}   p95 ${ms(percentile(fromAck, 95))}   p99 ${ms(percentile(fromAck, 99))}   max ${ms(fromAck.at(-1) ?? NaN)}
  latency, write sent → received by all:
                 p50 ${ms(percentile(fromSend, 50))}   p95 ${ms(percentile(fromSend, 95))}   p99 ${ms(percentile(fromSend, 99))}   max ${ms(fromSend.at(-1) ?? NaN)}
  lost           ${missed} client deliveries missed, ${gaps} gaps in a client's versions, ${unreadable} unreadable events, ${notStored} acknowledged writes missing from the database
  server RSS     ${rssIdle} MB idle → ${rssConnected} MB with ${connected} clients → ${rssAfter} MB after the writes
`);
    if (
      missed > 0 ||
      gaps > 0 ||
      unreadable > 0 ||
      notStored > 0 ||
      connected < CLIENTS
    ) {
      process.exitCode = 1;
    }
  } finally {
    for (const client of clients) client.close();
    agent.destroy();
    await server.stop();
  }
}

await main();
