/**
 * The zip an admin uploads: a valid archive of exactly the theme's files,
 * byte-identical from one build to the next.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { crc32, inflateRawSync } from 'node:zlib';
import { THEME_NAME, build, themeFiles } from '../../discourse/build.ts';
import { zip } from '../../discourse/src/zip.ts';

/** Reads a zip through its central directory, checking each entry's CRC. */
function unzip(archive: Buffer): Map<string, Buffer> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, 'has an end of central directory');
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    assert.equal(archive.readUInt32LE(at), 0x02014b50, 'central header');
    const method = archive.readUInt16LE(at + 10);
    const crc = archive.readUInt32LE(at + 16);
    const packedSize = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extra = archive.readUInt16LE(at + 30);
    const comment = archive.readUInt16LE(at + 32);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    const dataAt =
      local +
      30 +
      archive.readUInt16LE(local + 26) +
      archive.readUInt16LE(local + 28);
    const packed = archive.subarray(dataAt, dataAt + packedSize);
    const data = method === 8 ? inflateRawSync(packed) : Buffer.from(packed);
    assert.equal(crc32(data), crc, `${name}: CRC`);
    entries.set(name, data);
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

const folders: string[] = [];
after(async () => {
  for (const folder of folders)
    await rm(folder, { recursive: true, force: true });
});

async function freshBuild(): Promise<Buffer> {
  const folder = await mkdtemp(join(tmpdir(), 'discourse-theme-'));
  folders.push(folder);
  const { zipPath } = await build(folder);
  return readFile(zipPath);
}

describe('the theme zip', () => {
  let first: Buffer;
  before(async () => {
    first = await freshBuild();
  });

  test('is byte-identical across two builds', async () => {
    const second = await freshBuild();
    assert.ok(first.length > 1000);
    assert.ok(first.equals(second), 'same input, same bytes');
  });

  test('holds exactly the theme files, under the theme folder', async () => {
    const files = await themeFiles();
    const entries = unzip(first);
    assert.deepEqual(
      [...entries.keys()],
      [...files.keys()].map((path) => `${THEME_NAME}/${path}`),
      'sorted, nothing else',
    );
    for (const [path, text] of files) {
      assert.equal(
        entries.get(`${THEME_NAME}/${path}`)?.toString('utf8'),
        text,
        path,
      );
    }
    for (const name of entries.keys()) {
      assert.doesNotMatch(
        name,
        /node_modules|\.map$|test|\.ts$|^\/|\.\.\//,
        name,
      );
    }
  });

  test('carries no clock: a fixed date and fixed permissions', () => {
    const archive = zip([{ path: 'a/b.txt', data: Buffer.from('hello') }]);
    assert.equal(archive.readUInt16LE(10), 0, 'DOS time 00:00');
    assert.equal(archive.readUInt16LE(12), (1 << 5) | 1, 'DOS date 1980-01-01');
    assert.deepEqual(unzip(archive).get('a/b.txt')?.toString(), 'hello');
    assert.ok(
      zip([
        { path: 'b', data: Buffer.from('2') },
        { path: 'a', data: Buffer.from('1') },
      ]).equals(
        zip([
          { path: 'a', data: Buffer.from('1') },
          { path: 'b', data: Buffer.from('2') },
        ]),
      ),
      'entry order does not depend on the input order',
    );
  });
});
