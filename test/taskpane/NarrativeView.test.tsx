/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type JSX } from 'react';
import { renderHtml, renderText } from '../../src/core/narrative';
import type { RowTarget } from '../../src/core/port';
import {
  describeSentenceAction,
  NarrativeView,
  narrativeContent,
} from '../../src/taskpane/NarrativeView';
import type { HeaderMapping } from '../../src/core/runBuild';
import {
  blobText,
  installClipboard,
  installExecCommand,
  type FakeClipboardItem,
} from './_helpers/clipboard';
import { expectedReport, installDomStubs, renderWithFluent, TODAY } from './_helpers/renderPane';

beforeAll(installDomStubs);

const { narrative } = expectedReport('2021-09-01', '2022-02-28', TODAY);

const MAPPING: HeaderMapping = {
  sheet: 'Tracker',
  headerRow: 3,
  headers: ['Ref', 'Date received'],
  columns: { reference: 0, received: 1 },
  firstColumn: 1,
  lastColumn: 9,
};

/** The view with its editing state held as the App holds it. */
function Harness(props: { onSelect(target: RowTarget): void }): JSX.Element {
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
      onSelect={props.onSelect}
    />
  );
}

function statusTexts(): string[] {
  return screen.getAllByRole('status').map((s) => s.textContent ?? '');
}

