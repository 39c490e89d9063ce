/**
 * A Web Worker stand-in for jest: two ends that pass structured clones (as a real worker does,
 * so a function fails the same way) on a later turn of the event loop. It records the longest
 * array in each message, so a test can check that no one message carried a huge array.
 */
import type { Endpoint } from '../../../src/taskpane/workerCalls';

type Listener = (event: MessageEvent) => void;

/**
 * jest runs tests in a realm of their own, and its structuredClone makes objects of Node's: a
 * cloned Date then fails `instanceof Date` here, as it never would in a browser. Dates (the only
 * class the messages carry) are made again in this realm.
 */
function intoThisRealm(value: unknown): unknown {
  if (Object.prototype.toString.call(value) === '[object Date]') {
    return new Date((value as Date).getTime());
  }
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return value;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) record[key] = intoThisRealm(record[key]);
  return value;
}

class FakeEnd implements Endpoint {
  private readonly listeners = new Map<string, Set<Listener>>();
  other: FakeEnd | null = null;
  closed = false;

  constructor(private readonly log: number[]) {}

  postMessage(message: unknown): void {
    if (this.closed) return;
    // Measured now: the receiver may put the value together in place afterwards.
    this.log.push(longestArray(message));
    const copy = intoThisRealm(structuredClone(message));
    setImmediate(() => this.other?.dispatch('message', { data: copy }));
  }

  addEventListener(type: string, listener: Listener): void {
    const set = this.listeners.get(type) ?? new Set();
    set.add(listener);
    this.listeners.set(type, set);
  }

  dispatch(type: string, event: object): void {
    if (this.closed) return;
    for (const listener of this.listeners.get(type) ?? []) listener(event as MessageEvent);
  }
}

export type FakeWorker = Worker & {
  /** The longest array in each message either way, measured as it was posted. */
  longestArrays: number[];
  /** Fire the worker's `error` event, as a script that fails to load or throws does. */
  crash(message: string): void;
  terminated: boolean;
};

/** A worker whose inside is `inside(scope)`, run now (as a worker's script runs on start). */
export function fakeWorker(inside: (scope: Endpoint) => void): FakeWorker {
  const longestArrays: number[] = [];
  const page = new FakeEnd(longestArrays);
  const scope = new FakeEnd(longestArrays);
  page.other = scope;
  scope.other = page;
  const worker = Object.assign(page, {
    longestArrays,
    terminated: false,
    crash(message: string) {
      page.dispatch('error', { message, preventDefault: () => undefined });
    },
    terminate() {
      worker.terminated = true;
      scope.closed = true;
    },
  });
  setImmediate(() => inside(scope));
  return worker as unknown as FakeWorker;
}

/** The longest array anywhere in a value (a loop: a spread of a huge array would overflow). */
export function longestArray(value: unknown): number {
  let longest = 0;
  const items = Array.isArray(value)
    ? (value as unknown[])
    : value !== null && typeof value === 'object'
      ? Object.values(value)
      : [];
  if (Array.isArray(value)) longest = value.length;
  for (const item of items) longest = Math.max(longest, longestArray(item));
  return longest;
}
