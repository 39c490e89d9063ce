/**
 * Writes a zip that copies most entries of another byte for byte (their compressed data as it
 * was, so nothing is inflated or re-deflated) and stores new or changed parts deflated afresh.
 */
import { deflateSync } from 'fflate';
import { crc32 } from './crc32';
import { entryDataOffset, type ZipEntry } from './zipDirectory';
import { concatBytes } from './xmlEdit';

/** Raw DEFLATE (no zlib header), as zip entries store it. */
export type DeflateRaw = (data: Uint8Array) => Uint8Array;

/** What goes into the new zip, in order: an entry copied from the source, or new bytes. */
export type ZipItem = { copy: ZipEntry } | { name: string; data: Uint8Array; like?: ZipEntry };

// Parts this size and up are the tracker's sheet: the fastest level keeps `--out` near a read.
const FAST_LEVEL_BYTES = 1 << 20;

/** fflate's DEFLATE, which runs anywhere; Node's zlib is several times faster where it exists. */
export const fflateDeflateRaw: DeflateRaw = (data) =>
  deflateSync(data, { level: data.length >= FAST_LEVEL_BYTES ? 1 : 6 });
const DOS_1980 = { time: 0, date: 0x21 };

/** The zip holding `items`; copied entries come from `source`, new ones are deflated. */
export function writeZip(
  source: Uint8Array,
  items: readonly ZipItem[],
  deflateRaw: DeflateRaw = fflateDeflateRaw,
): Uint8Array {
  const chunks: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const item of items) {
    const [local, central] = 'copy' in item ? copied(source, item.copy) : fresh(item, deflateRaw);
    for (const chunk of local) chunks.push(chunk);
    setUint32(central, 42, offset);
    centrals.push(central);
    offset += local.reduce((sum, chunk) => sum + chunk.length, 0);
  }
  const directory = concatBytes(centrals);
  const end = new Uint8Array(22);
  setUint32(end, 0, 0x06054b50);
  setUint16(end, 8, items.length);
  setUint16(end, 10, items.length);
  setUint32(end, 12, directory.length);
  setUint32(end, 16, offset);
  return concatBytes([...chunks, directory, end]);
}

/** A kept entry: a fresh local header (no data descriptor) before its compressed bytes, unchanged. */
function copied(source: Uint8Array, entry: ZipEntry): [Uint8Array[], Uint8Array] {
  const start = entryDataOffset(source, entry);
  const central = entry.central.slice();
  setUint16(central, 8, entry.flags & ~0x8);
  const name = central.subarray(46, 46 + (central[28] | (central[29] << 8)));
  const local = localHeader(central, name);
  return [[local, source.subarray(start, start + entry.compressedSize)], central];
}

function fresh(
  item: { name: string; data: Uint8Array; like?: ZipEntry },
  deflateRaw: DeflateRaw,
): [Uint8Array[], Uint8Array] {
  const compressed = deflateRaw(item.data);
  const name = new TextEncoder().encode(item.name);
  const central = new Uint8Array(46 + name.length);
  setUint32(central, 0, 0x02014b50);
  setUint16(central, 4, 20);
  setUint16(central, 6, 20);
  setUint16(central, 8, 0x800); // names are UTF-8
  setUint16(central, 10, 8);
  const like = item.like?.central;
  setUint16(central, 12, like ? like[12] | (like[13] << 8) : DOS_1980.time);
  setUint16(central, 14, like ? like[14] | (like[15] << 8) : DOS_1980.date);
  setUint32(central, 16, crc32(item.data));
  setUint32(central, 20, compressed.length);
  setUint32(central, 24, item.data.length);
  setUint16(central, 28, name.length);
  central.set(name, 46);
  return [[localHeader(central, name), compressed], central];
}

/** The local header matching a central record (the same fields, no extra field). */
function localHeader(central: Uint8Array, name: Uint8Array): Uint8Array {
  const local = new Uint8Array(30 + name.length);
  setUint32(local, 0, 0x04034b50);
  local.set(central.subarray(6, 30), 4); // version needed … name length
  setUint16(local, 28, 0);
  local.set(name, 30);
  return local;
}

function setUint16(data: Uint8Array, at: number, value: number): void {
  data[at] = value & 0xff;
  data[at + 1] = (value >>> 8) & 0xff;
}

function setUint32(data: Uint8Array, at: number, value: number): void {
  setUint16(data, at, value & 0xffff);
  setUint16(data, at + 2, value >>> 16);
}
