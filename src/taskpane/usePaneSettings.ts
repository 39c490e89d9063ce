/**
 * The pane's choices — tracker, period, as-of, column overrides, limits, the narrative's wording
 * and the committee paper — starting from what the workbook remembers, else the defaults the
 * command line uses (last six whole months, as of today, the active sheet, the standard wording,
 * references named, the board paper without an appendix).
 */
import { useEffect, useState } from 'react';
import type { MappingOverrides } from '../core/mapping';
import type { TrackerHost, TrackerSource, TrackerSources } from '../core/port';
import type { PeriodChoice } from '../core/settings';
import type { IsoDate, Limits } from '../core/types';
import { failureFromError, type BuildFailure } from '../core/buildFailure';
import { readStoredLimits } from './limits';
import { DEFAULT_PAPER, readStoredPaper, type PaperChoices } from './paperChoices';
import { readStoredTerms, type TermDrafts } from './wordingTerms';
import { DEFAULT_PERIOD } from '../core/resolvePeriod';
import { chooseInitialSource } from './sourceChoice';

export type PaneSettings = {
  loaded: boolean;
  /** Why loading failed, if it did; the pane still works with the defaults. */
  loadFailure: BuildFailure | null;
  sources: TrackerSources;
  source: TrackerSource | null;
  period: PeriodChoice;
  asOf: IsoDate;
  overrides: MappingOverrides;
  /** Undefined until the user or the workbook chooses some: the build then uses the statutory ones. */
  limits: Limits | undefined;
  /** The wording boxes as typed (`wordingOf` reads them). */
  terms: TermDrafts;
  paper: PaperChoices;
  setSource: (source: TrackerSource) => void;
  setPeriod: (period: PeriodChoice, asOf: IsoDate) => void;
  setOverrides: (overrides: MappingOverrides) => void;
  setLimits: (limits: Limits) => void;
  setTerms: (terms: TermDrafts) => void;
  setPaper: (change: Partial<PaperChoices>) => void;
};

const NO_SOURCES: TrackerSources = { sheets: [], tables: [], active: null };

/** Load the remembered settings and the workbook's sheets once, then hold the user's choices. */
export function usePaneSettings(host: TrackerHost, today: IsoDate): PaneSettings {
  const [loaded, setLoaded] = useState(false);
  const [loadFailure, setLoadFailure] = useState<BuildFailure | null>(null);
  const [sources, setSources] = useState<TrackerSources>(NO_SOURCES);
  const [source, setSource] = useState<TrackerSource | null>(null);
  const [period, setPeriodChoice] = useState<PeriodChoice>(DEFAULT_PERIOD);
  const [asOf, setAsOf] = useState<IsoDate>(today);
  const [overrides, setOverrides] = useState<MappingOverrides>({});
  const [limits, setLimits] = useState<Limits | undefined>(undefined);
  const [terms, setTerms] = useState<TermDrafts>({});
  const [paper, setPaperChoices] = useState<PaperChoices>(DEFAULT_PAPER);

  useEffect(() => {
    let live = true;
    const load = async (): Promise<void> => {
      try {
        const [stored, found] = await Promise.all([host.loadSettings(), host.listSources()]);
        if (!live) return;
        setSources(found);
        setSource(chooseInitialSource(found, stored?.source));
        if (stored?.period) setPeriodChoice(stored.period);
        if (stored?.overrides) setOverrides(stored.overrides);
        setLimits(readStoredLimits(stored?.limits));
        setTerms(readStoredTerms(stored?.wording));
        setPaperChoices(readStoredPaper(stored));
      } catch (error) {
        if (live) setLoadFailure(failureFromError(error, 'loading'));
      } finally {
        if (live) setLoaded(true);
      }
    };
    void load();
    return () => {
      live = false;
    };
  }, [host]);

  return {
    loaded,
    loadFailure,
    sources,
    source,
    period,
    asOf,
    overrides,
    limits,
    setSource,
    setPeriod(next, nextAsOf) {
      setPeriodChoice(next);
      setAsOf(nextAsOf);
    },
    setOverrides,
    setLimits,
    terms,
    paper,
    setTerms,
    setPaper: (change) => setPaperChoices((current) => ({ ...current, ...change })),
  };
}
