/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type JSX } from 'react';
import type { PeriodChoice } from '../../src/core/settings';
import { PeriodPicker } from '../../src/taskpane/PeriodPicker';
import { installDomStubs, renderWithFluent, TODAY } from './_helpers/renderPane';

beforeAll(installDomStubs);

function Harness(props: {
  start: PeriodChoice;
  onChange?(choice: PeriodChoice, asOf: string): void;
}): JSX.Element {
  const [choice, setChoice] = useState(props.start);
  const [asOf, setAsOf] = useState(TODAY);
  return (
    <PeriodPicker
      choice={choice}
      asOf={asOf}
      onChange={(next, nextAsOf) => {
        setChoice(next);
        setAsOf(nextAsOf);
        props.onChange?.(next, nextAsOf);
      }}
    />
  );
}

const inputValue = (label: string): string => screen.getByLabelText<HTMLInputElement>(label).value;

describe('PeriodPicker', () => {
  it.each([
    ['Last quarter', 'Complaints received 1 October 2021 to 31 December 2021.'],
    ['Last financial year (April to March)', 'Complaints received 1 April 2020 to 31 March 2021.'],
  ])('shows the dates %s stands for', async (label, words) => {
    renderWithFluent(<Harness start={{ kind: 'preset', preset: 'last-6-months' }} />);
    await userEvent.click(screen.getByRole('radio', { name: label }));
    screen.getByText(words);
  });

  it('moves a preset with the as-of date', async () => {
    renderWithFluent(<Harness start={{ kind: 'preset', preset: 'last-6-months' }} />);
    const asOf = screen.getByLabelText('As of');
    await userEvent.clear(asOf);
    await userEvent.type(asOf, '31/10/2022');
    screen.getByText('Complaints received 1 April 2022 to 30 September 2022.');
  });

  it('starts custom dates from the period on show, and checks them', async () => {
    const onChange = jest.fn();
    renderWithFluent(
      <Harness start={{ kind: 'preset', preset: 'last-6-months' }} onChange={onChange} />,
    );
    await userEvent.click(screen.getByRole('radio', { name: 'Custom dates' }));
    expect(inputValue('From')).toBe('01/09/2021');
    expect(inputValue('To')).toBe('28/02/2022');
    const to = screen.getByLabelText('To');
    await userEvent.clear(to);
    await userEvent.type(to, '31/08/2021');
    screen.getByText('The period cannot end before it starts (1 September 2021).');
    screen.getByText('Choose the dates to see the period.');
    expect(onChange).toHaveBeenLastCalledWith(
      { kind: 'custom', from: '2021-09-01', to: '2021-08-31' },
      TODAY,
    );
  });

  it('asks for an as-of date when it is cleared', async () => {
    renderWithFluent(<Harness start={{ kind: 'preset', preset: 'last-quarter' }} />);
    await userEvent.clear(screen.getByLabelText('As of'));
    screen.getByText('Enter the date the report is as of.');
  });
});
