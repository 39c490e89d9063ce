/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FIELDS } from '../../src/core/fields';
import { labelOfField, MappingView } from '../../src/taskpane/MappingView';
import type { HeaderMapping } from '../../src/core/runBuild';
import { installDomStubs, renderWithFluent } from './_helpers/renderPane';

beforeAll(installDomStubs);

const MAPPING: HeaderMapping = {
  sheet: 'Tracker',
  headerRow: 2,
  headers: ['Ref', 'Date received', 'Notes', '', 'ref', 'Outcome'],
  columns: { reference: 0, received: 1, theme: 2, outcome: 5 },
  firstColumn: 1,
  lastColumn: 6,
};

const select = (name: string): HTMLSelectElement =>
  screen.getByRole<HTMLSelectElement>('combobox', { name: new RegExp(`^${name}`) });

describe('MappingView', () => {
  it('asks for a build before any header is known', async () => {
    renderWithFluent(<MappingView mapping={null} overrides={{}} onChange={jest.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Column mapping' }));
    screen.getByText('Build the report to see which columns were found in the tracker.');
  });

  it('says what to do, not "build the report", when the build found no header row', () => {
    renderWithFluent(
      <MappingView mapping={null} overrides={{}} attention noHeader onChange={jest.fn()} />,
    );
    screen.getByText(/^No columns to choose from yet: .* Rename those header cells/);
    expect(screen.queryByText(/^Build the report/)).toBeNull();
  });

  it('offers each distinct header once, with its column letter, and says what was found', async () => {
    renderWithFluent(
      <MappingView mapping={MAPPING} overrides={{ theme: 'Notes' }} onChange={jest.fn()} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Column mapping' }));
    expect(screen.getAllByRole('combobox')).toHaveLength(FIELDS.length);
    const options = within(select('Reference'))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual([
      'Not in tracker',
      'Ref (column B)',
      'Date received (column C)',
      'Notes (column D)',
      'Outcome (column G)',
    ]);
    expect(select('Reference').value).toBe('0');
    expect(select('Team').value).toBe('');
    screen.getByText("Found: 'Date received'");
    screen.getByText('Your choice');
    screen.getByText('You have chosen 1 column yourself.');
  });

  it('turns a change into an override, and "Not in tracker" into null', async () => {
    const onChange = jest.fn();
    renderWithFluent(
      <MappingView mapping={MAPPING} overrides={{ theme: 'Notes' }} onChange={onChange} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Column mapping' }));
    await userEvent.selectOptions(select('Team'), 'Notes (column D)');
    expect(onChange).toHaveBeenLastCalledWith({ theme: 'Notes', team: 'Notes' });
    await userEvent.selectOptions(select('Outcome'), 'Not in tracker');
    expect(onChange).toHaveBeenLastCalledWith({ theme: 'Notes', outcome: null });
    await userEvent.click(screen.getByRole('button', { name: 'Use the detected columns' }));
    expect(onChange).toHaveBeenLastCalledWith({});
  });

  it('opens itself and marks a missing required column', () => {
    const missing: HeaderMapping = { ...MAPPING, columns: { reference: 0, outcome: 5 } };
    renderWithFluent(
      <MappingView mapping={missing} overrides={{}} attention onChange={jest.fn()} />,
    );
    expect(
      screen.getByRole('button', { name: 'Column mapping' }).getAttribute('aria-expanded'),
    ).toBe('true');
    screen.getByText('Choose the column this is in.');
  });

  it.each([
    ['received', 'Date received'],
    ['childInCare', 'Child in care'],
    ['closed', 'Response date'],
  ] as const)('labels %s as %s', (field, label) => {
    expect(labelOfField(field)).toBe(label);
  });
});
