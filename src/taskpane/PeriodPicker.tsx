/**
 * The reporting period: the presets a board asks for, or two dates, and the "as of" date that
 * decides what is overdue. The resolved period is always shown in words, so nobody has to work
 * out what "last quarter" meant on the day.
 */
import { Field, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import { toIsoDate } from '../core/dates';
import type { PeriodPreset } from '../core/period';
import type { PeriodChoice } from '../core/settings';
import type { IsoDate } from '../core/types';
import { DayFirstDateField } from './DayFirstDateField';
import { describeResolvedPeriod, resolvePeriod } from '../core/resolvePeriod';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  // From and To one above the other: side by side they overlap in a 320-pixel pane.
  dates: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  resolved: { color: tokens.colorNeutralForeground2 },
});

type PeriodOption = PeriodPreset | 'custom';

const OPTION_LABELS: Record<PeriodOption, string> = {
  'last-6-months': 'Last six whole months',
  'last-quarter': 'Last quarter',
  'financial-year': 'Last financial year (April to March)',
  custom: 'Custom dates',
};

export type PeriodPickerProps = {
  choice: PeriodChoice;
  asOf: IsoDate;
  disabled?: boolean;
  onChange: (choice: PeriodChoice, asOf: IsoDate) => void;
};

/** Choose the period and the as-of date; shows the dates the choice stands for. */
export function PeriodPicker(props: PeriodPickerProps): JSX.Element {
  const styles = useStyles();
  const { choice, asOf, disabled } = props;
  const resolved = resolvePeriod(choice, asOf);
  const option: PeriodOption = choice.kind === 'preset' ? choice.preset : 'custom';
  const errorFor = (field: 'from' | 'to' | 'asOf'): string | undefined =>
    !resolved.ok && resolved.field === field ? resolved.message : undefined;

  const choose = (next: PeriodOption): void => {
    if (next !== 'custom') {
      props.onChange({ kind: 'preset', preset: next }, asOf);
      return;
    }
    // Start the custom dates from what the user was looking at, so they only adjust them.
    const from = resolved.ok ? toIsoDate(resolved.from) : '';
    const to = resolved.ok ? toIsoDate(resolved.to) : '';
    props.onChange({ kind: 'custom', from, to }, asOf);
  };

  return (
    <div className={styles.root}>
      <Field label="Period">
        <RadioGroup
          value={option}
          disabled={disabled}
          onChange={(_, data) => choose(data.value as PeriodOption)}
        >
          {(Object.keys(OPTION_LABELS) as PeriodOption[]).map((key) => (
            <Radio key={key} value={key} label={OPTION_LABELS[key]} />
          ))}
        </RadioGroup>
      </Field>
      {choice.kind === 'custom' ? (
        <div className={styles.dates}>
          <DayFirstDateField
            label="From"
            value={choice.from}
            disabled={disabled}
            validationMessage={errorFor('from')}
            onChange={(from) => props.onChange({ ...choice, from }, asOf)}
          />
          <DayFirstDateField
            label="To"
            value={choice.to}
            disabled={disabled}
            validationMessage={errorFor('to')}
            onChange={(to) => props.onChange({ ...choice, to }, asOf)}
          />
        </div>
      ) : null}
      <DayFirstDateField
        label="As of"
        hint="Complaints still open after their due date on this day count as overdue"
        value={asOf}
        disabled={disabled}
        validationMessage={errorFor('asOf')}
        onChange={(next) => props.onChange(choice, next)}
      />
      <Text className={styles.resolved} aria-live="polite">
        {resolved.ok
          ? `Complaints received ${describeResolvedPeriod(resolved.from, resolved.to)}.`
          : 'Choose the dates to see the period.'}
      </Text>
    </div>
  );
}
