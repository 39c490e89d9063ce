/**
 * A date typed the way a UK officer writes it: "15/11/2022", "15 Nov 2022", "2022-11-15". The
 * browser's own date input shows month-first dates on a machine set to US English (and WebView2
 * follows the machine, not the page), so this field reads day first whatever the machine says,
 * with the engine's own date parser, and shows what it understood in words.
 */
import { Field, Input } from '@fluentui/react-components';
import { useEffect, useRef, useState, type JSX } from 'react';
import { daysInMonth, formatLongDate, MONTH_NAMES, parseIsoDate, toIsoDate } from '../core/dates';
import { parseDate } from '../core/parse/parseDate';
import type { IsoDate } from '../core/types';

/** The message for text that is not a date, with an example in the expected order. */
export const DAY_FIRST_MESSAGE = 'Enter a date as day/month/year, for example 15/11/2022.';

/**
 * Why a text that looks like a date is not one, as specifically as it can be said: "February
 * 2022 has 28 days." for 31/02/2022, "There is no month 13 …" for a month-first 09/13/2021.
 * Anything else gets the general message with an example.
 */
export function explainNotADate(text: string): string {
  const dayFirst = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\s*$/.exec(text);
  const iso = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(text);
  const parts = dayFirst
    ? { day: Number(dayFirst[1]), month: Number(dayFirst[2]), year: Number(dayFirst[3]) }
    : iso
      ? { day: Number(iso[3]), month: Number(iso[2]), year: Number(iso[1]) }
      : null;
  if (parts === null) return DAY_FIRST_MESSAGE;
  const year = parts.year < 100 ? 2000 + parts.year : parts.year;
  const { day, month } = parts;
  if (month < 1 || month > 12) {
    const swapped =
      dayFirst && day >= 1 && day <= 12 && month <= 31
        ? ` Dates are day first: did you mean ${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}/${year}?`
        : ' Enter day/month/year, for example 15/11/2022.';
    return `There is no month ${month}.${swapped}`;
  }
  if (year < 1990 || year > 2100) return 'Enter a year between 1990 and 2100.';
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `${MONTH_NAMES[month - 1]} ${year} has ${days} days.`;
  return DAY_FIRST_MESSAGE;
}

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
  const ownMessage =
    iso === null && touched && text.trim() !== '' ? explainNotADate(text) : undefined;
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
