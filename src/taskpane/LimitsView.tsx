/**
 * The working-day limits per stage (docs/design.md rule 11): statutory by default, changeable because
 * corporate policies differ, remembered with the workbook when the report is next built. A box
 * holding something that cannot be a limit says so and leaves the limit as it was.
 */
import {
  Button,
  Field,
  SpinButton,
  Text,
  type SpinButtonOnChangeData,
} from '@fluentui/react-components';
import { CollapsibleSection } from './CollapsibleSection';
import { useSettingsFormStyles } from './settingsFormStyles';
import { useId, useState, type JSX } from 'react';
import { DEFAULT_LIMITS } from '../core/settings';
import type { Limits } from '../core/types';
import {
  LIMIT_KEYS,
  LIMIT_LABELS,
  MAX_LIMIT,
  MIN_LIMIT,
  isStatutory,
  parseLimit,
  type LimitKey,
} from './limits';

export const LIMITS_HINT =
  "The statutory children's social care timescales are 10 (20), 25 (65) and 50 working days; change them only if your council's policy differs.";

export type LimitsViewProps = {
  /** The limits in use: the pane's own, else the statutory ones. */
  limits: Limits;
  disabled?: boolean;
  /** Called with every limit valid; a box holding a bad entry never reaches here. */
  onChange: (limits: Limits) => void;
};

/** What is typed but not (yet) a limit, per box, so it stays on show beside its message. */
type Drafts = Partial<Record<LimitKey, string>>;

/** Show and change the working days allowed at each stage. */
export function LimitsView(props: LimitsViewProps): JSX.Element {
  const styles = useSettingsFormStyles();
  const hintId = useId();
  const { limits, disabled } = props;
  // A council's own limits are opened on show, so nobody reports on them without noticing.
  const [open, setOpen] = useState(() => !isStatutory(limits));
  const [drafts, setDrafts] = useState<Drafts>({});

  const change = (key: LimitKey, data: SpinButtonOnChangeData): void => {
    // Typing commits text (on Enter or leaving the box); the arrows commit a number.
    const text = data.displayValue ?? (typeof data.value === 'number' ? String(data.value) : '');
    const parsed = parseLimit(text);
    setDrafts((current) => {
      const next = { ...current };
      if (parsed.ok) delete next[key];
      else next[key] = text;
      return next;
    });
    if (parsed.ok && parsed.value !== limits[key])
      props.onChange({ ...limits, [key]: parsed.value });
  };

  const restore = (): void => {
    setDrafts({});
    props.onChange({ ...DEFAULT_LIMITS });
  };

  return (
    <CollapsibleSection title="Timescales" open={open} onOpenChange={setOpen}>
      <Text id={hintId} className={styles.note}>
        {LIMITS_HINT}
      </Text>
      <div
        role="group"
        aria-label="Working days allowed for a response"
        aria-describedby={hintId}
        className={styles.fields}
      >
        {LIMIT_KEYS.map((key) => {
          const draft = drafts[key];
          const parsed = draft === undefined ? null : parseLimit(draft);
          return (
            <Field
              key={key}
              label={LIMIT_LABELS[key]}
              validationMessage={parsed !== null && !parsed.ok ? parsed.message : undefined}
            >
              <SpinButton
                min={MIN_LIMIT}
                max={MAX_LIMIT}
                // A bad entry has no value: null keeps its text on show, and lets retyping
                // the old limit count as a change.
                value={draft === undefined ? limits[key] : null}
                displayValue={draft}
                disabled={disabled}
                onChange={(_, data) => change(key, data)}
              />
            </Field>
          );
        })}
      </div>
      <div className={styles.footer}>
        <Text className={styles.note} aria-live="polite">
          {isStatutory(limits)
            ? 'These are the statutory timescales.'
            : "Your council's own timescales are in use."}{' '}
          Changes apply when you next build the report, and are remembered with the workbook.
        </Text>
        <Button disabled={disabled} onClick={restore}>
          Restore statutory timescales
        </Button>
      </div>
    </CollapsibleSection>
  );
}
