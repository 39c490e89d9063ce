/**
 * The shared-string table: each `<si>` is one string, either a plain `<t>` or rich-text runs
 * (`<r><t>`) that are joined. Phonetic guides (`<rPh>`, Japanese furigana) are not part of the text.
 * Scanned over the bytes like the sheet: a tracker of 100,000 rows can hold as many strings.
 */
import {
  bytesAre,
  findNameEnd,
  localStart,
  readTextContent,
  scanAttributes,
  skipMarkup,
  XmlError,
} from './xmlBytes';
import { decodeExcelText } from './xmlText';

// Local constants, not imports: a compiled import is a property read on every use, in the hot loop.
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;

/** Reads `sharedStrings.xml` into its strings, in index order. */
export function readSharedStrings(bytes: Uint8Array): string[] {
  const strings: string[] = [];
  let current: string | null = null;
  let phoneticDepth = 0;
  const take = (text: string): void => {
    current += text;
  };
  let pos = 0;
  for (let lt = bytes.indexOf(LT); lt >= 0; lt = bytes.indexOf(LT, pos)) {
    const second = bytes[lt + 1];
    if (second === BANG || second === QUESTION) {
      pos = skipMarkup(bytes, lt);
      continue;
    }
    const closing = second === SLASH;
    const nameStart = closing ? lt + 2 : lt + 1;
    const nameEnd = findNameEnd(bytes, nameStart);
    const local = localStart(bytes, nameStart, nameEnd);
    const isItem = bytesAre(bytes, local, nameEnd, 'si');
    const isPhonetic = bytesAre(bytes, local, nameEnd, 'rPh');
    if (closing) {
      pos = bytes.indexOf(GT, nameEnd) + 1;
      if (pos === 0) throw new XmlError('Unclosed tag', lt);
      if (isPhonetic) phoneticDepth--;
      else if (isItem) {
        if (current === null) throw new XmlError('A string closed that was not open', lt);
        strings.push(decodeExcelText(current));
        current = null;
      }
      continue;
    }
    pos = scanAttributes(bytes, nameEnd) + 1;
    const empty = bytes[pos - 2] === SLASH;
    if (isItem) {
      if (empty) strings.push('');
      else current = '';
    } else if (isPhonetic && !empty) phoneticDepth++;
    else if (current !== null && phoneticDepth === 0 && !empty && nameEnd - local === 1) {
      if (bytes[local] === 0x74) pos = readTextContent(bytes, pos, take); // <t>
    }
  }
  if (current !== null) throw new XmlError('The shared strings end inside a string', bytes.length);
  return strings;
}
