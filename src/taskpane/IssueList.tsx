/**
 * What the checks found, errors first, grouped by kind: the issues of one code and field on one
 * sheet are one item ("4,077 rows: response date 'TBC' — select them") that selects all their
 * rows, with the rows themselves a page at a time on request. A tracker with thousands of
 * warnings is then a short list, and each row is still one click from being fixed in place.
 */
import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { memo, useMemo, useState, type JSX } from 'react';
import type { RowTarget } from '../core/port';
import type { Issue, Severity } from '../core/types';
import type { HeaderMapping } from '../core/runBuild';
import { Section } from './Section';
import { SeverityIcon } from './SeverityIcon';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  groupHeading: {
    margin: 0,
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
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
  rows: { paddingInlineStart: tokens.spacingHorizontalL },
  item: {
    height: 'auto',
    minHeight: tokens.lineHeightBase300,
    width: '100%',
    minWidth: 0,
    justifyContent: 'flex-start',
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
    paddingBlock: tokens.spacingVerticalXS,
    overflowWrap: 'anywhere',
  },
  marked: { borderLeftWidth: tokens.strokeWidthThicker, borderLeftStyle: 'solid' },
  error: { borderLeftColor: tokens.colorStatusDangerBorder2 },
  warning: { borderLeftColor: tokens.colorStatusWarningBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  note: { color: tokens.colorNeutralForeground2 },
  more: { alignSelf: 'flex-start' },
});

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const GROUP_NAMES: Record<Severity, [one: string, many: string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['note', 'notes'],
};

/** How many kinds of issue, and how many rows of one kind, show before "Show more" adds a page. */
export const ISSUES_SHOWN = 20;

const formatCount = (n: number): string => n.toLocaleString('en-GB');

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

/** The cells of issues' field when the tracker has that column, else the whole rows. */
export function issueTarget(issue: Issue, mapping: HeaderMapping, rows = [issue.row]): RowTarget {
  const column = issue.field === null ? undefined : mapping.columns[issue.field];
  const at = column === undefined ? null : mapping.firstColumn + column;
  return {
    sheet: mapping.sheet,
    rows,
    firstColumn: at ?? mapping.firstColumn,
    lastColumn: at ?? mapping.lastColumn,
  };
}

/** Issues of one kind (severity, code and field) on one sheet, in sheet order. */
export type IssueGroup = { key: string; severity: Severity; sheet: string; issues: Issue[] };

/** Group sorted issues by kind and sheet, keeping the order their first rows come in. */
export function groupIssues(issues: readonly Issue[]): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const issue of sortIssues(issues)) {
    const key = [issue.severity, issue.sheet, issue.code, issue.field ?? ''].join('\u0000');
    const group = groups.get(key);
    if (group) group.issues.push(issue);
    else groups.set(key, { key, severity: issue.severity, sheet: issue.sheet, issues: [issue] });
  }
  return [...groups.values()];
}

/** A message without its leading "Row 48" or "Row 48:". */
const withoutRow = (issue: Issue): string =>
  issue.message.replace(new RegExp(`^Row ${issue.row}\\b:?\\s*`), '');

/**
 * What a group's issues have in common, in words: the message itself when every row says the
 * same ("response date 'TBC' is not a date"); the message with its quoted values set aside when
 * only those differ; else the words they all start with.
 */
export function groupPattern(issues: readonly Issue[]): string {
  const texts = issues.map(withoutRow);
  if (texts.every((text) => text === texts[0])) return texts[0];
  const template = (text: string): string => text.replace(/'[^']*'/g, "'…'");
  if (texts.every((text) => template(text) === template(texts[0]))) {
    const example = /'[^']*'/.exec(texts[0])?.[0];
    const words = template(texts[0])
      .replace(/\s*'…'/g, '')
      .replace(/\.$/, '');
    return `${words}${example ? ` (such as ${example})` : ''}`;
  }
  const words = texts.map((text) => text.split(/\s+/));
  const common: string[] = [];
  for (let i = 0; words.every((w) => i < w.length && w[i] === words[0][i]); i += 1) {
    common.push(words[0][i]);
  }
  return common.length >= 2 ? `${common.join(' ')} …` : issues[0].code.replace(/-/g, ' ');
}

/** "4,077 rows: response date 'TBC' is not a date — select them"; one issue as it reads. */
export function groupText(group: IssueGroup, sheets: number): string {
  const where = sheets > 1 ? ` on '${group.sheet}'` : '';
  if (group.issues.length === 1) return `${issueText(group.issues[0])}${where}`;
  const rows = new Set(group.issues.map((issue) => issue.row)).size;
  return `${formatCount(rows)} rows${where}: ${groupPattern(group.issues).replace(/\.$/, '')} — select them`;
}

