import { composePaper, type Paper, type PaperTemplate } from '../../src/core/paper';
import { buildWordDocument } from '../../src/docx/buildDocument';
import { day } from '../core/_lib/records';
import { documentXml, FIXTURE_YEAR, paperInput, styledParagraphs, tableRows, textOf } from './_lib';

const TEMPLATES: PaperTemplate[] = ['board', 'annual'];

/** Headings with the text under them, so a section can be read whole. */
function sections(paper: Paper): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  let heading = '';
  for (const block of paper.blocks) {
    if (block.kind === 'heading') out[(heading = block.text)] = [];
    else if (block.kind === 'table') out[heading].push(block.table.caption);
    else out[heading].push(...block.sentences.map((s) => s.text));
  }
  return out;
}

describe('buildWordDocument, board template', () => {
  let xml = '';
  beforeAll(async () => {
    xml = documentXml(await buildWordDocument({ ...paperInput(), template: 'board' }));
  });

  it('has the title, the period and the narrative as Heading 1 sections', () => {
    expect(styledParagraphs(xml, 'Title')).toEqual([
      'Complaints report to the board: 1 April 2021 to 31 March 2022',
    ]);
    expect(textOf(xml)).toContain('Period: complaints received 1 April 2021 to 31 March 2022');
    const headings = styledParagraphs(xml, 'Heading1');
    expect(headings[0]).toBe('Complaints received');
    expect(headings).toContain('Figures');
  });

  it('writes the overdue complaints as a real bulleted list', () => {
    expect(xml).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
  });

  it('captions each table in order, the header row marked to repeat', () => {
    const captions = styledParagraphs(xml, 'Caption');
    expect(captions.slice(0, 3)).toEqual([
      'Table 1: Complaints received',
      'Table 2: Outcomes',
      'Table 3: Complaints by the highest stage reached',
    ]);
    expect(captions).toContain('Table 9: Timescales by stage (percentages of responses sent)');
    expect(captions.at(-1)).toMatch(/^Table \d+: Complaints received each month$/);
    const tables = xml.match(/<w:tbl>/g) ?? [];
    expect(tables).toHaveLength(captions.length);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(captions.length);
  });

  it('right-aligns figures, counts with their percentage beside them', () => {
    const rows = tableRows(xml);
    const upheld = rows.find((r) => r[0].text === 'Upheld');
    expect(upheld?.map((c) => c.text)).toEqual(['Upheld', '1 (20%)', '1 (100%)', '1']);
    expect(upheld?.map((c) => c.right)).toEqual([false, true, true, true]);
    const figures = rows.flatMap((r) => r.slice(1)).filter((c) => /^\d/.test(c.text));
    expect(figures.length).toBeGreaterThan(50);
    expect(figures.every((c) => c.right)).toBe(true);
  });

  it('has the stage-by-stage table with its year-earlier column', () => {
    const stage1 = tableRows(xml).find((r) => r[0].text === 'Stage 1' && r.length > 6);
    expect(stage1?.map((c) => c.text)).toEqual([
      'Stage 1',
      '5',
      '3 (75%)',
      '0 (0%)',
      '1 (25%)',
      '1',
      '9',
      '75%',
      '100%',
    ]);
  });

  it('has no empty rows, and no row of nothing but zeros outside the monthly series', () => {
    const months =
      /^(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/;
    for (const row of tableRows(xml)) {
      expect(row[0].text).not.toBe('');
      if (months.test(row[0].text)) continue;
      expect([row[0].text, row.slice(1).some((c) => !/^(0|0 \(0%\)|–|)$/.test(c.text))]).toEqual([
        row[0].text,
        true,
      ]);
    }
    expect(textOf(xml)).not.toContain('Resolved informally');
  });

  it('is A4 in British English with page numbers in the footer', async () => {
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    const { strFromU8, unzipSync } = await import('fflate');
    const files = unzipSync(await buildWordDocument({ ...paperInput(), template: 'board' }));
    expect(strFromU8(files['word/styles.xml'])).toContain('<w:lang w:val="en-GB"/>');
    const footer = Object.keys(files).find((name) => /^word\/footer\d*\.xml$/.test(name)) ?? '';
    expect(strFromU8(files[footer])).toMatch(/PAGE[\s\S]*NUMPAGES/);
  });

  it('adds the provenance appendix only when asked', async () => {
    expect(textOf(xml)).not.toContain('Appendix');
    const withAppendix = documentXml(
      await buildWordDocument({ ...paperInput(), template: 'board', appendix: true }),
    );
    const rows = tableRows(withAppendix);
    expect(styledParagraphs(withAppendix, 'Heading1').at(-1)).toBe(
      'Appendix: the complaints behind each sentence',
    );
    const overdue = rows.find((r) => r[0].text === 'Overdue complaints');
    expect(overdue?.[2].text).toBe('F5');
    expect(rows.map((r) => r.map((c) => c.text).join('|'))).toContain(
      'Section|Sentence|Complaints',
    );
  });
});

describe('the annual template', () => {
  const paper = composePaper({ ...paperInput(), template: 'annual' });

  it('is titled for the financial year', () => {
    expect(paper.title).toBe('Annual report on children’s social care complaints 2021/22');
  });

  // Working days (weekends and bank holidays skipped): F1 5 Apr to 12 Apr 2021, 5; F2 12 May to
  // 9 Jun, 19 (31 May a bank holiday), late after 26 May; F3 stage 1 1 Jul to 15 Jul, 10, stage 2
  // 20 Jul to 10 Aug, 15; F4 1 Feb to 3 Feb 2022, 2. Mean at stage 1: (5 + 19 + 10 + 2) / 4 = 9.
  it('has each section of Getting the Best from Complaints, from the fixture year', () => {
    expect(sections(paper)).toEqual({
      'Complaints received at each stage': [
        'In 2021/22 (April 2021 to March 2022), 5 complaints were received, up from 2 a year earlier.',
        'Counting each stage a complaint reached, there were 5 at stage 1, 1 at stage 2 and none at stage 3.',
        'Of the 5 complaints considered at stage 1, 1 (20%) went on to stage 2, up from 0% a year earlier.',
        'Table 1: Complaints received',
        'Table 2: Complaints received at each stage',
        'Table 3: Escalations',
        'Table 4: Complaints received each month',
      ],
      'Who complained': [
        'Of the 5 complaints, 3 (60%) were made by a parent or guardian, 1 (20%) by a child or young person and 1 (20%) by an advocate.',
        '1 complaint (20%) was about children in care, up from 0 a year earlier.',
        'Table 5: Complainants',
      ],
      Advocacy: [
        'Advocates made 1 complaint (20%) on behalf of children and young people, up from 0 a year earlier.',
      ],
      'Types of complaint': [
        'The most common themes were Delay (2 complaints) and Communication (1).',
        'A complaint may have more than one theme.',
        'Table 6: Themes (a complaint may have several)',
      ],
      Outcomes: [
        'Of the 5 complaints, 1 was upheld, 1 was partially upheld and 1 was not upheld.',
        'Of the rest, 1 was withdrawn and 1 is still being investigated.',
        'Of the complaints decided, 67% were upheld in full or in part, up from 50% a year earlier.',
        'Table 7: Outcomes',
      ],
      'Compliance with timescales': [
        'Of 4 stage 1 responses, 3 (75%) were sent within the timescale; 1 was late.',
        'In all, 75% of stage 1 responses were within timescale, down from 100% a year earlier, taking 9 working days on average.',
        'Of 1 stage 2 response, 1 (100%) was sent within the timescale; none was late.',
        'In all, 100% of stage 2 responses were within timescale, taking 15 working days on average.',
        'Table 8: Timescales by stage (percentages of responses sent)',
      ],
      'Ombudsman cases': [
        'Of the 5 complaints, none went to the Local Government and Social Care Ombudsman, the same as a year earlier.',
      ],
      'Learning from complaints': [
        'Complaints upheld in full or in part were most often about Fostering (2 of its 2 complaints).',
        'Table 9: Complaints by team, with how many were upheld',
      ],
    });
  });

  it('says when the year is only partly covered (rule 19)', () => {
    const partial = composePaper({
      ...paperInput(FIXTURE_YEAR.slice(0, 6)),
      template: 'annual',
    });
    expect(sections(partial)['Complaints received at each stage']).toContain(
      'The tracker holds complaints received from 6 April 2020 to 20 July 2021, so these figures cover 1 April 2021 to 20 July 2021 only.',
    );
  });

  it('gives the year-earlier column and no previous-period column', () => {
    const totals = paper.blocks.find((b) => b.kind === 'table');
    expect(totals?.kind === 'table' && totals.table.header).toEqual([
      'Measure',
      'All complaints',
      'Children in care',
      'Year earlier',
    ]);
  });
});

describe('every template, whatever the tracker lacks', () => {
  it.each(TEMPLATES)('%s: no empty section', (template) => {
    const paper = composePaper({ ...paperInput(), template, appendix: true });
    paper.blocks.forEach((block, i) => {
      if (block.kind !== 'heading') return;
      expect([block.text, paper.blocks[i + 1]?.kind]).not.toEqual([block.text, 'heading']);
      expect(paper.blocks[i + 1]).toBeDefined();
    });
  });

  it.each(TEMPLATES)('%s: no complainant column → nothing about complainants', async (template) => {
    const xml = documentXml(
      await buildWordDocument({ ...paperInput(FIXTURE_YEAR, ['complainant']), template }),
    );
    const text = textOf(xml);
    for (const gone of ['Complainants', 'Who complained', 'Advocacy', 'advocate', 'parent']) {
      expect([gone, text.includes(gone)]).toEqual([gone, false]);
    }
  });

  it.each(TEMPLATES)(
    '%s: no outcome, theme or team column → none of their sections',
    (template) => {
      const paper = composePaper({
        ...paperInput(FIXTURE_YEAR, ['outcome', 'theme', 'team']),
        template,
      });
      const said = JSON.stringify(paper);
      for (const gone of [
        'Outcomes',
        'Types of complaint',
        'Themes',
        'Learning',
        'upheld',
        'by team',
      ]) {
        expect([gone, said.includes(gone)]).toEqual([gone, false]);
      }
    },
  );

  it('annual: no response-date column → no section on compliance with timescales', () => {
    const paper = composePaper({ ...paperInput(FIXTURE_YEAR, ['closed']), template: 'annual' });
    expect(Object.keys(sections(paper))).not.toContain('Compliance with timescales');
  });

  it('annual: no year earlier in the tracker → no comparison, no column', () => {
    const paper = composePaper({
      ...paperInput(FIXTURE_YEAR.slice(2)),
      template: 'annual',
    });
    expect(JSON.stringify(paper)).not.toContain('year earlier');
    expect(JSON.stringify(paper)).not.toContain('Year earlier');
  });

  it('board: a period with no complaints still makes a document', async () => {
    const input = paperInput(FIXTURE_YEAR, [], { from: day('2019-01-01'), to: day('2019-01-31') });
    const xml = documentXml(await buildWordDocument({ ...input, template: 'board' }));
    for (const row of tableRows(xml)) expect(row[0].text).not.toBe('');
  });
});