describe('NarrativeView', () => {
  let user: ReturnType<typeof userEvent.setup>;
  beforeEach(() => {
    user = userEvent.setup();
  });

  it('shows every section under its heading, bullets as a list', () => {
    renderWithFluent(<Harness onSelect={jest.fn()} />);
    for (const section of narrative.sections) {
      screen.getByRole('heading', { name: section.heading });
    }
    const overdue = narrative.sections.find((s) => s.id === 'overdue');
    const list = screen.getAllByRole('list')[0];
    expect(within(list).getAllByRole('listitem')).toHaveLength(overdue?.sentences.length ?? -1);
  });

  it('copies HTML and plain text with the async clipboard', async () => {
    renderWithFluent(<Harness onSelect={jest.fn()} />);
    const clipboard = installClipboard(jest.fn().mockResolvedValue(undefined));
    installExecCommand(true);
    await user.click(screen.getByRole('button', { name: 'Copy narrative' }));
    expect(clipboard.write).toHaveBeenCalledTimes(1);
    const [[items]] = clipboard.write.mock.calls as [[FakeClipboardItem[]]];
    expect(items[0].items['text/html'].type).toBe('text/html');
    expect(items[0].items['text/plain'].type).toBe('text/plain');
    const html = await blobText(items[0].items['text/html']);
    expect(html).toBe(renderHtml(narrative));
    expect(html).toMatch(/<p>.+<\/p>/);
    expect(html).toMatch(/<ul><li>C-103/);
    expect(await blobText(items[0].items['text/plain'])).toBe(renderText(narrative));
    expect(document.execCommand).not.toHaveBeenCalled();
    expect(statusTexts()).toContain(
      'Copied. Paste into Word to keep the headings, paragraphs and bullets.',
    );
  });

  it('falls back to the copy command when the clipboard refuses', async () => {
    renderWithFluent(<Harness onSelect={jest.fn()} />);
    installClipboard(jest.fn().mockRejectedValue(new DOMException('Blocked', 'NotAllowedError')));
    const { data, command } = installExecCommand(true);
    await user.click(screen.getByRole('button', { name: 'Copy narrative' }));
    expect(command).toHaveBeenCalledWith('copy');
    expect(data.get('text/html')).toBe(renderHtml(narrative));
    expect(data.get('text/plain')).toBe(renderText(narrative));
    expect(statusTexts()).toContain(
      'Copied. Paste into Word to keep the headings, paragraphs and bullets.',
    );
    expect(document.querySelector('[contenteditable]')).toBeNull();
  });

  it('leaves the narrative selected and asks for Ctrl+C when copying is blocked', async () => {
    renderWithFluent(<Harness onSelect={jest.fn()} />);
    installClipboard(jest.fn().mockRejectedValue(new DOMException('Blocked', 'NotAllowedError')));
    installExecCommand(false);
    await user.click(screen.getByRole('button', { name: 'Copy narrative' }));
    expect(statusTexts()).toContain(
      'Copying was blocked here. The narrative is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.',
    );
    const selection = document.getSelection();
    expect(selection?.rangeCount).toBe(1);
    const selected = selection?.getRangeAt(0).cloneContents().textContent ?? '';
    expect(selected).toContain(narrative.title);
    expect(selected).toContain(narrative.sections[0].sentences[0].text);
  });

  it('copies the edited text, as plain text and as HTML, until the edits are discarded', async () => {
    renderWithFluent(<Harness onSelect={jest.fn()} />);
    const clipboard = installClipboard(jest.fn().mockResolvedValue(undefined));
    await user.click(screen.getByRole('button', { name: 'Edit text', pressed: false }));
    const box = screen.getByRole('textbox', { name: /Narrative text/ });
    expect((box as HTMLTextAreaElement).value).toBe(renderText(narrative));
    await user.clear(box);
    await user.type(box, 'Summary{Enter}Five complaints & counting.{Enter}- C-103');
    await user.click(screen.getByRole('button', { name: 'Copy narrative' }));
    const [[items]] = clipboard.write.mock.calls as [[FakeClipboardItem[]]];
    expect(await blobText(items[0].items['text/plain'])).toBe(
      'Summary\nFive complaints & counting.\n- C-103',
    );
    expect(await blobText(items[0].items['text/html'])).toBe(
      '<h3>Summary</h3><p>Five complaints &amp; counting.</p><ul><li>C-103</li></ul>',
    );
    await user.click(screen.getByRole('button', { name: 'Edit text', pressed: true }));
    screen.getByText('Copy uses your edited text.');
    await user.click(screen.getByRole('button', { name: 'Discard my edits' }));
    await user.click(screen.getByRole('button', { name: 'Copy narrative' }));
    const [, [again]] = clipboard.write.mock.calls as [
      [FakeClipboardItem[]],
      [FakeClipboardItem[]],
    ];
    expect(await blobText(again[0].items['text/plain'])).toBe(renderText(narrative));
  });

  it('selects the rows of a sentence about rows rather than complaints', async () => {
    const onSelect = jest.fn();
    renderWithFluent(<Harness onSelect={onSelect} />);
    const sentence = screen.getByRole('button', {
      name: /^Two rows of the tracker were left out/,
      description: 'Select the 2 rows this sentence speaks of',
    });
    sentence.focus();
    await user.keyboard(' ');
    expect(onSelect).toHaveBeenCalledWith({
      sheet: 'Tracker',
      rows: [8, 9],
      firstColumn: 1,
      lastColumn: 9,
    });
  });
});

describe('describeSentenceAction', () => {
  it.each([
    [['C-1'], [4], 'Select the complaint this sentence speaks of'],
    [['C-1', 'C-2', 'C-3'], [4, 5, 6, 9], 'Select the 3 complaints this sentence speaks of'],
    [[], [8], 'Select the row this sentence speaks of'],
    [[], [8, 9], 'Select the 2 rows this sentence speaks of'],
  ])('%j with rows %j → %s', (references, rows, words) => {
    const refs = rows.map((row) => ({ sheet: 'Tracker', row }));
    expect(describeSentenceAction({ text: 'x', references, rows: refs })).toBe(words);
  });
});

describe('narrativeContent', () => {
  it('is the drafted narrative until the text is edited', () => {
    expect(narrativeContent(narrative, null)).toEqual({
      html: renderHtml(narrative),
      text: renderText(narrative),
    });
    expect(narrativeContent(narrative, 'Edited.')).toEqual({
      html: '<p>Edited.</p>',
      text: 'Edited.',
    });
  });
});
