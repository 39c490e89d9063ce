/**
 * The narrative's words: whether it names complaint references (off for papers that are
 * published, docs/design.md rule 27), and the council's own term for each thing it names again and
 * again, as a wording file sets them (`--wording`). Used at the next build, remembered with the
 * workbook.
 */
import { Button, Field, Input, Switch, Text } from '@fluentui/react-components';
import { useId, useRef, useState, type JSX } from 'react';
import { CollapsibleSection } from './CollapsibleSection';
import { useSettingsFormStyles } from './settingsFormStyles';
import {
  TERM_KEYS,
  TERM_LABELS,
  standardTerm,
  wordingOf,
  type TermDrafts,
  type TermKey,
} from './wordingTerms';

export const REFERENCES_LABEL = 'Name complaint references in the narrative';

export const REFERENCES_HINT =
  'Turn off for a paper that is published: the narrative then names no complaint, and gives overdue complaints as a count.';

export const TERMS_HINT =
  "Your council's own words for what the narrative names again and again. Leave a box empty for the standard wording.";

export type WordingPanelProps = {
  terms: TermDrafts;
  references: boolean;
  disabled?: boolean;
  onTermsChange: (terms: TermDrafts) => void;
  onReferencesChange: (references: boolean) => void;
};

/** Show and change the narrative's references and terms. */
export function WordingPanel(props: WordingPanelProps): JSX.Element {
  const styles = useSettingsFormStyles();
  const termsHintId = useId();
  const referencesHintId = useId();
  const { terms, references, disabled } = props;
  const { changes, problems } = wordingOf(terms);
  // Wording the council changed is opened on show, so nobody publishes it without noticing.
  const [open, setOpen] = useState(() => changes !== null || !references);
  const [restored, setRestored] = useState(false);
  const firstBox = useRef<HTMLInputElement>(null);

  const change = (key: TermKey, text: string): void => {
    setRestored(false);
    const next = { ...terms };
    if (text === '') delete next[key];
    else next[key] = text;
    props.onTermsChange(next);
  };

  const restore = (): void => {
    props.onTermsChange({});
    setRestored(true);
    // The button stays; focus goes to the first box, where the standard wording now shows.
    firstBox.current?.focus();
  };

  const status = restored
    ? 'The standard wording is restored.'
    : changes === null
      ? 'The standard wording is in use.'
      : "Your council's own wording is in use.";
  return (
    <CollapsibleSection title="Wording" open={open} onOpenChange={setOpen}>
      <div>
        <Switch
          checked={references}
          disabled={disabled}
          label={REFERENCES_LABEL}
          aria-describedby={referencesHintId}
          onChange={(_, data) => props.onReferencesChange(data.checked)}
        />
        <Text as="p" id={referencesHintId} size={200} className={styles.note}>
          {REFERENCES_HINT}
        </Text>
      </div>
      <Text id={termsHintId} className={styles.note}>
        {TERMS_HINT}
      </Text>
      <div
        role="group"
        aria-label="Your council's terms"
        aria-describedby={termsHintId}
        className={styles.fields}
      >
        {TERM_KEYS.map((key, index) => {
          const standard = standardTerm(key, terms);
          return (
            <Field
              key={key}
              label={TERM_LABELS[key]}
              hint={`Standard: ${standard}`}
              validationMessage={problems[key]}
            >
              <Input
                ref={index === 0 ? firstBox : undefined}
                value={terms[key] ?? ''}
                placeholder={standard}
                disabled={disabled}
                onChange={(_, data) => change(key, data.value)}
              />
            </Field>
          );
        })}
      </div>
      <div className={styles.footer}>
        <Text className={styles.note} aria-live="polite">
          {status} Changes apply when you next build the report, and are remembered with the
          workbook.
        </Text>
        <Button disabled={disabled} onClick={restore}>
          Restore the standard wording
        </Button>
      </div>
    </CollapsibleSection>
  );
}
