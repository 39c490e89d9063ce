/**
 * Rendering the pane in jsdom: Fluent's provider around it, a ResizeObserver stub (MessageBar
 * needs one), and the expected report for the fake tracker, built by the core directly.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { buildReport } from '../../../src/core/buildReport';
import { parseIsoDate } from '../../../src/core/dates';
import type { MappingOverrides } from '../../../src/core/mapping';
import { buildNarrative, type Narrative } from '../../../src/core/narrative';
import type { AssessedComplaint, RawSheet, Report } from '../../../src/core/types';
import { makeTrackerSheet } from './fakeHost';

/** The fake tracker's "today": the default period is then 1 September 2021 – 28 February 2022. */
export const TODAY = '2022-03-15';

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

/** Install what jsdom lacks for Fluent; call in `beforeAll`. */
export function installDomStubs(): void {
  Object.assign(globalThis, { ResizeObserver: ResizeObserverStub });
}

/** Render inside Fluent's provider, as the entry does. */
export function renderWithFluent(ui: ReactElement): RenderResult {
  return render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}

export type Expected = { report: Report; complaints: AssessedComplaint[]; narrative: Narrative };

/** What the core makes of a sheet for a period: the figures the pane must show. */
export function expectedReport(
  from: string,
  to: string,
  asOf: string,
  options: { sheet?: RawSheet; overrides?: MappingOverrides; file?: string } = {},
): Expected {
  const day = (iso: string): number => {
    const parsed = parseIsoDate(iso);
    if (parsed === null) throw new Error(`Bad test date ${iso}`);
    return parsed;
  };
  const built = buildReport(options.sheet ?? makeTrackerSheet(), {
    file: options.file ?? 'Complaints tracker.xlsx',
    from: day(from),
    to: day(to),
    asOf: day(asOf),
    overrides: options.overrides,
  });
  if (!built.ok) throw new Error(built.message);
  return {
    report: built.report,
    complaints: built.complaints,
    narrative: buildNarrative(built.report, built.complaints),
  };
}
