/** Committee papers as data: the board paper and the statutory annual report. */
export { composePaper, type PaperInput } from './composePaper';
export { PAPER_TEMPLATES } from './types';
export type { Paper, PaperBlock, PaperTable, PaperTemplate } from './types';
