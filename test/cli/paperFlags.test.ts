import { strFromU8, unzipSync } from 'fflate';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { periodFlagsForTemplate, templateFromFlags } from '../../src/cli/paperOptions';

const SAMPLE = join(__dirname, '../../examples/sample-tracker.xlsx');
const dir = mkdtempSync(join(tmpdir(), 'complaints-papers-'));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(
    args,
    { out: (text) => (out += text), now: () => new Date(2023, 5, 30, 9, 0) },
    (text) => (err += text),
  );
  return { code, out, err };
}

function documentText(path: string): string {
  const xml = strFromU8(unzipSync(readFileSync(path))['word/document.xml']);
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
}

describe('the paper flags', () => {
  it('--template annual with no period flags reports on the latest whole financial year', () => {
    expect(periodFlagsForTemplate({ asOf: '2023-06-30' }, 'annual')).toEqual({
      asOf: '2023-06-30',
      period: 'financial-year',
    });
    expect(periodFlagsForTemplate({ from: '2022-05-01', to: '2022-10-31' }, 'annual')).toEqual({
      from: '2022-05-01',
      to: '2022-10-31',
    });
    expect(periodFlagsForTemplate({}, 'board')).toEqual({});
    expect(templateFromFlags({})).toBe('board');
  });

  it('--narrative x.docx writes the board paper as a Word document', async () => {
    const docx = join(dir, 'board.docx');
    const result = await run([
      'build',
      SAMPLE,
      '--from',
      '2022-05-01',
      '--to',
      '2022-10-31',
      '--as-of',
      '2022-10-31',
      '--narrative',
      docx,
    ]);
    expect(result.code).toBe(0);
    const text = documentText(docx);
    expect(text).toContain('Complaints report to the board: 1 May 2022 to 31 October 2022');
    expect(text).not.toContain('Appendix');
  });

  it('--template annual --appendix writes the annual report for 2022/23 with its appendix', async () => {
    const docx = join(dir, 'annual.docx');
    const result = await run([
      'build',
      SAMPLE,
      '--as-of',
      '2023-06-30',
      '--template',
      'annual',
      '--appendix',
      '--narrative',
      docx,
    ]);
    expect([result.code, result.err]).toEqual([0, '']);
    expect(result.out).toContain('(2022-04-01 to 2023-03-31, as of 2023-06-30)');
    const text = documentText(docx);
    expect(text).toContain('Annual report on children’s social care complaints 2022/23');
    expect(text).toContain('Compliance with timescales');
    expect(text).toContain('Appendix: the complaints behind each sentence');
  });

  it('an unknown template is bad usage', async () => {
    expect((await run(['build', SAMPLE, '--template', 'quarterly'])).code).toBe(2);
  });
});
