/**
 * The .xlsx container: a zip of XML parts. Checks the file really is one before anything is parsed,
 * so a user who picked an .xls, a .csv or a password-protected workbook is told what to do, and
 * inflates only the parts a read needs (a 100,000-row sheet is most of the file). The declared
 * sizes are checked before anything is inflated, so a small file that would inflate to gigabytes
 * is refused rather than read.
 */
import { inflateSync } from 'fflate';
import { HostError } from '../../core/port';
import { entryDataOffset, readZipDirectory, ZipError, type ZipEntry } from './zipDirectory';

/** The message for every file that is not an .xlsx, whatever it turned out to be. */
export const NOT_XLSX_MESSAGE =
  'This file is not an Excel workbook (.xlsx). Open it in Excel and save it as an Excel Workbook (.xlsx).';

export const PROTECTED_MESSAGE =
  'This workbook is password-protected: save a copy without a password (in Excel, File > Info > ' +
  'Protect Workbook > Encrypt with Password, then clear the password) and use that copy.';

/** The most one part may inflate to: a 100,000-row tracker's sheet is about 40 MB. */
export const MAX_PART_BYTES = 400 * 2 ** 20;
/** The most all parts together may inflate to, at least; larger files may inflate 100 times. */
export const MIN_TOTAL_BYTES = 200 * 2 ** 20;
export const MAX_INFLATE_RATIO = 100;

/** An opened zip: its part names, and a way to inflate some of them. */
export type ZipPackage = {
  /** Every entry name, as stored (e.g. `xl/workbook.xml`). */
  names: string[];
  /** The entries as the zip directory lists them, for a writer that copies them. */
  entries: ZipEntry[];
  /** Inflates the named parts that exist (names matched ignoring case, as OPC part names are). */
  readParts(names: string[]): Map<string, Uint8Array>;
};

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Opens the zip, or throws a HostError that tells the user what kind of file this is instead. */
export function openZipPackage(data: Uint8Array): ZipPackage {
  if (startsWith(data, OLE_SIGNATURE)) {
    // Excel saves an encrypted .xlsx inside an OLE compound file holding an "EncryptedPackage"
    // stream; any other compound file is an old binary workbook (.xls) or another Office file.
    if (containsUtf16(data, 'EncryptedPackage'))
      throw new HostError('protected', PROTECTED_MESSAGE);
    throw new HostError('unsupported', NOT_XLSX_MESSAGE);
  }
  if (!startsWith(data, [0x50, 0x4b, 0x03, 0x04])) {
    throw new HostError('unsupported', NOT_XLSX_MESSAGE);
  }
  const entries = explainZipErrors(() => readZipDirectory(data));
  checkSizes(entries, data.length);
  const byLowerName = new Map(entries.map((entry) => [entry.name.toLowerCase(), entry]));
  return {
    names: entries.map((entry) => entry.name),
    entries,
    readParts(wanted) {
      const parts = new Map<string, Uint8Array>();
      for (const name of wanted) {
        const entry = byLowerName.get(name.toLowerCase());
        if (entry)
          parts.set(
            name,
            explainZipErrors(() => inflateEntry(data, entry)),
          );
      }
      return parts;
    },
  };
}

/** Refuses a package that would inflate far past what its size suggests, before inflating it. */
function checkSizes(entries: ZipEntry[], fileSize: number): void {
  const limit = Math.max(MIN_TOTAL_BYTES, MAX_INFLATE_RATIO * fileSize);
  let total = 0;
  for (const entry of entries) {
    if (entry.size > MAX_PART_BYTES) {
      throw tooLarge(`its part ${entry.name} alone unpacks to ${megabytes(entry.size)}`);
    }
    total += entry.size;
  }
  if (total > limit) throw tooLarge(`it unpacks to ${megabytes(total)}`);
}

function tooLarge(why: string): HostError {
  return new HostError(
    'too-large',
    `This workbook is too large to read: ${why}, far more than a complaints tracker needs (a 100,000-row tracker unpacks to about 40 MB). If it really is the tracker, move older years to another workbook, delete unused rows and columns, save it and retry.`,
  );
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 2 ** 20).toLocaleString('en-GB')} MB`;
}

/** One entry's bytes; the output is sized by the declared size, so inflating stops there. */
function inflateEntry(data: Uint8Array, entry: ZipEntry): Uint8Array {
  const start = entryDataOffset(data, entry);
  const stored = data.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return stored;
  if (entry.method !== 8) throw new ZipError(`Unsupported compression in ${entry.name}`);
  const out = inflateSync(stored, { out: new Uint8Array(entry.size) });
  if (out.length !== entry.size) throw new ZipError(`${entry.name} is shorter than declared`);
  return out;
}

function explainZipErrors<T>(read: () => T): T {
  try {
    return read();
  } catch (cause) {
    throw new HostError(
      'unsupported',
      `This workbook is damaged or incomplete and could not be opened. ${NOT_XLSX_MESSAGE}`,
      cause,
    );
  }
}

function startsWith(data: Uint8Array, signature: number[]): boolean {
  return data.length >= signature.length && signature.every((byte, i) => data[i] === byte);
}

/** Looks for a UTF-16LE name (how compound-file directories store stream names) anywhere in the file. */
function containsUtf16(data: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  const last = data.length - text.length * 2;
  outer: for (let i = 0; i <= last; i++) {
    if (data[i] !== first || data[i + 1] !== 0) continue;
    for (let k = 1; k < text.length; k++) {
      if (data[i + 2 * k] !== text.charCodeAt(k) || data[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}
