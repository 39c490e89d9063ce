/**
 * Which sheet or table the tracker is in, as the source picker offers it: the remembered one if
 * it still exists, else the active sheet, so the pane starts where the user is.
 */
import type { TrackerSource, TrackerSources } from '../core/port';

/** A source as one `<option>` value: "sheet:Name" or "table:Name". */
export function encodeSource(source: TrackerSource): string {
  return `${source.kind}:${source.name}`;
}

/** The inverse of `encodeSource`; null for a value that names neither a sheet nor a table. */
export function decodeSource(value: string): TrackerSource | null {
  const colon = value.indexOf(':');
  const kind = value.slice(0, colon);
  const name = value.slice(colon + 1);
  if (colon < 0 || name === '') return null;
  if (kind === 'sheet' || kind === 'table') return { kind, name };
  return null;
}

/** The source to start with: remembered and still there, else the active sheet, else the first. */
export function chooseInitialSource(
  sources: TrackerSources,
  remembered: TrackerSource | undefined,
): TrackerSource | null {
  if (remembered) {
    const names = remembered.kind === 'sheet' ? sources.sheets : sources.tables;
    if (names.includes(remembered.name)) return remembered;
  }
  if (sources.active !== null && sources.sheets.includes(sources.active)) {
    return { kind: 'sheet', name: sources.active };
  }
  const first = sources.sheets[0];
  return first === undefined ? null : { kind: 'sheet', name: first };
}
