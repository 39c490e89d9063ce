/**
 * A council's wording file, checked: every key known, every value of the right type, every
 * placeholder one its template can fill. A mistake comes back naming the key and its line.
 */
import { readJson, type JsonNode } from './jsonLines';
import { placeholders, type Template } from './template';
import { applyWording, DEFAULT_WORDING, type Wording, type WordingChanges } from './wording';

/** A wording file read: the wording to use, or why it cannot be used. */
export type WordingResult =
  | { ok: true; wording: Wording; changes: WordingChanges }
  | { ok: false; message: string; line: number; key: string | null };

type Entry = { key: string; line: number; value: JsonNode };
type Problem = { message: string; line: number; key: string };

class WordingProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
  }
}

function problem(path: string, line: number, what: string): never {
  throw new WordingProblem({ message: `line ${line}: "${path}" ${what}`, line, key: path });
}

function entriesOf(node: JsonNode, path: string, known: readonly string[]): Entry[] {
  if (node.kind !== 'object') return problem(path, node.line, 'must be an object in { }');
  for (const entry of node.entries) {
    if (!known.includes(entry.key)) {
      const name = path === '' ? entry.key : `${path}.${entry.key}`;
      problem(name, entry.line, `is not a known key; use one of ${known.join(', ')}`);
    }
  }
  return node.entries.map((e) => ({ ...e, key: path === '' ? e.key : `${path}.${e.key}` }));
}

const TERMS = Object.keys(DEFAULT_WORDING.terms);

function text(entry: Entry, allowed: readonly string[]): string {
  if (entry.value.kind !== 'string') problem(entry.key, entry.line, 'must be text in quotes');
  const value = (entry.value as { value: string }).value;
  if (value.trim() === '') problem(entry.key, entry.line, 'must not be empty');
  for (const name of placeholders(value)) {
    if (!allowed.includes(name) && !TERMS.includes(name)) {
      const choices = [...new Set([...allowed, ...TERMS])].map((n) => `{${n}}`).join(', ');
      problem(entry.key, entry.line, `uses {${name}}, which it cannot fill; use ${choices}`);
    }
  }
  return value;
}

/** A term goes into sentences as written, so it may hold no `{placeholder}` of its own. */
function term(entry: Entry): string {
  const value = text(entry, []);
  if (/[{}]/.test(value)) {
    problem(entry.key, entry.line, 'must be the words themselves, without { or }');
  }
  return value;
}

function template(entry: Entry, base: Template): Template {
  const forms = typeof base === 'string' ? [base] : Object.values(base);
  const allowed = forms.flatMap(placeholders);
  if (typeof base === 'string' || entry.value.kind === 'string') return text(entry, allowed);
  const keys = ['zero', 'one', 'other'];
  const parts = entriesOf(entry.value, entry.key, keys);
  const plural: Partial<Record<string, string>> = {};
  for (const part of parts) plural[part.key.slice(entry.key.length + 1)] = text(part, allowed);
  for (const needed of ['one', 'other']) {
    if (plural[needed] === undefined) problem(entry.key, entry.line, `needs "${needed}"`);
  }
  return plural as Template;
}

function changesOf(root: JsonNode): WordingChanges {
  const changes: Record<string, unknown> = {};
  const base = DEFAULT_WORDING as unknown as Record<string, Record<string, unknown>>;
  for (const entry of entriesOf(root, '', ['terms', 'title', 'headings', 'templates'])) {
    if (entry.key === 'title') {
      changes.title = text(entry, ['from', 'to']);
      continue;
    }
    const known = Object.keys(base[entry.key]);
    const section: Record<string, unknown> = {};
    for (const inner of entriesOf(entry.value, entry.key, known)) {
      const name = inner.key.slice(entry.key.length + 1);
      if (entry.key === 'terms') section[name] = term(inner);
      else if (entry.key !== 'templates') section[name] = text(inner, []);
      else section[name] = templatesOf(inner, base.templates[name] as Record<string, Template>);
    }
    changes[entry.key] = section;
  }
  return changes;
}

function templatesOf(entry: Entry, defaults: Record<string, Template>): Record<string, Template> {
  const phrases: Record<string, Template> = {};
  for (const inner of entriesOf(entry.value, entry.key, Object.keys(defaults))) {
    const name = inner.key.slice(entry.key.length + 1);
    phrases[name] = template(inner, defaults[name]);
  }
  return phrases;
}

/**
 * Reads a wording file (`{ "terms": { "childrenInCare": "children looked after" } }`): the
 * default wording with its changes, or a message naming the key and line at fault. Never throws
 * for a mistake in the file.
 */
export function parseWording(jsonText: string): WordingResult {
  const read = readJson(jsonText);
  if (!read.ok) {
    const message = `line ${read.line}, column ${read.column}: not valid JSON: ${read.message}`;
    return { ok: false, message, line: read.line, key: null };
  }
  try {
    const changes = changesOf(read.node);
    return { ok: true, wording: applyWording(changes), changes };
  } catch (error) {
    if (!(error instanceof WordingProblem)) throw error;
    return { ok: false, ...error.problem };
  }
}
