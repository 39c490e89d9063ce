/**
 * A small, strict walk over the little XML parts (workbook, relationships, content types, styles):
 * elements with their attributes, text, and ends, checked for matching tags. Element names arrive
 * without their prefix (some writers use `<x:sheet>` for `<sheet>`); attribute names stay whole
 * (`r:id`). Worksheets and shared strings have their own faster scanners.
 */
import {
  decodeText,
  findNameEnd,
  isCdata,
  readCdata,
  scanAttributes,
  skipMarkup,
  XmlError,
} from './xmlBytes';
import { localName } from './xmlText';

// Local constants, not imports: a compiled import is a property read on every use, in the hot loop.
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;

/** What a part reader does as the walk meets elements and text. */
export type XmlHandlers = {
  /** An element starts; `start` and `end` are the byte offsets of its start tag. */
  open: (
    name: string,
    attributes: Record<string, string>,
    start: number,
    end: number,
    qualifiedName: string,
  ) => void;
  text?: (text: string) => void;
  /** An element ends; its end tag (or, for `<a/>`, its only tag) spans `start` to `end`. */
  close?: (name: string, start: number, end: number) => void;
};

/** Walks one XML part start to finish; throws an XmlError on XML that is not well formed. */
export function walkXml(bytes: Uint8Array, handlers: XmlHandlers): void {
  const { open, text, close } = handlers;
  const stack: string[] = [];
  let pos = 0;
  for (let lt = bytes.indexOf(LT); lt >= 0; lt = bytes.indexOf(LT, pos)) {
    if (text && stack.length > 0 && lt > pos) text(decodeText(bytes, pos, lt));
    const second = bytes[lt + 1];
    if (second === BANG && isCdata(bytes, lt)) {
      const [cdata, next] = readCdata(bytes, lt);
      text?.(cdata);
      pos = next;
      continue;
    }
    if (second === BANG || second === QUESTION) {
      pos = skipMarkup(bytes, lt);
      continue;
    }
    const closing = second === SLASH;
    const nameEnd = findNameEnd(bytes, closing ? lt + 2 : lt + 1);
    const name = decodeText(bytes, closing ? lt + 2 : lt + 1, nameEnd);
    if (closing) {
      pos = bytes.indexOf(GT, nameEnd) + 1;
      if (pos === 0 || stack.pop() !== name) throw new XmlError(`Unexpected </${name}>`, lt);
      close?.(localName(name), lt, pos);
      continue;
    }
    const attributes: Record<string, string> = {};
    pos =
      scanAttributes(bytes, nameEnd, (at) => {
        const name = decodeText(bytes, at.nameStart, at.nameEnd);
        attributes[name] = decodeText(bytes, at.valueStart, at.valueEnd);
      }) + 1;
    open(localName(name), attributes, lt, pos, name);
    if (bytes[pos - 2] === SLASH) close?.(localName(name), lt, pos);
    else stack.push(name);
  }
  if (stack.length > 0) throw new XmlError(`<${stack[stack.length - 1]}> is not closed`, pos);
}
