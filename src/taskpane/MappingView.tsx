/**
 * The column mapping: which header each field was read from, detected or chosen by the user, and
 * a select per field to change it. Changes become overrides, remembered with the workbook.
 */
import { Button, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CollapsibleSection } from './CollapsibleSection';
import { useEffect, useRef, useState, type JSX } from 'react';
import { columnLetters } from '../core/columnLetters';
import { FIELD_LABELS, FIELDS, REQUIRED_FIELDS } from '../core/fields';
import { mapColumns, type MappingOverrides } from '../core/mapping';
import { normaliseLabel } from '../core/parse/cellText';
import type { Field as TrackerField } from '../core/types';
import type { HeaderMapping } from '../core/runBuild';

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground2 },
});

const NOT_IN_TRACKER = '';
export type MappingViewProps = {
  /** The header of the last tracker read; null before the first build. */
  mapping: HeaderMapping | null;
  overrides: MappingOverrides;
  disabled?: boolean;
  /** Open the view, e.g. when a required column is missing. */
  attention?: boolean;
  /** The last build found no header row: there are no columns to choose from yet. */
  noHeader?: boolean;
  onChange: (overrides: MappingOverrides) => void;
};

/** "Date received": a field as a label. */
export function labelOfField(field: TrackerField): string {
  const label = FIELD_LABELS[field];
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** Show and change which column each field is read from. */
export function MappingView(props: MappingViewProps): JSX.Element {
  const styles = useStyles();
  const [open, setOpen] = useState(props.attention === true);
  useEffect(() => {
    if (props.attention) setOpen(true);
  }, [props.attention]);
  const headerRef = useRef<HTMLButtonElement>(null);
  const chosen = Object.keys(props.overrides).length;
  const resetToDetected = (): void => {
    props.onChange({});
    // The button goes once the choices are cleared: focus goes back to the section's heading
    // (the column selects are disabled while the rebuild runs).
    headerRef.current?.focus();
  };
  return (
    <CollapsibleSection
      title="Column mapping"
      open={open}
      onOpenChange={setOpen}
      headerRef={headerRef}
    >
      {props.mapping === null ? (
        <Text className={styles.note}>
          {props.noHeader
            ? 'No columns to choose from yet: no row near the top of the tracker names at least three of the columns the add-in knows (such as Ref, Date received and Outcome). Rename those header cells in the tracker, then build again.'
            : 'Build the report to see which columns were found in the tracker.'}
        </Text>
      ) : (
        <MappingFields {...props} mapping={props.mapping} />
      )}
      {chosen > 0 ? (
        <div>
          <Text className={styles.note} block>
            {chosen === 1
              ? 'You have chosen 1 column yourself.'
              : `You have chosen ${chosen} columns yourself.`}
          </Text>
          <Button disabled={props.disabled} onClick={resetToDetected}>
            Use the detected columns
          </Button>
        </div>
      ) : null}
    </CollapsibleSection>
  );
}

function MappingFields(props: MappingViewProps & { mapping: HeaderMapping }): JSX.Element {
  const styles = useStyles();
  const { mapping, overrides } = props;
  const detected = mapColumns(mapping.headers);
  const seen = new Set<string>();
  const choices = mapping.headers.flatMap((text, index) => {
    const key = normaliseLabel(text);
    if (key === '' || seen.has(key)) return [];
    seen.add(key);
    return [{ index, label: `${text} (column ${columnLetters(mapping.firstColumn + index)})` }];
  });
  const describe = (field: TrackerField): string => {
    const found = detected[field];
    const foundText = found === undefined ? null : `'${mapping.headers[found]}'`;
    if (!(field in overrides)) return foundText === null ? 'Not found' : `Found: ${foundText}`;
    return foundText === null ? 'Your choice' : `Your choice (found: ${foundText})`;
  };
  const change = (field: TrackerField, value: string): void => {
    const header = value === NOT_IN_TRACKER ? null : mapping.headers[Number(value)];
    props.onChange({ ...overrides, [field]: header });
  };
  return (
    <>
      <Text className={styles.note}>
        {`Header on row ${mapping.headerRow} of '${mapping.sheet}'.`}
      </Text>
      <div className={styles.fields}>
        {FIELDS.map((field) => {
          const column = mapping.columns[field];
          const required = REQUIRED_FIELDS.includes(field);
          return (
            <Field
              key={field}
              label={labelOfField(field)}
              required={required}
              hint={describe(field)}
              validationMessage={
                required && column === undefined ? 'Choose the column this is in.' : undefined
              }
            >
              <Select
                value={column === undefined ? NOT_IN_TRACKER : String(column)}
                disabled={props.disabled}
                onChange={(_, data) => change(field, data.value)}
              >
                <option value={NOT_IN_TRACKER}>Not in tracker</option>
                {choices.map((choice) => (
                  <option key={choice.index} value={String(choice.index)}>
                    {choice.label}
                  </option>
                ))}
              </Select>
            </Field>
          );
        })}
      </div>
    </>
  );
}
