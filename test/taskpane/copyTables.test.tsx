/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type JSX } from 'react';
import { renderText } from '../../src/core/narrative';
import type { HeaderMapping } from '../../src/core/runBuild';
import { layoutSummary } from '../../src/core/summaryLayout';
import { NarrativeView } from '../../src/taskpane/NarrativeView';
import { blobText, installClipboard, type FakeClipboardItem } from './_helpers/clipboard';
import { expectedReport, installDomStubs, renderWithFluent, TODAY } from './_helpers/renderPane';

beforeAll(installDomStubs);

const { report, narrative } = expectedReport('2021-09-01', '2022-02-28', TODAY);
const layout = layoutSummary(report, '15 March 2022');
const cared = report.childrenInCare;

const MAPPING: HeaderMapping = {
  sheet: 'Tracker',
  headerRow: 3,
  headers: ['Ref', 'Date received'],
  columns: { reference: 0, received: 1 },
  firstColumn: 1,
  lastColumn: 9,
};

function Harness(): JSX.Element {
  const [editing, setEditing] = useState(false);
  const [editedText, setEditedText] = useState<string | null>(null);
  return (
    <NarrativeView
      narrative={narrative}
      mapping={MAPPING}
      editing={editing}
      editedText={editedText}
      onEditingChange={setEditing}
      onEditedTextChange={setEditedText}
      onSelect={() => undefined}
      paper={{ report, layout }}
    />
  );
}

/** Copy, and read back both flavours of the last copy. */
async function copy(write: jest.Mock): Promise<{ html: string; text: string }> {
  await userEvent.click(screen.getByRole('button', { name: 'Copy narrative' }));
  const calls = write.mock.calls as [FakeClipboardItem[]][];
  const [item] = calls[calls.length - 1][0];
  return {
    html: await blobText(item.items['text/html']),
    text: await blobText(item.items['text/plain']),
  };
}

/** The pasted HTML as Word's importer sees it: a parsed document. */
function parse(html: string): Document {
  return new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
}

function tableByCaption(doc: Document, caption: RegExp): HTMLTableElement {
  const table = [...doc.querySelectorAll('table')].find((t) =>
    caption.test(t.caption?.textContent ?? ''),
  );
  if (!table) throw new Error(`No table captioned ${String(caption)}`);
  return table;
}

/** A body row's cells by its heading cell: the label, then its figures' text. */
function rowOf(table: HTMLTableElement, label: string): string[] {
  const row = [...table.tBodies[0].rows].find((r) => r.cells[0].textContent === label);
  if (!row) throw new Error(`No row ${label}`);
  return [...row.cells].map((cell) => cell.textContent ?? '');
}

describe('Copy narrative with the tables', () => {
  it('puts the tables after the text as real tables, with the report’s figures', async () => {
    const write = jest.fn().mockResolvedValue(undefined);
    installClipboard(write);
    renderWithFluent(<Harness />);
    const { html } = await copy(write);
    const doc = parse(html);

    // The narrative first, then the tables under "Figures".
    expect(doc.querySelector('h2')?.textContent).toBe(narrative.title);
    const headings = [...doc.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings[headings.length - 1]).toBe('Figures');
    const figures = [...doc.querySelectorAll('h3')].pop();
    expect(figures?.compareDocumentPosition(doc.querySelector('table') as Node)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );

    const tables = [...doc.querySelectorAll('table')];
    expect(tables.length).toBeGreaterThanOrEqual(5);
    // Numbered in order, as the Word document numbers them.
    expect(tables.map((t) => /^Table (\d+): /.exec(t.caption?.textContent ?? '')?.[1])).toEqual(
      tables.map((_, i) => String(i + 1)),
    );
    for (const table of tables) {
      const heads = [...(table.tHead?.rows[0].cells ?? [])];
      expect(heads.length).toBeGreaterThan(1);
      for (const th of heads) {
        expect(th.tagName).toBe('TH');
        expect(th.getAttribute('scope')).toBe('col');
      }
      for (const row of table.tBodies[0].rows) {
        expect(row.cells[0].getAttribute('style')).toMatch(/text-align:left/);
        for (const cell of [...row.cells].slice(1)) {
          expect(cell.tagName).toBe('TD');
          expect(cell.getAttribute('style')).toMatch(/text-align:right/);
        }
      }
    }

    const totals = tableByCaption(doc, /Complaints received$/);
    expect([...(totals.tHead?.rows[0].cells ?? [])].map((c) => c.textContent)).toEqual([
      'Measure',
      'All complaints',
      'Children in care',
    ]);
    expect(rowOf(totals, 'Complaints')).toEqual([
      'Complaints',
      String(report.all.complaints),
      String(cared?.complaints),
    ]);
    const outcomes = tableByCaption(doc, /Outcomes$/);
    const share = (n: number, of: number): string => `${n} (${Math.round((100 * n) / of)}%)`;
    expect(rowOf(outcomes, 'Upheld')[1]).toBe(
      share(report.all.outcomes?.upheld ?? -1, report.all.complaints),
    );
    expect(rowOf(outcomes, 'Not upheld')[1]).toBe(
      share(report.all.outcomes?.notUpheld ?? -1, report.all.complaints),
    );
    // The months add up to the period's complaints, as the Word document's table does.
    const monthly = tableByCaption(doc, /each month$/);
    const received = [...monthly.tBodies[0].rows].map((r) => Number(r.cells[1].textContent));
    expect(received.reduce((a, b) => a + b, 0)).toBe(report.all.complaints);
    expect(received).toEqual(report.all.monthly.map((m) => m.received));
  });

  it('gives the plain text the tables as tab-separated lines after the text', async () => {
    const write = jest.fn().mockResolvedValue(undefined);
    installClipboard(write);
    renderWithFluent(<Harness />);
    const { text } = await copy(write);
    expect(text.startsWith(renderText(narrative))).toBe(true);
    const lines = text.slice(renderText(narrative).length).split('\n');
    expect(lines[0]).toBe('');
    expect(lines[1]).toBe('Figures');
    expect(lines).toContain('Table 1: Complaints received');
    expect(lines).toContain(['Measure', 'All complaints', 'Children in care'].join('\t'));
    expect(lines).toContain(['Complaints', report.all.complaints, cared?.complaints].join('\t'));
    for (const month of report.all.monthly) {
      const name = new Date(`${month.month}-01T00:00:00Z`).toLocaleDateString('en-GB', {
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      expect(lines.find((l) => l.startsWith(`${name}\t`))?.split('\t')[1]).toBe(
        String(month.received),
      );
    }
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain(
      'Copied. Paste into Word to keep the headings, paragraphs, bullets and tables.',
    );
  });

  it('copies the edited text with the tables as built', async () => {
    const write = jest.fn().mockResolvedValue(undefined);
    installClipboard(write);
    renderWithFluent(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit text', pressed: false }));
    const box = screen.getByRole('textbox', { name: /Narrative text/ });
    await userEvent.clear(box);
    await userEvent.type(box, 'Our own summary.');
    const { html, text } = await copy(write);
    expect(text.split('\n').slice(0, 3)).toEqual(['Our own summary.', '', 'Figures']);
    const doc = parse(html);
    expect(doc.querySelector('p')?.textContent).toBe('Our own summary.');
    expect(html).not.toContain(narrative.title);
    const totals = tableByCaption(doc, /Complaints received$/);
    expect(rowOf(totals, 'Complaints')[1]).toBe(String(report.all.complaints));
  });
});
