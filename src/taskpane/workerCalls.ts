/**
 * Calls into a Web Worker as promises. The worker says `ready` once its script has run, so a
 * worker that cannot start (blocked, missing, or an engine without workers) is found before any
 * work is handed to it, and the caller can do the work in its own thread instead. Arguments and
 * results cross in pieces (workerMessages.ts); a call may also send events back while it runs
 * (progress), and the worker may send notices of its own (the workbench host's state).
 */
import {
  createAssembler,
  errorFromWire,
  errorToWire,
  isChunkMessage,
  postInPieces,
  yieldEvery,
  type PackedValue,
  type Post,
  type WireError,
} from './workerMessages';

/** How long the main thread posts pieces before it lets the page run again. */
const MAIN_THREAD_SLICE_MS = 16;

type CallMessage = { kind: 'call'; id: number; method: string; args: PackedValue };
type ReplyMessage =
  | { kind: 'reply'; id: number; ok: true; value: PackedValue }
  | { kind: 'reply'; id: number; ok: false; error: WireError };
type EventMessage = { kind: 'event'; id: number; event: unknown };
type NoticeMessage = { kind: 'notice'; notice: unknown };
type ToWorker = CallMessage;
type FromWorker = { kind: 'ready' } | ReplyMessage | EventMessage | NoticeMessage;

/** What a worker's side of the line needs: the worker scope, or a Worker seen from outside. */
export type Endpoint = {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
};

/** A started worker, ready for calls. */
export type WorkerClient = {
  /** Run `method` in the worker; `onEvent` hears what it sends back while it runs. */
  call<T>(method: string, args: unknown, onEvent?: (event: unknown) => void): Promise<T>;
  /** True once the worker has failed or been closed: calls then reject at once. */
  readonly stopped: boolean;
  terminate(): void;
};

type Pending = {
  resolve(value: unknown): void;
  reject(error: Error): void;
  onEvent?: (event: unknown) => void;
};

/**
 * Waits for the worker to say it is ready. Rejects if it fails first (its script did not load or
 * threw), so the caller can fall back. Later failures reject the calls under way.
 */
export function connectWorker(
  worker: Worker,
  onNotice: (notice: unknown) => void = () => undefined,
): Promise<WorkerClient> {
  const assembler = createAssembler();
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let dead: Error | null = null;
  const post: Post = (message) => worker.postMessage(message);

  return new Promise((resolveReady, rejectReady) => {
    const fail = (error: Error): void => {
      dead ??= error;
      rejectReady(error);
      for (const call of pending.values()) call.reject(error);
      pending.clear();
    };
    worker.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault();
      fail(new Error(`The background worker stopped${event.message ? `: ${event.message}` : ''}.`));
    });
    worker.addEventListener('messageerror', () => {
      fail(new Error('A message from the background worker could not be read.'));
    });
    worker.addEventListener('message', (event: MessageEvent) => {
      const message = event.data as FromWorker;
      if (isChunkMessage(message)) {
        assembler.take(message);
        return;
      }
      if (message.kind === 'ready') {
        resolveReady(client);
        return;
      }
      if (message.kind === 'notice') {
        onNotice(message.notice);
        return;
      }
      const call = pending.get(message.id);
      if (call === undefined) return;
      if (message.kind === 'event') {
        call.onEvent?.(message.event);
        return;
      }
      pending.delete(message.id);
      if (message.ok) call.resolve(assembler.assemble(message.value));
      else call.reject(errorFromWire(message.error));
    });

    const client: WorkerClient = {
      call<T>(method: string, args: unknown, onEvent?: (event: unknown) => void): Promise<T> {
        if (dead !== null) return Promise.reject(dead);
        nextId += 1;
        const id = nextId;
        return new Promise<T>((resolve, reject) => {
          pending.set(id, { resolve: resolve, reject, onEvent });
          const header = (packed: PackedValue): ToWorker => ({
            kind: 'call',
            id,
            method,
            args: packed,
          });
          postInPieces(post, args, header, yieldEvery(MAIN_THREAD_SLICE_MS)).catch(
            (error: unknown) => {
              pending.delete(id);
              reject(error instanceof Error ? error : new Error(String(error)));
            },
          );
        });
      },
      get stopped() {
        return dead !== null;
      },
      terminate() {
        fail(new Error('The background worker was closed.'));
        worker.terminate();
      },
    };
  });
}

/** One method the worker offers: its arguments in, its result out; `emit` sends events back. */
export type WorkerMethod = (args: never, emit: (event: unknown) => void) => unknown;

/**
 * The worker's side: answers calls with the methods given, then says it is ready. A method that
 * throws or rejects answers with the error as plain data.
 */
export function serveCalls(scope: Endpoint, methods: Record<string, WorkerMethod>): void {
  const assembler = createAssembler();
  const post: Post = (message) => scope.postMessage(message);
  scope.addEventListener('message', (event: MessageEvent) => {
    const message = event.data as ToWorker;
    if (isChunkMessage(message)) {
      assembler.take(message);
      return;
    }
    if (message.kind !== 'call') return;
    const { id } = message;
    const emit = (sent: unknown): void => post({ kind: 'event', id, event: sent });
    const answer = async (): Promise<void> => {
      const method = methods[message.method];
      if (method === undefined) throw new Error(`The worker has no method "${message.method}".`);
      const args = assembler.assemble(message.args) as never;
      const value: unknown = await method(args, emit);
      await postInPieces(post, value, (packed) => ({ kind: 'reply', id, ok: true, value: packed }));
    };
    answer().catch((error: unknown) => {
      post({ kind: 'reply', id, ok: false, error: errorToWire(error) });
    });
  });
  post({ kind: 'ready' });
}

/** Tell the main thread something it did not ask for (the workbench host's new state). */
export function postNotice(scope: Endpoint, notice: unknown): void {
  const message: NoticeMessage = { kind: 'notice', notice };
  scope.postMessage(message);
}
