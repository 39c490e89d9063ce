/** @jest-environment jsdom */
import { copyRichText, copyWithCommand, selectForCopy } from '../../src/taskpane/copyRichText';

const CONTENT = { html: '<h2>Title</h2><p>One &amp; two.</p>', text: 'Title\n\nOne & two.\n' };

function setExecCommand(result: boolean | undefined): jest.Mock {
  const command = jest.fn(() => result);
  Object.defineProperty(document, 'execCommand', {
    value: result === undefined ? undefined : command,
    configurable: true,
  });
  return command;
}

function setClipboard(clipboard: unknown, item: unknown): void {
  Object.defineProperty(window.navigator, 'clipboard', { value: clipboard, configurable: true });
  Object.assign(globalThis, { ClipboardItem: item });
}

describe('copyRichText', () => {
  it.each([
    ['no Clipboard API', undefined, undefined],
    ['a clipboard without write', { writeText: jest.fn() }, class {}],
    ['no ClipboardItem', { write: jest.fn() }, undefined],
  ])('goes straight to the copy command with %s', async (_, clipboard, item) => {
    setClipboard(clipboard, item);
    const command = setExecCommand(true);
    await expect(copyRichText(CONTENT)).resolves.toBe('copied-by-command');
    expect(command).toHaveBeenCalledWith('copy');
  });

  it('asks for the keys when neither way works', async () => {
    setClipboard(undefined, undefined);
    setExecCommand(undefined);
    await expect(copyRichText(CONTENT)).resolves.toBe('press-keys');
  });
});

describe('copyWithCommand', () => {
  it('copies the rendered HTML, then puts the selection and focus back', () => {
    document.body.innerHTML = '<p id="before">Chosen text</p><button id="copy">Copy</button>';
    const before = document.getElementById('before') as HTMLElement;
    const button = document.getElementById('copy') as HTMLButtonElement;
    button.focus(); // jsdom clears the selection on focus, so focus first
    selectForCopy(before);
    let copied = '';
    const command = jest.fn(() => {
      copied = document.getSelection()?.toString() ?? '';
      return true;
    });
    Object.defineProperty(document, 'execCommand', { value: command, configurable: true });
    expect(copyWithCommand(CONTENT)).toBe(true);
    expect(copied.replace(/\s+/g, ' ').trim()).toBe('TitleOne & two.');
    expect(document.querySelector('[contenteditable]')).toBeNull();
    expect(document.getSelection()?.getRangeAt(0).cloneContents().textContent).toBe('Chosen text');
    expect(document.activeElement).toBe(button);
  });

  it('reports a refused command', () => {
    setExecCommand(false);
    expect(copyWithCommand(CONTENT)).toBe(false);
  });
});

describe('selectForCopy', () => {
  it('selects all of a textarea', () => {
    document.body.innerHTML = '<textarea>Edited narrative</textarea>';
    const area = document.querySelector('textarea') as HTMLTextAreaElement;
    selectForCopy(area);
    expect([area.selectionStart, area.selectionEnd]).toEqual([0, 'Edited narrative'.length]);
    expect(document.activeElement).toBe(area);
  });
});
