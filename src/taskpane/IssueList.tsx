/**
 * What the checks found, errors first: each issue a button that selects its row (or its cell,
 * when the field's column is known) in the sheet, so the user can fix the tracker in place.
 */
import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState, type JSX } from 'react';
import type { RowTarget } from '../core/port';
import type { Issue, Severity } from '../core/types';
import type { HeaderMapping } from '../core/runBuild';
import { Section } from './Section';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  groupHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  item: {
    height: 'auto',
    minHeight: tokens.lineHeightBase300,
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
    paddingBlock: tokens.spacingVerticalXS,
  },
  marked: { borderLeftWidth: tokens.strokeWidthThicker, borderLeftStyle: 'solid' },
  error: { borderLeftColor: tokens.colorStatusDangerBorder2 },
  warning: { borderLeftColor: tokens.colorStatusWarningBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  note: { color: tokens.colorNeutralForeground2 },
});

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const GROUP_NAMES: Record<Severity, [one: string, many: string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['note', 'notes'],
};

/** How many of a group show before "Show all": a long tracker can have thousands of warnings. */
export const ISSUES_SHOWN = 25;

/** Issues errors first, then warnings, then notes; sheet order within each. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  const rank = (issue: Issue): number => SEVERITIES.indexOf(issue.severity);
  return [...issues].sort((a, b) => rank(a) - rank(b) || a.row - b.row);
}

/** "Row 48: …": the engine's messages mostly start with their row already. */
export function issueText(issue: Issue): string {
  return new RegExp(`^Row ${issue.row}\\b`).test(issue.message)
    ? issue.message
    : `Row ${issue.row}: ${issue.message}`;
}

/** The cell of an issue's field when the tracker has that column, else the whole row. */
export function issueTarget(issue: Issue, mapping: HeaderMapping): RowTarget {
  const column = issue.field === null ? undefined : mapping.columns[issue.field];
  const at = column === undefined ? null : mapping.firstColumn + column;
  return {
    sheet: mapping.sheet,
    rows: [issue.row],
    firstColumn: at ?? mapping.firstColumn,
    lastColumn: at ?? mapping.lastColumn,
  };
}

export type IssueListProps = {
  issues: readonly Issue[];
  mapping: HeaderMapping;
  onSelect: (target: RowTarget) => void;
};

/** List the issues found; clicking one selects it in the sheet. */
export function IssueList(props: IssueListProps): JSX.Element {
  const styles = useStyles();
  const sorted = sortIssues(props.issues);
  return (
    <Section title="Issues found in the tracker">
      {sorted.length === 0 ? (
        <Text>No issues found: every row was read cleanly.</Text>
      ) : (
        <Text className={styles.note}>
          Rows with errors are left out of every figure; rows with warnings are counted but worth
          checking. Choose an issue to select it in the sheet.
        </Text>
      )}
      {SEVERITIES.map((severity) => {
        const group = sorted.filter((issue) => issue.severity === severity);
        return group.length === 0 ? null : (
          <IssueGroup
            key={severity}
            severity={severity}
            issues={group}
            mapping={props.mapping}
            onSelect={props.onSelect}
          />
        );
      })}
    </Section>
  );
}

function IssueGroup(props: IssueListProps & { severity: Severity }): JSX.Element {
  const styles = useStyles();
  const [showAll, setShowAll] = useState(false);
  const { issues, severity } = props;
  const [one, many] = GROUP_NAMES[severity];
  const shown = showAll ? issues : issues.slice(0, ISSUES_SHOWN);
  const title = `${issues.length} ${issues.length === 1 ? one : many}`;
  return (
    <div className={styles.group}>
      <h3 className={styles.groupHeading}>{title.charAt(0).toUpperCase() + title.slice(1)}</h3>
      <ul className={styles.list}>
        {shown.map((issue, index) => (
          <li key={`${issue.row}-${issue.code}-${issue.field ?? ''}-${index}`}>
            <Button
              appearance="subtle"
              className={mergeClasses(styles.item, styles.marked, styles[severity])}
              onClick={() => props.onSelect(issueTarget(issue, props.mapping))}
            >
              {issueText(issue)}
            </Button>
          </li>
        ))}
      </ul>
      {shown.length < issues.length ? (
        <Button appearance="transparent" onClick={() => setShowAll(true)}>
          {`Show all ${issues.length.toLocaleString('en-GB')} ${many}`}
        </Button>
      ) : null}
    </div>
  );
}
