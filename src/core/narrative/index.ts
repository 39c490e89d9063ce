/** The narrative's public face. */
export { buildNarrative } from './buildNarrative';
export { escapeHtml, renderHtml, renderMarkdown, renderText } from './render';
export type { Narrative, NarrativeSection, Sentence } from './types';
