/**
 * The .xlsx container: a zip of XML parts. Checks the file really is one before anything is parsed,
 * so a user who picked an .xls, a .csv or a password-protected workbook is told what to do, and
 * inflates only the parts a read needs (a 100,000-row sheet is most of the file).
 */
import { unzipSync } from 'fflate';
import { HostError } from '../../core/port';

/** The message for every file that is not an .xlsx, whatever it turned out to be. */
export const NOT_XLSX_MESSAGE =
  'This file is not an Excel workbook (.xlsx). Open it in Excel and save it as an Excel Workbook (.xlsx).';

export const PROTECTED_MESSAGE =
  'This workbook is password-protected: save a copy without a password (in Excel, File > Info > ' +
  'Protect Workbook > Encrypt with Password, then clear the password) and use that copy.';

/** An opened zip: its part names, and a way to inflate some of them. */
export type ZipPackage = {
  /** Every entry name, as stored (e.g. `xl/workbook.xml`). */
  names: string[];
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
  const names: string[] = [];
  unzipOrExplain(data, (name) => {
    names.push(name);
    return false;
  });
  const byLowerName = new Map(names.map((name) => [name.toLowerCase(), name]));
  return {
    names,
    readParts(wanted) {
      const stored = new Map<string, string>();
      for (const name of wanted) {
        const actual = byLowerName.get(name.toLowerCase());
        if (actual !== undefined) stored.set(actual, name);
      }
      const files = unzipOrExplain(data, (name) => stored.has(name));
      const parts = new Map<string, Uint8Array>();
      for (const [actual, bytes] of Object.entries(files)) {
        parts.set(stored.get(actual) ?? actual, bytes);
      }
      return parts;
    },
  };
}

function unzipOrExplain(
  data: Uint8Array,
  keep: (name: string) => boolean,
): Record<string, Uint8Array> {
  try {
    return unzipSync(data, { filter: (file) => keep(file.name) });
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
