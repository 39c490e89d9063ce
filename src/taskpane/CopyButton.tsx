/** Copy the narrative for Word, saying how it went (or asking for Ctrl+C where copying is blocked). */
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type JSX } from 'react';
import { copyRichText, selectForCopy, type CopyContent, type CopyOutcome } from './copyRichText';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  button: { alignSelf: 'flex-start' },
});

const COPIED = 'Copied. Paste into Word to keep the headings, paragraphs and bullets.';
const COPIED_WITH_TABLES =
  'Copied. Paste into Word to keep the headings, paragraphs, bullets and tables.';

/** What the status line says once a copy has run. */
function outcomeMessage(outcome: CopyOutcome, withTables: boolean): string {
  if (outcome === 'press-keys') {
    const keys =
      'Copying was blocked here. The narrative is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.';
    // The selection is the text on show; the tables are not on show, so they cannot go with it.
    return withTables ? `${keys} Its tables are in the Word document.` : keys;
  }
  return withTables ? COPIED_WITH_TABLES : COPIED;
}

export type CopyButtonProps = {
  /** Read at click time, so edits made a moment ago are copied. */
  getContent: () => CopyContent;
  /** The visible narrative, selected for Ctrl+C when every way of copying is blocked. */
  getVisibleText: () => HTMLElement | null;
  /** True when the copy carries the paper's tables after the text. */
  withTables?: boolean;
};

/** The Copy button and its status line. */
export function CopyButton(props: CopyButtonProps): JSX.Element {
  const styles = useStyles();
  const [message, setMessage] = useState('');
  const copy = async (): Promise<void> => {
    setMessage('');
    const outcome = await copyRichText(props.getContent());
    if (outcome === 'press-keys') {
      const element = props.getVisibleText();
      if (element) selectForCopy(element);
    }
    setMessage(outcomeMessage(outcome, props.withTables === true));
  };
  return (
    <div className={styles.root}>
      <Button className={styles.button} onClick={() => void copy()}>
        Copy narrative
      </Button>
      <Text role="status">{message}</Text>
    </div>
  );
}
