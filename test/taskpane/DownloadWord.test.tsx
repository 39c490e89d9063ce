/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TextDecoder, TextEncoder } from 'node:util';
import { WORD_MEDIA_TYPE } from '../../src/docx/buildDocument';
import { layoutSummary } from '../../src/core/summaryLayout';
import { DEFAULT_PERIOD } from '../../src/core/resolvePeriod';
import { DownloadWordButton, WORD_FILE_NAME } from '../../src/taskpane/DownloadWordButton';
import { DEFAULT_PAPER } from '../../src/taskpane/paperChoices';
import { WordDocumentPanel } from '../../src/taskpane/WordDocumentPanel';
import { expectedReport, installDomStubs, renderWithFluent, TODAY } from './_helpers/renderPane';

beforeAll(() => {
  installDomStubs();
  // Browsers have these; jsdom does not, and docx zips with them.
  Object.assign(globalThis, { TextEncoder, TextDecoder });
});

const { report, narrative } = expectedReport('2021-09-01', '2022-02-28', TODAY);
const layout = layoutSummary(report, '1 March 2022 at 09:00');

/** The bytes of a Blob, read as jsdom allows. */
function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('The Blob could not be read'));
    reader.readAsArrayBuffer(blob);
  });
}

let createObjectURL: jest.Mock;
let revokeObjectURL: jest.Mock;
let click: jest.SpyInstance;

beforeEach(() => {
  createObjectURL = jest.fn(() => 'blob:word-document');
  revokeObjectURL = jest.fn();
  Object.assign(URL, { createObjectURL, revokeObjectURL });
});

afterEach(() => click?.mockRestore());

/** The text of the elements that describe an element. */
function descriptionOf(element: HTMLElement): string {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

function renderView(editedText: string | null = null): void {
  renderWithFluent(
    <WordDocumentPanel
      built={{ report, narrative, layout }}
      edited={editedText !== null}
      paper={DEFAULT_PAPER}
      period={DEFAULT_PERIOD}
      asOf={TODAY}
      onChange={() => undefined}
      onUseFinancialYear={() => undefined}
    />,
  );
}

describe('Download Word document', () => {
  it('offers the Word document as a download through a temporary link', async () => {
    const clicked: HTMLAnchorElement[] = [];
    click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    renderView();
    await userEvent.click(screen.getByRole('button', { name: 'Download Word document' }));
    await screen.findByText(`Downloaded ${WORD_FILE_NAME}.`, undefined, { timeout: 10_000 });

    expect(createObjectURL).toHaveBeenCalledTimes(1);
    const blob = createObjectURL.mock.calls[0][0] as Blob;
    expect(blob).toBeInstanceOf(Blob);
    expect(blob.type).toBe(WORD_MEDIA_TYPE);
    const bytes = await bytesOf(blob);
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe('PK');

    expect(clicked).toHaveLength(1);
    expect(clicked[0].download).toBe('Complaints report.docx');
    expect(clicked[0].href).toBe('blob:word-document');
    // The temporary link is gone once clicked.
    expect(clicked[0].isConnected).toBe(false);
    expect(screen.queryByText('Downloads are blocked here')).toBeNull();
  });

  it('is reachable from the keyboard and described by its hint', async () => {
    click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderView();
    const button = screen.getByRole('button', { name: 'Download Word document' });
    expect(descriptionOf(button)).toBe('The narrative and its tables, as a Word document.');
    button.focus();
    await userEvent.keyboard('{Enter}');
    await screen.findByText(`Downloaded ${WORD_FILE_NAME}.`, undefined, { timeout: 10_000 });
    expect(createObjectURL).toHaveBeenCalledTimes(1);
  });

  it('says the drafted narrative is used while the pane holds edits', () => {
    renderView('My own words.');
    expect(descriptionOf(screen.getByRole('button', { name: 'Download Word document' }))).toBe(
      'Made from the drafted narrative, not your edits: use Copy narrative for your edited text.',
    );
  });

  it('offers a link to save, or Copy, where the host blocks downloads', async () => {
    click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {
      throw new Error('Downloads are not allowed');
    });
    renderView();
    await userEvent.click(screen.getByRole('button', { name: 'Download Word document' }));
    const warning = await screen.findByText('Downloads are blocked here', undefined, {
      timeout: 10_000,
    });
    expect(warning.textContent).toBe('Downloads are blocked here');
    const link = screen.getByRole('link', { name: WORD_FILE_NAME });
    expect(link.getAttribute('href')).toBe('blob:word-document');
    expect(link.getAttribute('download')).toBe(WORD_FILE_NAME);
    expect(screen.getByText(/use Copy narrative and paste into Word instead/).textContent).toMatch(
      /use Copy narrative and paste into Word instead/,
    );
    // The link's file stays until it is replaced.
    expect(revokeObjectURL).not.toHaveBeenCalled();
    expect(screen.queryByText(`Downloaded ${WORD_FILE_NAME}.`)).toBeNull();
  });

  it('warns, never silently, when the document cannot be made', async () => {
    renderWithFluent(
      <DownloadWordButton
        edited={false}
        getInput={() => {
          throw new Error('no report');
        }}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Download Word document' }));
    const failed = await screen.findByText('The Word document could not be made');
    expect(failed.textContent).toBe('The Word document could not be made');
    expect(createObjectURL).not.toHaveBeenCalled();
  });
});
