import { HostError } from '../../src/core/port';
import { FAILURE_TITLES, failureFromError, type PaneStep } from '../../src/core/buildFailure';

describe('failureFromError', () => {
  it('keeps a host error as it is: the host already says what to do', () => {
    const error = new HostError(
      'editing',
      'Finish editing the cell (press Enter or Esc) and try again.',
    );
    expect(failureFromError(error, 'reading')).toEqual({
      kind: 'editing',
      message: 'Finish editing the cell (press Enter or Esc) and try again.',
      mapping: null,
    });
  });

  it.each<[PaneStep, unknown, RegExp]>([
    [
      'loading',
      new Error('gone'),
      /loading the workbook's settings \(gone\)\. Close the task pane/,
    ],
    ['reading', 'a string', /reading the tracker\. Check the tracker sheet/],
    ['building', new RangeError('bad'), /building the report \(bad\)\. The tracker was read/],
    ['writing', new Error(''), /writing the summary sheet\. Close any open dialog/],
    ['selecting', null, /selecting rows in the sheet\. Check/],
  ])('names the step (%s) and what to try next', (step, error, message) => {
    const failure = failureFromError(error, step);
    expect(failure.kind).toBe('unknown');
    expect(failure.message).toMatch(message);
  });

  it('has a title for every kind', () => {
    for (const title of Object.values(FAILURE_TITLES)) expect(title).toMatch(/^[A-Z][^.]+$/);
  });
});
