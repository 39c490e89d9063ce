/**
 * The shared-string table: each `<si>` is one string, either a plain `<t>` or rich-text runs
 * (`<r><t>`) that are joined. Phonetic guides (`<rPh>`, Japanese furigana) are not part of the text.
 */
import { decodeExcelText } from './xmlText';
import { walkXml } from './walkXml';

/** Reads `sharedStrings.xml` into its strings, in index order. */
export function readSharedStrings(bytes: Uint8Array): string[] {
  const strings: string[] = [];
  let current = '';
  let inItem = false;
  let phoneticDepth = 0;
  let inText = false;
  walkXml(bytes, {
    open(name) {
      if (name === 'si') {
        inItem = true;
        current = '';
      } else if (name === 'rPh') phoneticDepth++;
      else if (name === 't' && inItem && phoneticDepth === 0) inText = true;
    },
    text(text) {
      if (inText) current += text;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phoneticDepth--;
      else if (name === 'si') {
        strings.push(decodeExcelText(current));
        inItem = false;
      }
    },
  });
  return strings;
}
