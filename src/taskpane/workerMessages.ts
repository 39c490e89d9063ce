/**
 * Large values across `postMessage` in pieces, and errors as plain data. Structured cloning a
 * 100,000-row build in one message costs the receiving thread seconds in one task (the pane
 * freezes); sent as slices of at most CHUNK_LENGTH elements, each piece is a short task. Arrays
 * longer than that travel first, as `chunk` messages; then a header carries the rest of the value
 * and where each long array goes. Only plain data crosses: a class such as `HostError` would
 * arrive as a bare object, so errors travel as `WireError` and are rebuilt on the other side.
 */
import { HostError, type HostErrorKind } from '../core/port';

/** The most elements of one array that go in one message. */
export const CHUNK_LENGTH = 2_000;

type Key = string | number;

/** Where a long array goes: in the header's skeleton (parent -1) or in another long array. */
export type ArrayPlace = { parent: number; path: Key[]; length: number };

/** A value sent in pieces: the skeleton (long arrays left as null) and where they go. */
export type PackedValue = { transfer: number; skeleton: unknown; arrays: ArrayPlace[] };

/** One slice of a long array, sent before the header that needs it. */
export type ChunkMessage = { kind: 'chunk'; transfer: number; array: number; items: unknown[] };

/** An error as plain data: a host error keeps its kind, anything else only its message. */
export type WireError = { kind: HostErrorKind | null; message: string };

/** What sends one message: `worker.postMessage`, or the worker's own `postMessage`. */
export type Post = (message: unknown) => void;

type Found = { place: ArrayPlace; items: unknown[] };

/** An object literal's kind: its prototype is a realm's root (a class instance's is not). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as object | null;
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}

/**
 * The value with every long array taken out (left as null) and listed in `found`. Copies only
 * what changes, so a grid with no long array inside its rows costs a walk and no copy.
 */
function pack(value: unknown, parent: number, path: Key[], found: Found[]): unknown {
  if (Array.isArray(value)) {
    const array = value as unknown[];
    const long = array.length > CHUNK_LENGTH;
    const id = found.length;
    const entry: Found | null = long
      ? { place: { parent, path: [...path], length: array.length }, items: array }
      : null;
    if (entry) found.push(entry);
    const innerParent = long ? id : parent;
    const innerPath = long ? [] : path;
    let items = array;
    for (let i = 0; i < array.length; i++) {
      innerPath.push(i);
      const packed = pack(array[i], innerParent, innerPath, found);
      innerPath.pop();
      if (packed !== array[i]) {
        if (items === array) items = array.slice();
        items[i] = packed;
      }
    }
    if (entry) {
      entry.items = items;
      return null;
    }
    return items;
  }
  if (!isPlainObject(value)) return value;
  let copy: Record<string, unknown> | null = null;
  for (const key of Object.keys(value)) {
    path.push(key);
    const packed = pack(value[key], parent, path, found);
    path.pop();
    if (packed !== value[key]) {
      copy ??= { ...value };
      copy[key] = packed;
    }
  }
  return copy ?? value;
}

let transfers = 0;

/**
 * Sends `value` in pieces, then the header `makeHeader` wraps around it. `pause` runs after each
 * piece: on the main thread it yields now and then, so posting many pieces is not one long task.
 */
export async function postInPieces(
  post: Post,
  value: unknown,
  makeHeader: (packed: PackedValue) => unknown,
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  transfers += 1;
  const transfer = transfers;
  const found: Found[] = [];
  const skeleton = pack(value, -1, [], found);
  for (let array = 0; array < found.length; array++) {
    const { items } = found[array];
    for (let offset = 0; offset < items.length; offset += CHUNK_LENGTH) {
      const chunk: ChunkMessage = {
        kind: 'chunk',
        transfer,
        array,
        items: items.slice(offset, offset + CHUNK_LENGTH),
      };
      post(chunk);
      await pause();
    }
  }
  post(makeHeader({ transfer, skeleton, arrays: found.map((entry) => entry.place) }));
}

/** True for a piece `postInPieces` sent. */
export function isChunkMessage(message: unknown): message is ChunkMessage {
  return isPlainObject(message) && message.kind === 'chunk';
}

/** Collects pieces as they arrive and puts a value back together when its header comes. */
export type Assembler = {
  take(chunk: ChunkMessage): void;
  /** The value the header describes; throws if a piece is missing (a bug, not user error). */
  assemble(packed: PackedValue): unknown;
};

export function createAssembler(): Assembler {
  const pieces = new Map<number, unknown[][][]>();
  return {
    take(chunk) {
      const arrays = pieces.get(chunk.transfer) ?? [];
      (arrays[chunk.array] ??= []).push(chunk.items);
      pieces.set(chunk.transfer, arrays);
    },
    assemble(packed) {
      const slices = pieces.get(packed.transfer) ?? [];
      pieces.delete(packed.transfer);
      const arrays = packed.arrays.map((place, i) => {
        const parts = slices[i] ?? [];
        const items = parts.length === 1 ? parts[0] : ([] as unknown[]).concat(...parts);
        if (items.length !== place.length) {
          throw new Error(`Part of a message was lost: ${items.length} of ${place.length} items.`);
        }
        return items;
      });
      let root = packed.skeleton;
      packed.arrays.forEach((place, i) => {
        if (place.parent === -1 && place.path.length === 0) root = arrays[i];
        else setAt(place.parent === -1 ? root : arrays[place.parent], place.path, arrays[i]);
      });
      return root;
    },
  };
}

function setAt(container: unknown, path: Key[], value: unknown): void {
  let at = container as Record<Key, unknown>;
  for (let i = 0; i < path.length - 1; i++) at = at[path[i]] as Record<Key, unknown>;
  at[path[path.length - 1]] = value;
}

/** A pause for the main thread: yields to the browser once `sliceMs` have passed since the last. */
export function yieldEvery(sliceMs: number): () => Promise<void> {
  let since = performance.now();
  return () => {
    if (performance.now() - since < sliceMs) return Promise.resolve();
    return new Promise((resolve) =>
      setTimeout(() => {
        since = performance.now();
        resolve();
      }, 0),
    );
  };
}

/** An error as plain data that survives structured cloning. */
export function errorToWire(error: unknown): WireError {
  if (error instanceof HostError) return { kind: error.kind, message: error.message };
  return { kind: null, message: error instanceof Error ? error.message : String(error) };
}

/** The error again: a `HostError` with its kind, or a plain `Error`. */
export function errorFromWire(wire: WireError): Error {
  return wire.kind === null ? new Error(wire.message) : new HostError(wire.kind, wire.message);
}
