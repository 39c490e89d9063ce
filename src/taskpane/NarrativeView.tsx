/**
 * The drafted board-paper narrative. Each sentence is focusable and, pressed, selects the rows of
 * the complaints it speaks of. "Edit text" swaps in a textarea of the plain text; what is typed
 * there is what Copy copies, followed by the board paper's tables as built.
 */
import {
  Button,
  Field,
  Textarea,
  ToggleButton,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { memo, useId, useRef, type JSX, type KeyboardEvent } from 'react';
import { renderHtml, renderText, type Narrative, type Sentence } from '../core/narrative';
import type { RowTarget } from '../core/port';
import { CopyButton } from './CopyButton';
import type { PaperInput } from '../core/paper';
import type { CopyContent } from './copyRichText';
import type { HeaderMapping } from '../core/runBuild';
import { targetOf } from '../core/headerMapping';
import { boardTablesOf, tablesToHtml, tablesToText } from './paperTables';
import { Section } from './Section';
import { textToHtml } from './textToHtml';

const useStyles = makeStyles({
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
  },
  text: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  heading: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    marginBlock: `${tokens.spacingVerticalM} ${tokens.spacingVerticalXS}`,
  },
  paragraph: { marginBlock: tokens.spacingVerticalXS },
  sentence: {
    cursor: 'pointer',
    borderRadius: tokens.borderRadiusSmall,
    // The visible sign that a sentence selects rows: a dotted underline, as for a link's cousin.
    textDecorationLine: 'underline',
    textDecorationStyle: 'dotted',
    textDecorationColor: tokens.colorNeutralForeground3,
    textUnderlineOffset: '0.2em',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThin,
    },
  },
  editor: { minHeight: '20em' },
  note: { color: tokens.colorNeutralForeground2 },
  hidden: { display: 'none' },
});

export type NarrativeViewProps = {
  narrative: Narrative;
  mapping: HeaderMapping;
  /** The user's edited plain text; null while the drafted narrative is unchanged. */
  editedText: string | null;
  editing: boolean;
  onEditingChange: (editing: boolean) => void;
  onEditedTextChange: (text: string | null) => void;
  onSelect: (target: RowTarget) => void;
  /** The build's report and layout; with them, Copy carries the paper's tables too. */
  paper?: Pick<PaperInput, 'report' | 'layout'>;
};

/** What a sentence's button does, in words; rows only when the sentence names no complaint. */
export function describeSentenceAction(sentence: Sentence): string {
  const complaints = sentence.references.length;
  if (complaints === 1) return 'Select the complaint this sentence speaks of';
  if (complaints > 1) return `Select the ${complaints} complaints this sentence speaks of`;
  const rows = sentence.rows.length;
  return rows === 1
    ? 'Select the row this sentence speaks of'
    : `Select the ${rows} rows this sentence speaks of`;
}

/**
 * What Copy copies: the drafted narrative, or the user's edits; then, given the build's report
 * and layout, the board paper's tables as built (an edit changes the words, not the figures).
 */
export function narrativeContent(
  narrative: Narrative,
  editedText: string | null,
  paper?: Pick<PaperInput, 'report' | 'layout'>,
): CopyContent {
  const words =
    editedText === null
      ? { html: renderHtml(narrative), text: renderText(narrative) }
      : { html: textToHtml(editedText), text: editedText };
  if (!paper) return words;
  const tables = boardTablesOf({ ...paper, narrative });
  if (tables.length === 0) return words;
  return {
    html: words.html + tablesToHtml(tables),
    text: `${words.text.replace(/\n*$/, '\n')}\n${tablesToText(tables)}`,
  };
}

/** The hint above the read view: what the underlined sentences do, and how to move among them. */
export const SENTENCE_HINT =
  'Select the rows behind a sentence: choose an underlined sentence to select its rows in the sheet. Use the arrow keys to move between sentences.';

/**
 * Arrow keys move between the selectable sentences, which are one tab stop together (a roving
 * tabindex): a long narrative is then one Tab, not hundreds.
 */
function moveBetweenSentences(event: KeyboardEvent<HTMLDivElement>): void {
  const keys = ['ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowLeft', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const target = event.target as HTMLElement;
  if (!target.hasAttribute('data-sentence')) return;
  const all = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-sentence]')];
  const at = all.indexOf(target);
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? all.length - 1
        : event.key === 'ArrowDown' || event.key === 'ArrowRight'
          ? Math.min(at + 1, all.length - 1)
          : Math.max(at - 1, 0);
  event.preventDefault();
  for (const element of all) element.tabIndex = -1;
  all[next].tabIndex = 0;
  all[next].focus();
}

