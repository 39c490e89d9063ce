/**
 * Copy the narrative as rich text (HTML, which keeps paragraphs and bullets in Word) and plain
 * text. Office on the web can block the async Clipboard API in the pane's iframe, so: the async
 * API first; then a rendered copy selected and copied with execCommand, still inside the click's
 * user activation; last, the caller selects the visible text and asks for Ctrl+C.
 */

export type CopyContent = { html: string; text: string };

/** How the copy went: done, done the old way, or the user must press Ctrl+C on the selection. */
export type CopyOutcome = 'copied' | 'copied-by-command' | 'press-keys';

/**
 * Copy both formats. Must be called straight from a click handler: the ClipboardItem is made
 * before anything is awaited (Safari requires it), and the fallback runs within the activation.
 */
export async function copyRichText(
  content: CopyContent,
  doc: Document = document,
): Promise<CopyOutcome> {
  const view = doc.defaultView;
  const clipboard = view?.navigator.clipboard;
  const Item = (view as (Window & { ClipboardItem?: typeof ClipboardItem }) | null)?.ClipboardItem;
  if (clipboard && typeof clipboard.write === 'function' && typeof Item === 'function') {
    try {
      const item = new Item({
        'text/html': new Blob([content.html], { type: 'text/html' }),
        'text/plain': new Blob([content.text], { type: 'text/plain' }),
      });
      await clipboard.write([item]);
      return 'copied';
    } catch {
      // Blocked by the frame's permissions policy or refused: fall through to the command.
    }
  }
  return copyWithCommand(content, doc) ? 'copied-by-command' : 'press-keys';
}

/**
 * Render the HTML off screen, select it and run the copy command. A copy listener puts both
 * formats on the clipboard exactly; the selection is there for hosts that ignore the listener.
 */
export function copyWithCommand(content: CopyContent, doc: Document = document): boolean {
  if (typeof doc.execCommand !== 'function') return false;
  const holder = doc.createElement('div');
  holder.contentEditable = 'true';
  holder.setAttribute('aria-hidden', 'true');
  holder.style.position = 'fixed';
  holder.style.left = '-10000px';
  holder.style.top = '0';
  holder.style.opacity = '0';
  // The HTML comes from the narrative renderer, textToHtml and paperTables, which escape all text.
  holder.innerHTML = content.html;
  const onCopy = (event: ClipboardEvent): void => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/html', content.html);
    event.clipboardData.setData('text/plain', content.text);
    event.preventDefault();
  };
  const selection = doc.getSelection();
  const previous =
    selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
  const active = doc.activeElement;
  doc.body.appendChild(holder);
  doc.addEventListener('copy', onCopy);
  try {
    const range = doc.createRange();
    range.selectNodeContents(holder);
    selection?.removeAllRanges();
    selection?.addRange(range);
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    doc.removeEventListener('copy', onCopy);
    holder.remove();
    selection?.removeAllRanges();
    if (previous) selection?.addRange(previous);
    if (active instanceof HTMLElement) active.focus();
  }
}

/** Select an element's text (or a textarea's value) so Ctrl+C copies it. */
export function selectForCopy(element: HTMLElement): void {
  if (element instanceof HTMLTextAreaElement) {
    element.focus();
    element.select();
    return;
  }
  const doc = element.ownerDocument;
  const range = doc.createRange();
  range.selectNodeContents(element);
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