export type IssueListProps = {
  issues: readonly Issue[];
  /** Every tracker sheet's header: an issue is selected on its own sheet. */
  mappings: readonly HeaderMapping[];
  onSelect: (target: RowTarget) => void;
};

/** List the issues found; choosing one selects it in the sheet. Memoised: see the narrative. */
export const IssueList = memo(function IssueList(props: IssueListProps): JSX.Element {
  const styles = useStyles();
  const groups = useMemo(() => groupIssues(props.issues), [props.issues]);
  const sheets = new Set(props.issues.map((issue) => issue.sheet)).size;
  return (
    <Section title="Issues found in the tracker">
      {groups.length === 0 ? (
        <Text>No issues found: every row was read cleanly.</Text>
      ) : (
        <Text className={styles.note}>
          Rows with errors are left out of every figure; rows with warnings are counted but worth
          checking. Choose an issue to select its rows in the sheet.
        </Text>
      )}
      {SEVERITIES.map((severity) => {
        const ofSeverity = groups.filter((group) => group.severity === severity);
        return ofSeverity.length === 0 ? null : (
          <SeverityGroup
            key={severity}
            severity={severity}
            groups={ofSeverity}
            sheets={sheets}
            mappings={props.mappings}
            onSelect={props.onSelect}
          />
        );
      })}
    </Section>
  );
});

type SeverityGroupProps = Omit<IssueListProps, 'issues'> & {
  severity: Severity;
  groups: IssueGroup[];
  sheets: number;
};

function SeverityGroup(props: SeverityGroupProps): JSX.Element {
  const styles = useStyles();
  const [shown, setShown] = useState(ISSUES_SHOWN);
  const { groups, severity } = props;
  const [one, many] = GROUP_NAMES[severity];
  const count = groups.reduce((sum, group) => sum + group.issues.length, 0);
  const title = `${formatCount(count)} ${count === 1 ? one : many}`;
  const rest = groups.length - shown;
  return (
    <div className={styles.group}>
      <h3 className={styles.groupHeading}>
        <SeverityIcon severity={severity} />
        {title.charAt(0).toUpperCase() + title.slice(1)}
      </h3>
      <ul className={styles.list}>
        {groups.slice(0, shown).map((group) => (
          <GroupItem key={group.key} group={group} {...props} />
        ))}
      </ul>
      {rest > 0 ? (
        <Button
          appearance="transparent"
          className={styles.more}
          onClick={() => setShown(shown + ISSUES_SHOWN)}
        >
          {`Show more ${many} (${formatCount(rest)} more ${rest === 1 ? 'kind' : 'kinds'})`}
        </Button>
      ) : null}
    </div>
  );
}

function GroupItem(props: SeverityGroupProps & { group: IssueGroup }): JSX.Element {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState(ISSUES_SHOWN);
  const { group, severity } = props;
  const mapping = props.mappings.find((m) => m.sheet === group.sheet) ?? props.mappings[0];
  const first = group.issues[0];
  const rows = [...new Set(group.issues.map((issue) => issue.row))];
  const itemClass = mergeClasses(styles.item, styles.marked, styles[severity]);
  const rest = group.issues.length - shown;
  return (
    <li>
      <Button
        appearance="subtle"
        className={itemClass}
        icon={<SeverityIcon severity={severity} />}
        onClick={() => props.onSelect(issueTarget(first, mapping, rows))}
      >
        {groupText(group, props.sheets)}
      </Button>
      {group.issues.length > 1 ? (
        <Button
          appearance="transparent"
          size="small"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Hide the rows' : `List the ${formatCount(group.issues.length)} rows`}
        </Button>
      ) : null}
      {open ? (
        <ul className={mergeClasses(styles.list, styles.rows)}>
          {group.issues.slice(0, shown).map((issue, index) => (
            <li key={`${issue.row}-${index}`}>
              <Button
                appearance="subtle"
                className={itemClass}
                onClick={() => props.onSelect(issueTarget(issue, mapping))}
              >
                {issueText(issue)}
              </Button>
            </li>
          ))}
          {rest > 0 ? (
            <li>
              <Button appearance="transparent" onClick={() => setShown(shown + ISSUES_SHOWN)}>
                {`Show more rows (${formatCount(rest)} more)`}
              </Button>
            </li>
          ) : null}
        </ul>
      ) : null}
    </li>
  );
}