/** Show the narrative, let the user select its complaints, edit it and copy it. */
export const NarrativeView = memo(function NarrativeView(props: NarrativeViewProps): JSX.Element {
  const styles = useStyles();
  const readRef = useRef<HTMLDivElement>(null);
  const editRef = useRef<HTMLTextAreaElement>(null);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const { narrative, editedText, editing, paper } = props;
  const drafted = renderText(narrative);
  let first = true;
  const isFirst = (): boolean => {
    const was = first;
    first = false;
    return was;
  };
  const discard = (): void => {
    props.onEditedTextChange(null);
    // "Discard my edits" goes with the edits: focus goes to the text (or Edit text) instead.
    (editing ? editRef.current : editButtonRef.current)?.focus();
  };
  return (
    <Section title="Narrative">
      <div className={styles.toolbar}>
        <ToggleButton
          ref={editButtonRef}
          checked={editing}
          onClick={() => props.onEditingChange(!editing)}
        >
          Edit text
        </ToggleButton>
        <CopyButton
          getContent={() => narrativeContent(narrative, editedText, paper)}
          getVisibleText={() => (editing ? editRef.current : readRef.current)}
          withTables={paper !== undefined}
        />
      </div>
      {editedText !== null ? (
        <div>
          <span className={styles.note}>Copy uses your edited text. </span>
          <Button appearance="transparent" onClick={discard}>
            Discard my edits
          </Button>
        </div>
      ) : null}
      {editing ? (
        <Field
          label="Narrative text"
          hint="Blank lines separate sections; lines starting '- ' are bullets."
        >
          <Textarea
            ref={editRef}
            className={styles.editor}
            resize="vertical"
            value={editedText ?? drafted}
            onChange={(_, data) =>
              props.onEditedTextChange(data.value === drafted ? null : data.value)
            }
          />
        </Field>
      ) : (
        <>
          <span className={styles.note}>{SENTENCE_HINT}</span>
          <div ref={readRef} className={styles.text} onKeyDown={moveBetweenSentences}>
            <h3 className={styles.title}>{narrative.title}</h3>
            {narrative.sections.map((section) => (
              <NarrativeSectionView
                key={section.id}
                section={section}
                isFirst={isFirst}
                {...props}
              />
            ))}
          </div>
        </>
      )}
    </Section>
  );
});

type SentenceProps = NarrativeViewProps & { isFirst: () => boolean };

function NarrativeSectionView(
  props: SentenceProps & { section: Narrative['sections'][number] },
): JSX.Element {
  const styles = useStyles();
  const { section } = props;
  const sentences = section.sentences.map((sentence, index) => (
    <SentenceView
      key={index}
      sentence={sentence}
      first={sentence.rows.length > 0 && props.isFirst()}
      {...props}
    />
  ));
  return (
    <>
      <h4 className={styles.heading}>{section.heading}</h4>
      {section.kind === 'bullets' ? (
        <ul className={styles.paragraph}>
          {sentences.map((node, index) => (
            <li key={index}>{node}</li>
          ))}
        </ul>
      ) : (
        <p className={styles.paragraph}>
          {sentences.flatMap((node, index) => (index === 0 ? [node] : [' ', node]))}
        </p>
      )}
    </>
  );
}

function SentenceView(props: SentenceProps & { sentence: Sentence; first: boolean }): JSX.Element {
  const styles = useStyles();
  const descriptionId = useId();
  const { sentence } = props;
  if (sentence.rows.length === 0) return <span>{sentence.text}</span>;
  // The pane reads one sheet at a time: a sentence selects its rows on the mapped sheet.
  const rows = sentence.rows
    .filter((ref) => ref.sheet === props.mapping.sheet)
    .map((ref) => ref.row);
  const select = (): void => props.onSelect(targetOf(props.mapping, rows));
  const onKeyDown = (event: KeyboardEvent<HTMLSpanElement>): void => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select();
    }
  };
  return (
    <span
      role="button"
      data-sentence=""
      tabIndex={props.first ? 0 : -1}
      className={styles.sentence}
      aria-describedby={descriptionId}
      onClick={select}
      onKeyDown={onKeyDown}
    >
      {sentence.text}
      <span id={descriptionId} className={styles.hidden}>
        {describeSentenceAction(sentence)}
      </span>
    </span>
  );
}
