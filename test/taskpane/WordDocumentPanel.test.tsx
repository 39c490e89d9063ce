/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { strFromU8, unzipSync } from 'fflate';
import { TextDecoder, TextEncoder } from 'node:util';
import { App } from '../../src/taskpane/App';
import { APPENDIX_LABEL, TEMPLATE_LABELS } from '../../src/taskpane/WordDocumentPanel';
import { buildInPane } from './_helpers/buildInPane';
import { createFakeHost, type FakeHost } from './_helpers/fakeHost';
import { installDomStubs, renderWithFluent, TODAY } from './_helpers/renderPane';

beforeAll(() => {
  installDomStubs();
  // Browsers have these; jsdom does not, and docx zips with them.
  Object.assign(globalThis, { TextEncoder, TextDecoder });
});

let createObjectURL: jest.Mock;
let click: jest.SpyInstance;

beforeEach(() => {
  createObjectURL = jest.fn(() => 'blob:word-document');
  Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
  click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});

afterEach(() => click.mockRestore());

function renderApp(host: FakeHost): void {
  renderWithFluent(<App host={host} fileName="Complaints tracker.xlsx" today={TODAY} />);
}

function downloadButton(): HTMLElement {
  return screen.getByRole('button', { name: 'Download Word document' });
}

/** Download, and read the document's body XML from the bytes offered. */
async function downloadedXml(): Promise<string> {
  const before = createObjectURL.mock.calls.length;
  await userEvent.click(downloadButton());
  await screen.findByText('Downloaded Complaints report.docx.', undefined, { timeout: 10_000 });
  expect(createObjectURL.mock.calls).toHaveLength(before + 1);
  const blob = createObjectURL.mock.calls[before][0] as Blob;
  const bytes = await new Promise<Uint8Array>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('The Blob could not be read'));
    reader.readAsArrayBuffer(blob);
  });
  return strFromU8(unzipSync(bytes)['word/document.xml']);
}

function radio(name: string): HTMLInputElement {
  return screen.getByRole<HTMLInputElement>('radio', { name });
}

describe('Word document', () => {
  it('adds the appendix of references to the document when asked, and remembers it', async () => {
    const host = createFakeHost();
    renderApp(host);
    await buildInPane(host);
    expect(host.callsOf('writeReport')[0].output.settings).toMatchObject({
      template: 'board',
      appendix: false,
    });
    expect(await downloadedXml()).not.toContain('Appendix: the complaints behind each sentence');

    const appendix = screen.getByRole<HTMLInputElement>('checkbox', { name: APPENDIX_LABEL });
    expect(appendix.checked).toBe(false);
    await userEvent.click(appendix);
    const xml = await downloadedXml();
    expect(xml).toContain('Appendix: the complaints behind each sentence');
    // The appendix lists the overdue complaints by reference.
    expect(xml).toContain('C-103');
    await buildInPane(host);
    expect(host.callsOf('writeReport')[1].output.settings.appendix).toBe(true);
  });

  it('refuses an annual report for a period that is not a financial year, and offers the year', async () => {
    const host = createFakeHost();
    renderApp(host);
    await buildInPane(host);
    expect(screen.queryByText('The annual report needs a whole financial year')).toBeNull();
    await userEvent.click(radio(TEMPLATE_LABELS.annual));

    const bar = screen
      .getByText('The annual report needs a whole financial year')
      .closest<HTMLElement>('[role="group"]');
    if (bar === null) throw new Error('No message bar');
    expect(bar.textContent).toContain(
      'This report covers 1 September 2021 to 28 February 2022; the statutory annual report covers a financial year, 1 April to 31 March.',
    );
    expect(bar.textContent).toContain(
      'Use 2020/21 (1 April 2020 to 31 March 2021), then build the report again.',
    );
    expect(downloadButton().getAttribute('aria-disabled')).toBe('true');
    await userEvent.click(downloadButton());
    expect(createObjectURL).not.toHaveBeenCalled();

    await userEvent.click(within(bar).getByRole('button', { name: 'Use 2020/21' }));
    expect(radio('Last financial year (April to March)').checked).toBe(true);
    screen.getByText('Complaints received 1 April 2020 to 31 March 2021.');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Build report' }));
    expect(bar.textContent).toContain(
      'The period is now 2020/21 (1 April 2020 to 31 March 2021): build the report again to make the annual report.',
    );
    expect(within(bar).queryByRole('button')).toBeNull();

    await buildInPane(host);
    expect(screen.queryByText('The annual report needs a whole financial year')).toBeNull();
    expect(downloadButton().getAttribute('aria-disabled')).toBeNull();
    const xml = await downloadedXml();
    expect(xml).toContain('Annual report on children’s social care complaints 2020/21');
    expect(host.callsOf('writeReport')[1].output.settings).toMatchObject({
      template: 'annual',
      period: { kind: 'preset', preset: 'financial-year' },
    });
  });

  it('starts from the paper the workbook remembers', async () => {
    const host = createFakeHost({
      settings: {
        template: 'annual',
        appendix: true,
        period: { kind: 'preset', preset: 'financial-year' },
      },
    });
    renderApp(host);
    await buildInPane(host);
    expect(radio(TEMPLATE_LABELS.annual).checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: APPENDIX_LABEL }).checked).toBe(
      true,
    );
    // The remembered period is the financial year, so the annual report can be made at once.
    expect(screen.queryByText('The annual report needs a whole financial year')).toBeNull();
    expect(downloadButton().getAttribute('aria-disabled')).toBeNull();
  });
});
