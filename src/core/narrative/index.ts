/** The narrative's public face. */
export { buildNarrative, type NarrativeOptions } from './buildNarrative';
export { escapeHtml, renderHtml, renderMarkdown, renderText } from './render';
export type { Narrative, NarrativeSection, SectionId, Sentence } from './types';
export {
  applyWording,
  DEFAULT_WORDING,
  type Terms,
  type Wording,
  type WordingChanges,
} from './wording';
export { parseWording, type WordingResult } from './wordingFile';
