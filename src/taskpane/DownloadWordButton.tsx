/**
 * Download the committee paper as a Word document, made in the browser from the built report.
 * Where the host refuses downloads (some Office hosts do), a warning offers the file as a visible
 * link to save, or Copy instead: never a silent failure.
 */
import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useId, useRef, useState, type JSX } from 'react';
import { buildWordDocument, WORD_MEDIA_TYPE, type WordDocumentInput } from '../docx/buildDocument';

/** The downloaded file's name. */
export const WORD_FILE_NAME = 'Complaints report.docx';

/** How long a started download's object URL is kept before it is revoked. */
const REVOKE_AFTER_MS = 10_000;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  button: { alignSelf: 'flex-start' },
  hint: { color: tokens.colorNeutralForeground2 },
});

export type DownloadWordButtonProps = {
  /** Read at click time: the report, narrative and layout of the latest build. */
  getInput: () => WordDocumentInput;
  /** True while the pane holds edited text, which the Word document does not carry. */
  edited: boolean;
  /** Why the document cannot be made as chosen (said as the hint); null when it can. */
  unavailable?: string | null;
};

type Outcome =
  { kind: 'none' } | { kind: 'downloaded' } | { kind: 'blocked'; url: string } | { kind: 'failed' };

/** Offer bytes as a download through a temporary link; throws where the host refuses it. */
function offerDownload(url: string): void {
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = WORD_FILE_NAME;
  anchor.hidden = true;
  document.body.append(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
  }
}

/** The Download Word document button, its hint and its status or warning. */
export function DownloadWordButton(props: DownloadWordButtonProps): JSX.Element {
  const styles = useStyles();
  const hintId = useId();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  // The fallback link's URL, revoked when it is replaced or the pane goes.
  const kept = useRef<string | null>(null);
  const release = (): void => {
    if (kept.current !== null) URL.revokeObjectURL(kept.current);
    kept.current = null;
  };
  useEffect(() => release, []);

  const download = async (): Promise<void> => {
    setBusy(true);
    setOutcome({ kind: 'none' });
    release();
    let url: string;
    try {
      const bytes = await buildWordDocument(props.getInput());
      url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: WORD_MEDIA_TYPE }));
    } catch {
      setOutcome({ kind: 'failed' });
      setBusy(false);
      return;
    }
    try {
      offerDownload(url);
      window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
      setOutcome({ kind: 'downloaded' });
    } catch {
      kept.current = url;
      setOutcome({ kind: 'blocked', url });
    }
    setBusy(false);
  };

  const unavailable = props.unavailable ?? null;
  const hint =
    unavailable ??
    (props.edited
      ? 'Made from the drafted narrative, not your edits: use Copy narrative for your edited text.'
      : 'The narrative and its tables, as a Word document.');
  return (
    <div className={styles.root}>
      <Button
        className={styles.button}
        aria-describedby={hintId}
        disabledFocusable={busy || unavailable !== null}
        onClick={() => void download()}
      >
        {busy ? 'Making the Word document…' : 'Download Word document'}
      </Button>
      <Text id={hintId} size={200} className={styles.hint}>
        {hint}
      </Text>
      <Text role="status">
        {outcome.kind === 'downloaded' ? `Downloaded ${WORD_FILE_NAME}.` : ''}
      </Text>
      {outcome.kind === 'blocked' ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Downloads are blocked here</MessageBarTitle>
            Right-click this link and choose to save it:{' '}
            <Link href={outcome.url} download={WORD_FILE_NAME}>
              {WORD_FILE_NAME}
            </Link>
            . Or use Copy narrative and paste into Word instead.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {outcome.kind === 'failed' ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>The Word document could not be made</MessageBarTitle>
            Use Copy narrative and paste into Word instead.
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
