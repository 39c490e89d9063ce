/**
 * The document's styles and list numbering. Headings use Word's own Heading 1 and Heading 2 (and
 * Title, Caption), only restyled, so a council's template restyles the document by style name.
 */
import {
  AlignmentType,
  LevelFormat,
  LineRuleType,
  type IStylesOptions,
  type INumberingOptions,
} from 'docx';

/** British English for the spelling checker and hyphenation (w:lang en-GB). */
export const LANGUAGE = 'en-GB';

const FONT = 'Arial';

export const STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: 22, language: { value: LANGUAGE } },
      // lineRule said outright: LibreOffice reads a bare w:line as an exact height, and a
      // wrapped title then overprints itself.
      paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
    },
    title: { run: { font: FONT, size: 36, bold: true }, paragraph: { spacing: { after: 240 } } },
    heading1: {
      run: { font: FONT, size: 30, bold: true },
      paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
    },
    heading2: {
      run: { font: FONT, size: 26, bold: true },
      paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
    },
  },
  paragraphStyles: [
    {
      id: 'Caption',
      name: 'caption',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: FONT, size: 20, bold: true },
      paragraph: { spacing: { before: 240, after: 80 }, keepNext: true },
    },
    {
      id: 'TableText',
      name: 'Table Text',
      basedOn: 'Normal',
      run: { font: FONT, size: 18 },
      paragraph: { spacing: { before: 20, after: 20, line: 240, lineRule: LineRuleType.AUTO } },
    },
  ],
};

/** The reference of the bulleted list, for `numbering: { reference, level }`. */
export const BULLETS = 'bullets';

export const NUMBERING: INumberingOptions = {
  config: [
    {
      reference: BULLETS,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '\u2022',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 720, hanging: 360 } } },
        },
      ],
    },
  ],
};
