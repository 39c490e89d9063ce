/**
 * The committee paper as a Word document: which paper (the board paper, or the statutory annual
 * report for a financial year), whether to add the provenance appendix, and the download. The
 * annual report describes a whole financial year, so for any other period the pane says so and
 * offers the year rather than making a paper that misdescribes its figures.
 */
import {
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { JSX } from 'react';
import { formatReportDate } from '../core/labels';
import type { PaperInput, PaperTemplate } from '../core/paper';
import { resolvePeriod } from '../core/resolvePeriod';
import type { PeriodChoice } from '../core/settings';
import type { IsoDate, Report } from '../core/types';
import { DownloadWordButton } from './DownloadWordButton';
import {
  coversFinancialYear,
  financialYearBefore,
  type FinancialYear,
  type PaperChoices,
} from './paperChoices';
import { Section } from './Section';

const useStyles = makeStyles({
  note: { color: tokens.colorNeutralForeground2 },
});

export const TEMPLATE_LABELS: Record<PaperTemplate, string> = {
  board: 'Board paper: the narrative and its tables',
  annual: 'Statutory annual report for a financial year',
};

export const APPENDIX_LABEL =
  'Add an appendix of the references behind each sentence (for your own file, not for publication)';

export type WordDocumentPanelProps = {
  built: Pick<PaperInput, 'report' | 'narrative' | 'layout'>;
  /** True while the pane holds edited narrative text, which the document does not carry. */
  edited: boolean;
  paper: PaperChoices;
  /** The pane's period and as-of date now, which the next build will use. */
  period: PeriodChoice;
  asOf: IsoDate;
  disabled?: boolean;
  onChange: (change: Partial<PaperChoices>) => void;
  onUseFinancialYear: (year: FinancialYear) => void;
};

/** "1 September 2021 to 28 February 2022", "to date" when the period had not ended. */
function periodWords(period: Report['period']): string {
  const words = `${formatReportDate(period.from)} to ${formatReportDate(period.to)}`;
  return period.toDate ? `${words} (to date)` : words;
}

/** True when the pane's period is already this financial year, so building again is all it takes. */
function isChosen(year: FinancialYear, period: PeriodChoice, asOf: IsoDate): boolean {
  const resolved = resolvePeriod(period, asOf);
  const chosen = resolvePeriod(year.choice, asOf);
  return resolved.ok && chosen.ok && resolved.from === chosen.from && resolved.to === chosen.to;
}

function AnnualPeriodWarning(props: WordDocumentPanelProps): JSX.Element {
  const year = financialYearBefore(props.asOf);
  const chosen = year !== null && isChosen(year, props.period, props.asOf);
  const covers = `This report covers ${periodWords(props.built.report.period)}; the statutory annual report covers a financial year, 1 April to 31 March.`;
  const next =
    year === null
      ? ' Enter the as-of date, then choose the financial year as the period.'
      : chosen
        ? ` The period is now ${year.name} (${year.dates}): build the report again to make the annual report.`
        : ` Use ${year.name} (${year.dates}), then build the report again.`;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>The annual report needs a whole financial year</MessageBarTitle>
        {covers}
        {next}
      </MessageBarBody>
      {year !== null && !chosen ? (
        <MessageBarActions>
          <Button disabled={props.disabled} onClick={() => props.onUseFinancialYear(year)}>
            {`Use ${year.name}`}
          </Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}

/** Choose the paper and download it. */
export function WordDocumentPanel(props: WordDocumentPanelProps): JSX.Element {
  const styles = useStyles();
  const { built, paper } = props;
  const misfit = paper.template === 'annual' && !coversFinancialYear(built.report.period);
  return (
    <Section title="Word document">
      <Field label="Paper">
        <RadioGroup
          value={paper.template}
          disabled={props.disabled}
          onChange={(_, data) => props.onChange({ template: data.value as PaperTemplate })}
        >
          {(Object.keys(TEMPLATE_LABELS) as PaperTemplate[]).map((key) => (
            <Radio key={key} value={key} label={TEMPLATE_LABELS[key]} />
          ))}
        </RadioGroup>
      </Field>
      <Checkbox
        checked={paper.appendix}
        disabled={props.disabled}
        label={APPENDIX_LABEL}
        onChange={(_, data) => props.onChange({ appendix: data.checked === true })}
      />
      {misfit ? <AnnualPeriodWarning {...props} /> : null}
      <DownloadWordButton
        edited={props.edited}
        unavailable={
          misfit ? 'Build the report for a financial year to download the annual report.' : null
        }
        getInput={() => ({ ...built, template: paper.template, appendix: paper.appendix })}
      />
      <Text size={200} className={styles.note}>
        These choices apply to the next download, and are remembered with the workbook when you next
        build the report.
      </Text>
    </Section>
  );
}
