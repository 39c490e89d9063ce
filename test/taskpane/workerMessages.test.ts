import { HostError } from '../../src/core/port';
import {
  CHUNK_LENGTH,
  createAssembler,
  errorFromWire,
  errorToWire,
  isChunkMessage,
  postInPieces,
  type PackedValue,
} from '../../src/taskpane/workerMessages';
import { longestArray } from './_helpers/fakeWorker';

/** Send a value through structured clones and put it back together, as two threads would. */
async function roundTrip(
  value: unknown,
): Promise<{ back: unknown; messages: unknown[]; longest: number }> {
  const messages: unknown[] = [];
  let longest = 0;
  await postInPieces(
    (message) => {
      longest = Math.max(longest, longestArray(message));
      messages.push(structuredClone(message));
    },
    value,
    (packed) => ({ kind: 'header', packed }),
  );
  const assembler = createAssembler();
  let back: unknown = undefined;
  for (const message of messages) {
    if (isChunkMessage(message)) assembler.take(message);
    else back = assembler.assemble((message as { packed: PackedValue }).packed);
  }
  return { back, messages, longest };
}

const rowsOf = (n: number, sheet = 'Tracker'): { sheet: string; row: number }[] =>
  Array.from({ length: n }, (_, i) => ({ sheet, row: i + 4 }));

describe('postInPieces and createAssembler', () => {
  it.each<[string, unknown]>([
    ['a small object, in one message', { a: 1, b: ['x', null, true], c: { d: new Date(0) } }],
    ['a long array at the top', rowsOf(CHUNK_LENGTH * 2 + 7)],
    [
      'long arrays inside objects inside a long array',
      {
        narrative: {
          sections: [{ sentences: [{ text: 'All', rows: rowsOf(5_001), references: [] }] }],
        },
        complaints: Array.from({ length: 4_100 }, (_, i) => ({
          reference: `R${i}`,
          rows: i === 4_000 ? rowsOf(CHUNK_LENGTH + 1) : rowsOf(1),
        })),
      },
    ],
    ['an array exactly as long as a piece', rowsOf(CHUNK_LENGTH)],
    ['typed arrays and empty arrays', { bytes: new Uint8Array([1, 2, 3]), none: [] }],
  ])('puts back %s exactly', async (_, value) => {
    const { back, longest } = await roundTrip(value);
    expect(back).toStrictEqual(value);
    // Measured as each message was posted: no one message carries a longer array.
    expect(longest).toBeLessThanOrEqual(CHUNK_LENGTH);
  });

  it('sends a long array in pieces of CHUNK_LENGTH, then the header', async () => {
    const { messages } = await roundTrip({ rows: rowsOf(CHUNK_LENGTH * 2 + 1) });
    expect(messages.map((m) => (isChunkMessage(m) ? m.items.length : 'header'))).toEqual([
      CHUNK_LENGTH,
      CHUNK_LENGTH,
      1,
      'header',
    ]);
  });

  it('leaves the value sent unchanged', async () => {
    const value = { rows: rowsOf(CHUNK_LENGTH + 1), nested: [{ rows: rowsOf(CHUNK_LENGTH + 2) }] };
    const before = structuredClone(value);
    await roundTrip(value);
    expect(value).toStrictEqual(before);
  });

  it('refuses to assemble a value whose pieces went missing', async () => {
    const messages: unknown[] = [];
    await postInPieces(
      (m) => messages.push(m),
      rowsOf(CHUNK_LENGTH + 1),
      (packed) => packed,
    );
    const assembler = createAssembler();
    expect(() => assembler.assemble(messages[messages.length - 1] as PackedValue)).toThrow(
      /Part of a message was lost: 0 of 2001 items/,
    );
  });
});

describe('errors as plain data', () => {
  it('keeps a host error a HostError, with its kind and message, through a structured clone', () => {
    const sent = structuredClone(
      errorToWire(new HostError('protected', 'The sheet is protected.')),
    );
    const back = errorFromWire(sent);
    expect(back).toBeInstanceOf(HostError);
    expect(back).toMatchObject({ kind: 'protected', message: 'The sheet is protected.' });
  });

  it('keeps only the message of anything else', () => {
    expect(errorFromWire(errorToWire(new TypeError('x is undefined')))).toEqual(
      new Error('x is undefined'),
    );
    expect(errorToWire('a string')).toEqual({ kind: null, message: 'a string' });
  });
});
