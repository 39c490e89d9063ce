/** @jest-environment jsdom */
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { applyWording, buildNarrative, renderText } from '../../src/core/narrative';
import { App } from '../../src/taskpane/App';
import { APPENDIX_LABEL, TEMPLATE_LABELS } from '../../src/taskpane/WordDocumentPanel';
import { REFERENCES_LABEL } from '../../src/taskpane/WordingPanel';
import { buildInPane } from './_helpers/buildInPane';
import { createFakeHost, type FakeHost } from './_helpers/fakeHost';
import { expectedReport, installDomStubs, renderWithFluent, TODAY } from './_helpers/renderPane';

beforeAll(installDomStubs);

const FILE = 'Complaints tracker.xlsx';
const BRACES = 'This wording must be the words themselves, without { or }.';

function renderApp(host: FakeHost): void {
  renderWithFluent(<App host={host} fileName={FILE} today={TODAY} />);
}

function box(name: string): HTMLInputElement {
  return screen.getByRole<HTMLInputElement>('textbox', { name });
}

function referencesSwitch(): HTMLInputElement {
  return screen.getByRole<HTMLInputElement>('switch', { name: REFERENCES_LABEL });
}

async function openWording(): Promise<void> {
  await userEvent.click(await screen.findByRole('button', { name: 'Wording' }));
}

/** The narrative's read view as text: its title, headings and sentences. */
function shownNarrative(): string {
  return screen.getByRole('region', { name: 'Narrative' }).textContent ?? '';
}

/** What the core drafts for the fake tracker's default period in these words. */
function draftedWith(terms: Parameters<typeof applyWording>[0]['terms']) {
  const { report, complaints } = expectedReport('2021-09-01', '2022-02-28', TODAY, { file: FILE });
  return buildNarrative(report, complaints, { wording: applyWording({ terms }) });
}

