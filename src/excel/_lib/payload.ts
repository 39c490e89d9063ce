/** Payload sizes, measured the way Excel on the web counts them against its 5 MB limit. */

/** The UTF-8 size of a value as JSON: close to what Excel puts on the wire for it. */
export function measureJsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}
