/**
 * A small JSON reader that remembers the line of every object key, so a wording file's mistakes
 * can be reported by key and line. Strict JSON (RFC 8259); never throws.
 */

/** A JSON value read from text; objects keep each key's line. */
export type JsonNode =
  | { kind: 'object'; line: number; entries: { key: string; line: number; value: JsonNode }[] }
  | { kind: 'array'; line: number; items: JsonNode[] }
  | { kind: 'string'; line: number; value: string }
  | { kind: 'number' | 'boolean' | 'null'; line: number; value: unknown };

export type JsonResult =
  { ok: true; node: JsonNode } | { ok: false; message: string; line: number; column: number };

class JsonError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

/** Reads JSON text; a syntax error comes back with its line and column, 1-based. */
export function readJson(text: string): JsonResult {
  let i = 0;
  const lineAt = (at: number): number => text.slice(0, at).split('\n').length;
  const space = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const fail = (what: string): never => {
    const found = i < text.length ? `'${text[i]}'` : 'the end of the file';
    throw new JsonError(`expected ${what} but found ${found}`, i);
  };
  const str = (): string => {
    const match = /^"(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"/.exec(text.slice(i));
    if (match === null) return fail('a string');
    i += match[0].length;
    return JSON.parse(match[0]) as string;
  };
  const value = (): JsonNode => {
    space();
    const line = lineAt(i);
    const ch = text[i];
    if (ch === '{') return object(line);
    if (ch === '[') return array(line);
    if (ch === '"') return { kind: 'string', line, value: str() };
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      text.slice(i),
    );
    if (literal === null) return fail('a value');
    i += literal[0].length;
    const parsed: unknown = JSON.parse(literal[0]);
    const kind = parsed === null ? 'null' : typeof parsed === 'boolean' ? 'boolean' : 'number';
    return { kind, line, value: parsed };
  };
  const object = (line: number): JsonNode => {
    i++;
    const entries: { key: string; line: number; value: JsonNode }[] = [];
    space();
    if (text[i] === '}') return (i++, { kind: 'object', line, entries });
    for (;;) {
      space();
      const keyLine = lineAt(i);
      const key = str();
      space();
      if (text[i] !== ':') fail("':'");
      i++;
      entries.push({ key, line: keyLine, value: value() });
      space();
      if (text[i] === '}') return (i++, { kind: 'object', line, entries });
      if (text[i] !== ',') fail("',' or '}'");
      i++;
    }
  };
  const array = (line: number): JsonNode => {
    i++;
    const items: JsonNode[] = [];
    space();
    if (text[i] === ']') return (i++, { kind: 'array', line, items });
    for (;;) {
      items.push(value());
      space();
      if (text[i] === ']') return (i++, { kind: 'array', line, items });
      if (text[i] !== ',') fail("',' or ']'");
      i++;
    }
  };
  try {
    const node = value();
    space();
    if (i < text.length) fail('the end of the file');
    return { ok: true, node };
  } catch (error) {
    if (!(error instanceof JsonError)) throw error;
    const line = lineAt(error.at);
    const column = error.at - text.lastIndexOf('\n', error.at - 1);
    return { ok: false, message: error.message, line, column };
  }
}
