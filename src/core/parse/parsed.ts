/**
 * The result of reading one cell: a typed value, or the cell's own (trimmed) text when it cannot be
 * read, so validation can quote it back to the user. Bad data is a value, never a thrown error.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; text: string };

/** Wraps a value the cell was read as. */
export function accept<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

/** Marks a cell as unreadable, keeping its text for the issue message. */
export function reject<T>(text: string): Parsed<T> {
  return { ok: false, text };
}