describe('Wording', () => {
  it("builds the narrative in the council's words and remembers them with the workbook", async () => {
    const host = createFakeHost();
    renderApp(host);
    await openWording();
    expect(box('The council').placeholder).toBe('the council');
    expect(box('The board or committee').placeholder).toBe('the board');
    await userEvent.type(box('The board or committee'), 'the Corporate Parenting Board');
    await userEvent.type(box('Children in care'), 'children looked after');
    // The singular follows the plural until the council gives its own.
    expect(box('One child in care').placeholder).toBe('child looked after');
    await buildInPane(host);

    const expected = draftedWith({
      board: 'the Corporate Parenting Board',
      childrenInCare: 'children looked after',
    });
    const region = screen.getByRole('region', { name: 'Narrative' });
    within(region).getByRole('heading', { name: expected.title });
    expect(expected.title).toMatch(/^Complaints report to the Corporate Parenting Board: /);
    const lookedAfter = expected.sections
      .flatMap((s) => s.sentences)
      .find((s) => s.text.includes('children looked after'));
    expect(lookedAfter).toBeDefined();
    expect(shownNarrative()).toContain(lookedAfter?.text);
    expect(shownNarrative()).not.toContain('children in care');
    expect(host.callsOf('writeReport')[0].output.settings.wording).toEqual({
      terms: { board: 'the Corporate Parenting Board', childrenInCare: 'children looked after' },
    });
  });

  it('says what is wrong with a term and holds the build until it is put right', async () => {
    const host = createFakeHost();
    renderApp(host);
    await openWording();
    await userEvent.type(box('The board or committee'), "{{council}'s board");
    expect(box('The board or committee').value).toBe("{council}'s board");
    screen.getByText(BRACES);
    expect(box('The board or committee').getAttribute('aria-invalid')).toBe('true');
    const button = screen.getByRole('button', { name: 'Build report' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    screen.getByText('Correct the wording above to build the report.');
    await userEvent.click(button);
    expect(host.callsOf('readTracker')).toHaveLength(0);

    await userEvent.clear(box('The board or committee'));
    await userEvent.type(box('The board or committee'), "the council's board");
    expect(screen.queryByText(BRACES)).toBeNull();
    await buildInPane(host);
    expect(screen.getByRole('region', { name: 'Narrative' }).textContent).toContain(
      "the council's board",
    );
  });

  it('restores the standard wording, leaving focus on the first box', async () => {
    const host = createFakeHost({
      settings: { wording: { terms: { council: 'Westshire County Council', upheld: 'found' } } },
    });
    renderApp(host);
    // Wording the workbook remembers is opened on show.
    expect(
      (await screen.findByRole<HTMLInputElement>('textbox', { name: 'The council' })).value,
    ).toBe('Westshire County Council');
    expect(box('Upheld (an outcome)').value).toBe('found');
    screen.getByText(/^Your council's own wording is in use\./);
    await userEvent.click(screen.getByRole('button', { name: 'Restore the standard wording' }));
    expect(box('The council').value).toBe('');
    expect(box('Upheld (an outcome)').value).toBe('');
    expect(document.activeElement).toBe(box('The council'));
    screen.getByText(/^The standard wording is restored\./);
    await buildInPane(host);
    expect(host.callsOf('writeReport')[0].output.settings.wording).toBeUndefined();
    const standard = draftedWith({});
    within(screen.getByRole('region', { name: 'Narrative' })).getByRole('heading', {
      name: standard.title,
    });
  });

  it('leaves complaint references out when switched off, and remembers that', async () => {
    const host = createFakeHost();
    renderApp(host);
    await openWording();
    expect(referencesSwitch().checked).toBe(true);
    await buildInPane(host);
    const { report, complaints } = expectedReport('2021-09-01', '2022-02-28', TODAY);
    const overdue = report.all.timescales.overdueReferences;
    expect(overdue.length).toBeGreaterThan(0);
    for (const reference of overdue) expect(shownNarrative()).toContain(reference);
    expect(host.callsOf('writeReport')[0].output.settings.references).toBe(true);

    await userEvent.click(referencesSwitch());
    expect(referencesSwitch().checked).toBe(false);
    await buildInPane(host);
    for (const reference of overdue) expect(shownNarrative()).not.toContain(reference);
    const published = buildNarrative(report, complaints, { references: false });
    within(screen.getByRole('region', { name: 'Narrative' })).getByRole('heading', {
      name: published.title,
    });
    expect(renderText(published)).not.toMatch(/C-1\d\d/);
    expect(host.callsOf('writeReport')[1].output.settings.references).toBe(false);
  });

  it('starts from what the workbook remembers, dropping what does not parse', async () => {
    const host = createFakeHost({
      settings: {
        references: false,
        wording: { terms: { council: 'Westshire Council', board: '{board}', ombudsman: 7 } },
      } as never,
    });
    renderApp(host);
    expect(
      (await screen.findByRole<HTMLInputElement>('textbox', { name: 'The council' })).value,
    ).toBe('Westshire Council');
    expect(box('The board or committee').value).toBe('');
    expect(box('The ombudsman').value).toBe('');
    expect(referencesSwitch().checked).toBe(false);
    expect(screen.queryByText(BRACES)).toBeNull();
    await buildInPane(host);
    expect(host.callsOf('writeReport')[0].output.settings).toMatchObject({
      references: false,
      wording: { terms: { council: 'Westshire Council' } },
    });
  });

  it('comes back as chosen when the pane is opened again on the same workbook', async () => {
    const host = createFakeHost();
    renderApp(host);
    await openWording();
    await userEvent.type(box('The council'), 'Westshire County Council');
    await userEvent.click(referencesSwitch());
    await buildInPane(host);
    await userEvent.click(screen.getByRole('radio', { name: TEMPLATE_LABELS.annual }));
    await userEvent.click(screen.getByRole('checkbox', { name: APPENDIX_LABEL }));
    await buildInPane(host);
    cleanup();

    renderApp(host);
    expect(
      (await screen.findByRole<HTMLInputElement>('textbox', { name: 'The council' })).value,
    ).toBe('Westshire County Council');
    expect(referencesSwitch().checked).toBe(false);
    await buildInPane(host);
    expect(
      screen.getByRole<HTMLInputElement>('radio', { name: TEMPLATE_LABELS.annual }).checked,
    ).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: APPENDIX_LABEL }).checked).toBe(
      true,
    );
    expect(host.callsOf('writeReport').at(-1)?.output.settings).toMatchObject({
      wording: { terms: { council: 'Westshire County Council' } },
      references: false,
      template: 'annual',
      appendix: true,
    });
  });
});
