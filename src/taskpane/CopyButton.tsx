/** Copy the narrative for Word, saying how it went (or asking for Ctrl+C where copying is blocked). */
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type JSX } from 'react';
import { copyRichText, selectForCopy, type CopyContent, type CopyOutcome } from './copyRichText';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  button: { alignSelf: 'flex-start' },
});

const OUTCOME_MESSAGES: Record<CopyOutcome, string> = {
  copied: 'Copied. Paste into Word to keep the headings, paragraphs and bullets.',
  'copied-by-command': 'Copied. Paste into Word to keep the headings, paragraphs and bullets.',
  'press-keys':
    'Copying was blocked here. The narrative is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.',
};

export type CopyButtonProps = {
  /** Read at click time, so edits made a moment ago are copied. */
  getContent: () => CopyContent;
  /** The visible narrative, selected for Ctrl+C when every way of copying is blocked. */
  getVisibleText: () => HTMLElement | null;
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
    setMessage(OUTCOME_MESSAGES[outcome]);
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
