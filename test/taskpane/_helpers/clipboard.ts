/**
 * The clipboard as the pane meets it, for jsdom: the async Clipboard API with a ClipboardItem
 * that keeps what it was given, and execCommand('copy') firing a copy event whose data we read.
 */

/** A ClipboardItem stand-in that keeps what it was given. */
export class FakeClipboardItem {
  constructor(readonly items: Record<string, Blob>) {}
}

export type Clipboard = { write: jest.Mock };

export function installClipboard(write: jest.Mock): Clipboard {
  const clipboard = { write };
  Object.defineProperty(window.navigator, 'clipboard', { value: clipboard, configurable: true });
  Object.assign(globalThis, { ClipboardItem: FakeClipboardItem });
  return clipboard;
}

/** execCommand('copy') as a browser runs it: a copy event whose clipboardData we can read. */
export function installExecCommand(works: boolean): {
  data: Map<string, string>;
  command: jest.Mock;
} {
  const data = new Map<string, string>();
  const command = jest.fn((name: string) => {
    if (name !== 'copy' || !works) return false;
    const event = new Event('copy', { cancelable: true });
    Object.defineProperty(event, 'clipboardData', {
      value: { setData: (type: string, value: string) => data.set(type, value) },
    });
    document.dispatchEvent(event);
    return true;
  });
  Object.defineProperty(document, 'execCommand', { value: command, configurable: true });
  return { data, command };
}

/** jsdom's Blob has no text(): read it the old way. */
export function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('Could not read the blob'));
    reader.readAsText(blob);
  });
}
