/**
 * A reproducible zip: entries sorted by path, one fixed timestamp, fixed
 * permissions, deflate at a fixed level from Node's zlib. The same files
 * give the same bytes on every machine and every run.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** Forward-slash path inside the archive; a folder ends with "/". */
  readonly path: string;
  readonly data: Uint8Array;
}

// 1980-01-01 00:00:00, the earliest DOS date: no clock leaks into the bytes.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const VERSION = 20; // 2.0: deflate, folders
const UTF8_NAMES = 1 << 11;
const UNIX = 3;

function header(size: number): Buffer {
  return Buffer.alloc(size);
}

/** The archive's bytes. Paths must be unique. */
export function zip(entries: readonly ZipEntry[]): Buffer {
  const sorted = [...entries].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  let previous: string | null = null;
  for (const { path, data } of sorted) {
    if (path === previous) throw new Error(`zip: duplicate entry ${path}`);
    previous = path;
    const name = Buffer.from(path, 'utf8');
    const folder = path.endsWith('/');
    const packed = folder
      ? Buffer.alloc(0)
      : deflateRawSync(data, { level: 9 });
    const method = folder ? 0 : 8;
    const crc = folder ? 0 : crc32(data);

    const local = header(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);

    const entry = header(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE((UNIX << 8) | VERSION, 4);
    entry.writeUInt16LE(VERSION, 6);
    entry.writeUInt16LE(UTF8_NAMES, 8);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt16LE(DOS_TIME, 12);
    entry.writeUInt16LE(DOS_DATE, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt16LE(0, 30); // extra
    entry.writeUInt16LE(0, 32); // comment
    entry.writeUInt16LE(0, 34); // disk
    entry.writeUInt16LE(0, 36); // internal attributes
    // rw-r--r-- files, rwxr-xr-x folders (with the MS-DOS folder bit).
    const mode = folder ? 0o040755 : 0o100644;
    entry.writeUInt32LE(((mode << 16) | (folder ? 0x10 : 0)) >>> 0, 38);
    entry.writeUInt32LE(offset, 42);

    parts.push(local, name, packed);
    central.push(entry, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = header(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0, 4);
  end.writeUInt16LE(0, 6);
  end.writeUInt16LE(sorted.length, 8);
  end.writeUInt16LE(sorted.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(0, 20);
  return Buffer.concat([...parts, directory, end]);
}
