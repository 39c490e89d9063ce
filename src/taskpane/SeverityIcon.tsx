/**
 * A severity as a shape as well as a colour (WCAG 1.4.1): a cross in a circle for an error, an
 * exclamation mark in a triangle for a warning, an "i" in a circle for a note. Decorative: the
 * text beside it always names the severity too.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { Severity } from '../core/types';

const useStyles = makeStyles({
  icon: { flexShrink: 0, width: '1em', height: '1em', verticalAlign: '-0.125em' },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground1 },
  info: { color: tokens.colorNeutralForeground2 },
});

const PATHS: Record<Severity, string> = {
  error:
    'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm-2.5 4.1 2.5 2.5 2.5-2.5.9.9L8.9 8.5l2.5 2.5-.9.9L8 9.4l-2.5 2.5-.9-.9 2.5-2.5L4.6 6Z',
  warning: 'M8 1.5 15 14.5H1Zm-.7 4.5v4.5h1.4V6Zm.7 5.6a.9.9 0 1 0 0 1.8.9.9 0 0 0 0-1.8Z',
  info: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm-.7 6h1.4v5H7.3Zm.7-3a.9.9 0 1 1 0 1.8A.9.9 0 0 1 8 4Z',
};

/** The icon for a severity, hidden from screen readers. */
export function SeverityIcon(props: { severity: Severity }): JSX.Element {
  const styles = useStyles();
  return (
    <svg
      className={mergeClasses(styles.icon, styles[props.severity])}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <path fill="currentColor" fillRule="evenodd" d={PATHS[props.severity]} />
    </svg>
  );
}
