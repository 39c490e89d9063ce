import { HostError } from '../../src/core/port';
import {
  isCellEditError,
  isPayloadError,
  protectedSheetError,
  readErrorCode,
  toHostError,
} from '../../src/excel/errors';

describe('readErrorCode', () => {
  it.each([
    [{ code: 'ItemNotFound' }, 'ItemNotFound'],
    [{ code: '', debugInfo: { code: 'AccessDenied' } }, 'AccessDenied'],
    [{ debugInfo: { code: 'InvalidOperationInCellEditMode' } }, 'InvalidOperationInCellEditMode'],
    [new Error('plain'), null],
    ['text', null],
    [null, null],
  ])('reads the code of %j as %j', (error, code) => {
    expect(readErrorCode(error)).toBe(code);
  });
});

describe('toHostError', () => {
  it.each([
    [
      'InvalidOperationInCellEditMode',
      'read',
      'editing',
      /^Excel is busy editing a cell\. Finish editing the cell \(press Enter or Esc\) and try again\.$/,
    ],
    [
      'AccessDenied',
      'highlight',
      'protected',
      /Unprotect the sheet \(Review > Unprotect Sheet\) and build again\./,
    ],
    ['AccessDenied', 'clear', 'protected', /Unprotect Sheet\) and try again\./],
    ['AccessDenied', 'write', 'protected', /Protect Workbook\) and build again\./],
    ['RequestPayloadSizeLimitExceeded', 'read', 'too-large', /^The tracker is too large/],
    ['ResponsePayloadSizeLimitExceeded', 'write', 'too-large', /^The summary is too large/],
    ['RangeExceedsLimit', 'read', 'too-large', /build again\.$/],
    ['ItemNotFound', 'select', 'not-found', /could not find the sheet or table/],
    ['ApiNotFound', 'read', 'unsupported', /Update Excel/],
    ['NotImplemented', 'clear', 'unsupported', /Update Excel/],
    ['GeneralException', 'read', 'unknown', /\(GeneralException\)\. Try again; .* build again\.$/],
  ] as const)('maps %s while doing %s to %s', (code, action, kind, message) => {
    const cause = { code, message: 'Office text' };
    const error = toHostError(cause, action);
    expect(error).toBeInstanceOf(HostError);
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
    expect(error.cause).toBe(cause);
  });

  it('names what it could not find', () => {
    expect(toHostError({ code: 'ItemNotFound' }, 'read', 'the table "Log"').message).toMatch(
      /^Excel could not find the table "Log"\./,
    );
  });

  it('passes a HostError through untouched', () => {
    const original = new HostError('no-data', 'The sheet is empty.');
    expect(toHostError(original, 'read')).toBe(original);
  });

  it('wraps a failure that is not Excel’s as unknown, keeping the cause', () => {
    const bug = new TypeError('x is undefined');
    expect(toHostError(bug, 'write')).toMatchObject({ kind: 'unknown', cause: bug });
    expect(toHostError(bug, 'write').message).not.toMatch(/undefined/);
  });
});

describe('error predicates', () => {
  it.each([
    [{ code: 'InvalidOperationInCellEditMode' }, true, false],
    [{ code: 'ResponsePayloadSizeLimitExceeded' }, false, true],
    [{ code: 'AccessDenied' }, false, false],
  ])('classifies %j', (error, editing, payload) => {
    expect(isCellEditError(error)).toBe(editing);
    expect(isPayloadError(error)).toBe(payload);
  });

  it('words a protected sheet the way the build brief asks', () => {
    expect(protectedSheetError('Log', 'read').message).toBe(
      'The sheet "Log" is protected. Unprotect the sheet (Review > Unprotect Sheet) and build again.',
    );
  });
});
