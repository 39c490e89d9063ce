/**
 * A thin, fast walk over an XML part with saxes: the bytes are decoded in 1 MB chunks and fed to
 * the streaming parser, so a 40 MB sheet never becomes one 80 MB string. Element names arrive
 * without the prefix of the part's main namespace (some writers use `<x:c>` for `<c>`).
 */
import { SaxesParser } from 'saxes';
import { localName } from './xmlText';

/** What a part reader does as the walk meets elements and text. */
export type XmlHandlers = {
  open: (name: string, attributes: Record<string, string>) => void;
  text?: (text: string) => void;
  close?: (name: string) => void;
};

type Tag = { name: string; attributes: Record<string, string> };

const CHUNK_BYTES = 1 << 16;

/** Walks one XML part start to finish; throws the parser's error on XML that is not well formed. */
export function walkXml(bytes: Uint8Array, handlers: XmlHandlers): void {
  const options = { xmlns: false, position: false } as const;
  const parser = new SaxesParser<typeof options>(options);
  const { open, text, close } = handlers;
  // Names are passed through untouched unless the root element is prefixed: this runs for every
  // element of a 100,000-row sheet, and almost every writer uses the default namespace.
  const openPlain = (tag: Tag): void => open(tag.name, tag.attributes);
  const openPrefixed = (tag: Tag): void => open(localName(tag.name), tag.attributes);
  parser.on('opentag', (root: Tag) => {
    const prefixed = root.name.includes(':');
    parser.on('opentag', prefixed ? openPrefixed : openPlain);
    if (close) {
      parser.on(
        'closetag',
        prefixed ? (tag) => close(localName(tag.name)) : (tag) => close(tag.name),
      );
    }
    openPrefixed(root);
  });
  if (text) parser.on('text', text);
  // saxes reports an error and carries on; keep the first and stop feeding it.
  const errors: Error[] = [];
  parser.on('error', (error) => errors.push(error));
  const decoder = new TextDecoder('utf-8');
  for (let start = 0; start < bytes.length && errors.length === 0; start += CHUNK_BYTES) {
    const chunk = bytes.subarray(start, start + CHUNK_BYTES);
    parser.write(decoder.decode(chunk, { stream: start + CHUNK_BYTES < bytes.length }));
  }
  if (errors.length === 0) parser.close();
  if (errors.length > 0) throw errors[0];
}
