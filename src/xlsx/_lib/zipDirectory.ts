/**
 * The zip central directory, read by hand: each entry's name, sizes and where its bytes lie. The
 * reader needs the declared sizes before it inflates anything (to refuse a zip bomb), and the
 * report writer copies untouched entries byte for byte, which no zip library here offers.
 */

/** One stored file of the zip. */
export type ZipEntry = {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  /** The uncompressed size the directory declares. */
  size: number;
  /** Offset of the entry's local header in the file. */
  localOffset: number;
  /** The central directory record, copied as it is for an entry that is kept. */
  central: Uint8Array;
};

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_MARK = 0xffffffff;

/** Thrown for a zip whose directory cannot be read; the package turns it into a HostError. */
export class ZipError extends Error {
  override readonly name = 'ZipError';
}

/** Reads the central directory; throws a ZipError when it is missing, truncated or zip64. */
export function readZipDirectory(data: Uint8Array): ZipEntry[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const end = findEndRecord(data, view);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === ZIP64_MARK) throw new ZipError('zip64 archives are not read');
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || view.getUint32(at, true) !== CENTRAL) {
      throw new ZipError('The zip directory is damaged');
    }
    const nameLength = view.getUint16(at + 28, true);
    const recordLength =
      46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const entry: ZipEntry = {
      name: decoder.decode(data.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      flags: view.getUint16(at + 8, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      central: data.subarray(at, at + recordLength),
    };
    if (entry.size === ZIP64_MARK || entry.compressedSize === ZIP64_MARK) {
      throw new ZipError('zip64 entries are not read');
    }
    entries.push(entry);
    at += recordLength;
  }
  return entries;
}

/** Where an entry's compressed bytes start, after its local header. */
export function entryDataOffset(data: Uint8Array, entry: ZipEntry): number {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const at = entry.localOffset;
  if (at + 30 > data.length || view.getUint32(at, true) !== LOCAL) {
    throw new ZipError(`The zip entry ${entry.name} is damaged`);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > data.length) {
    throw new ZipError(`The zip entry ${entry.name} is truncated`);
  }
  return start;
}

function findEndRecord(data: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, data.length - 22 - 0xffff);
  for (let at = data.length - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw new ZipError('No zip directory');
}
