/**
 * How a tracker gets into the workbench: a file from the user's disk, or the sample tracker served
 * beside the page. Either way the bytes stay in the browser.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { ChangeEvent, ReactElement } from 'react';

/** A tracker the user chose: its name and its bytes. */
export type TrackerFile = { name: string; data: Uint8Array };

/** Where the sample tracker sits: beside the page, on the page's own origin. */
export const SAMPLE_TRACKER_URL = './sample-tracker.xlsx';

const useStyles = makeStyles({
  picker: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  // The native input stays in the page for drag-and-drop tools and tests, but the button is the control.
  input: { display: 'none' },
});

export type TrackerPickerProps = {
  onOpen: (file: TrackerFile) => void;
  onError: (message: string) => void;
};

/** Fetch the sample tracker from the page's own origin. */
async function fetchSample(): Promise<TrackerFile> {
  const response = await fetch(SAMPLE_TRACKER_URL);
  if (!response.ok) {
    throw new Error(`The sample tracker could not be loaded (HTTP ${response.status}).`);
  }
  return { name: 'sample-tracker.xlsx', data: new Uint8Array(await response.arrayBuffer()) };
}

/** "Open tracker…" and "Use the sample tracker". */
export function TrackerPicker({ onOpen, onError }: TrackerPickerProps): ReactElement {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  /** Read the bytes, then hand them over; the buttons wait meanwhile so nothing loads twice. */
  const load = (read: Promise<TrackerFile>, failure: (error: unknown) => string): void => {
    setBusy(true);
    read.then(onOpen, (error: unknown) => onError(failure(error))).finally(() => setBusy(false));
  };

  const openChosen = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    load(
      file.arrayBuffer().then((buffer) => ({ name: file.name, data: new Uint8Array(buffer) })),
      () => `"${file.name}" could not be read. Check the file is not open elsewhere and retry.`,
    );
  };

  const openSample = (): void => {
    load(fetchSample(), (error) =>
      error instanceof Error ? error.message : 'The sample tracker could not be loaded.',
    );
  };

  return (
    <div className={styles.picker}>
      <input
        ref={input}
        className={styles.input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label="Tracker file"
        data-testid="tracker-file"
        onChange={openChosen}
      />
      <Button appearance="primary" disabled={busy} onClick={() => input.current?.click()}>
        Open tracker…
      </Button>
      <Button disabled={busy} onClick={openSample}>
        Use the sample tracker
      </Button>
    </div>
  );
}
