/**
 * A date typed the way a UK officer writes it: "15/11/2022", "15 Nov 2022", "2022-11-15". The
 * browser's own date input shows month-first dates on a machine set to US English (and WebView2
 * follows the machine, not the page), so this field reads day first whatever the machine says,
 * with the engine's own date parser, and shows what it understood in words.
 */
import { Field, Input } from '@fluentui/react-components';
import { useEffect, useRef, useState, type JSX } from 'react';
import { formatLongDate, parseIsoDate, toIsoDate } from '../core/dates';
import { parseDate } from '../core/parse/parseDate';
import type { IsoDate } from '../core/types';

/** The message for text that is not a date, with an example in the expected order. */
export const DAY_FIRST_MESSAGE = 'Enter a date as day/month/year, for example 15/11/2022.';

/** An ISO date as the field shows it: "15/11/2022"; anything else as it is. */
export function formatDayFirst(iso: IsoDate): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match === null ? iso : `${match[3]}/${match[2]}/${match[1]}`;
}

/** The ISO date a typed text stands for, day first; null for blank or not a date. */
export function readDayFirst(text: string): IsoDate | null {
  if (text.trim() === '') return null;
  const parsed = parseDate(text, false);
  return parsed.ok && parsed.value !== null ? toIsoDate(parsed.value) : null;
}

export type DayFirstDateFieldProps = {
  label: string;
  /** A sentence under the field, without its full stop. */
  hint?: string;
  value: IsoDate;
  disabled?: boolean;
  /** A message from the caller (e.g. "To is before From"), shown when the text itself is fine. */
  validationMessage?: string;
  onChange: (iso: IsoDate) => void;
};

/** A labelled date field that reads day first and reports ISO dates. */
export function DayFirstDateField(props: DayFirstDateFieldProps): JSX.Element {
  const { value, onChange } = props;
  const [text, setText] = useState(formatDayFirst(value));
  const [touched, setTouched] = useState(false);
  const emitted = useRef(value);

  // Follow changes made elsewhere (a preset chosen, settings loaded), but not the echo of our own.
  useEffect(() => {
    if (value !== emitted.current) {
      emitted.current = value;
      setText(formatDayFirst(value));
    }
  }, [value]);

  const iso = readDayFirst(text);
  // Say nothing while the user is still typing; once they leave the field, say what is wrong.
  const ownMessage = iso === null && touched ? DAY_FIRST_MESSAGE : undefined;
  const callerMessage = iso !== null || text.trim() === '' ? props.validationMessage : undefined;
  const day = iso === null ? null : parseIsoDate(iso);
  const understood = day === null ? undefined : formatLongDate(day);
  // "15 November 2022. Complaints still open … count as overdue." — the date first, in words.
  const hint = [understood, props.hint].filter(Boolean).join('. ') + (props.hint ? '.' : '');

  return (
    <Field
      label={props.label}
      hint={hint === '' ? undefined : hint}
      validationMessage={ownMessage ?? callerMessage}
    >
      <Input
        value={text}
        placeholder="dd/mm/yyyy"
        disabled={props.disabled}
        onBlur={() => setTouched(true)}
        onChange={(_, data) => {
          setText(data.value);
          // Text that is not (yet) a date reports '' so the pane cannot build on a stale date.
          const next = readDayFirst(data.value) ?? '';
          if (next !== emitted.current) {
            emitted.current = next;
            onChange(next);
          }
        }}
      />
    </Field>
  );
}
