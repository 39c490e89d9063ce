import { renderHtml, renderText } from '../../src/core/narrative';
import { textToHtml } from '../../src/taskpane/textToHtml';
import { expectedReport, TODAY } from './_helpers/renderPane';

describe('textToHtml', () => {
  it.each([
    ['a title alone', 'Complaints report', '<h2>Complaints report</h2>'],
    [
      'a paragraph alone',
      'Five complaints were received.',
      '<p>Five complaints were received.</p>',
    ],
    [
      'a heading over a paragraph',
      'Title\n\nOutcomes\nTwo were upheld.',
      '<h2>Title</h2><h3>Outcomes</h3><p>Two were upheld.</p>',
    ],
    [
      'bullets under a heading',
      'Overdue complaints\n- C-103: stage 1.\n- C-104: stage 2.',
      '<h3>Overdue complaints</h3><ul><li>C-103: stage 1.</li><li>C-104: stage 2.</li></ul>',
    ],
    [
      'a sentence first line is no heading',
      'One was late.\nTwo were on time.',
      '<p>One was late.</p><p>Two were on time.</p>',
    ],
    [
      'bullets between paragraphs',
      'Before.\n- a\n- b\nAfter.',
      '<p>Before.</p><ul><li>a</li><li>b</li></ul><p>After.</p>',
    ],
    [
      'Windows line ends and extra blank lines',
      'Title\r\n\r\n\r\nBody text.\r\n',
      '<h2>Title</h2><p>Body text.</p>',
    ],
    [
      'markup typed by the user',
      'Note\n<b>bold</b> & "quoted".',
      '<h3>Note</h3><p>&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;.</p>',
    ],
    ['nothing', '  \n\n ', ''],
  ])('%s', (_, text, html) => {
    expect(textToHtml(text)).toBe(html);
  });

  it('turns the unedited plain text back into exactly the narrative HTML', () => {
    const { narrative } = expectedReport('2021-09-01', '2022-02-28', TODAY);
    expect(textToHtml(renderText(narrative))).toBe(renderHtml(narrative));
  });
});
