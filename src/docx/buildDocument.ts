/**
 * The committee paper as a Word document (.docx), made with the `docx` library. Pure of Node
 * APIs, so the task pane can build the same bytes in the browser: title and period, the
 * template's headings (Word's own Heading styles), prose and real bulleted lists, captioned
 * tables with repeating header rows, A4, British English, page numbers in the footer.
 */
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type FileChild,
} from 'docx';
import { composePaper, type PaperBlock, type PaperInput } from '../core/paper';
import { BULLETS, NUMBERING, STYLES } from './_lib/styles';
import { tableBlocks } from './_lib/table';

/** What the document is made from: a build's report, narrative and layout, and the choices. */
export type WordDocumentInput = PaperInput;

/** The media type to offer a download or a Blob as. */
export const WORD_MEDIA_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function blockChildren(block: PaperBlock): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          children: [new TextRun(block.text)],
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({ children: [new TextRun(block.sentences.map((s) => s.text).join(' '))] }),
      ];
    case 'bullets':
      return block.sentences.map(
        (s) =>
          new Paragraph({
            numbering: { reference: BULLETS, level: 0 },
            children: [new TextRun(s.text)],
          }),
      );
    case 'table':
      return tableBlocks(block.table);
  }
}

/** Page numbers, centred; made afresh per document, as docx objects are not shared. */
function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
            size: 18,
          }),
        ],
      }),
    ],
  });
}

/** Build the Word document for a template's paper; resolves to the .docx file's bytes. */
export async function buildWordDocument(input: WordDocumentInput): Promise<Uint8Array> {
  const paper = composePaper(input);
  const children: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(paper.title)] }),
    ...paper.subtitle.map((line) => new Paragraph({ children: [new TextRun(line)] })),
    ...paper.blocks.flatMap(blockChildren),
  ];
  const document = new Document({
    creator: 'Complaints Report',
    title: paper.title,
    styles: STYLES,
    numbering: NUMBERING,
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        },
        footers: { default: pageNumberFooter() },
        children,
      },
    ],
  });
  return Packer.pack(document, 'uint8array');
}
