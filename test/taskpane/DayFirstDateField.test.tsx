/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type JSX } from 'react';
import {
  DAY_FIRST_MESSAGE,
  DayFirstDateField,
  explainNotADate,
  formatDayFirst,
  readDayFirst,
} from '../../src/taskpane/DayFirstDateField';
import { installDomStubs, renderWithFluent } from './_helpers/renderPane';

beforeAll(installDomStubs);

describe('readDayFirst and formatDayFirst', () => {
  it.each([
    ['15/11/2022', '2022-11-15'],
    ['1/5/22', '2022-05-01'],
    ['15 Nov 2022', '2022-11-15'],
    ['2022-11-15', '2022-11-15'],
    ['11/15/2022', null],
    ['31/06/2022', null],
    ['TBC', null],
    ['', null],
  ])('reads %p as %p', (text, iso) => {
    expect(readDayFirst(text)).toBe(iso);
  });

  it.each([
    ['2022-11-15', '15/11/2022'],
    ['', ''],
  ])('shows %p as %p', (iso, text) => {
    expect(formatDayFirst(iso)).toBe(text);
  });
});

function Harness(props: { start: string; onChange: (iso: string) => void }): JSX.Element {
  const [value, setValue] = useState(props.start);
  return (
    <>
      <DayFirstDateField
        label="As of"
        value={value}
        onChange={(iso) => {
          setValue(iso);
          props.onChange(iso);
        }}
      />
      <button type="button" onClick={() => setValue('2021-09-01')}>
        Preset
      </button>
    </>
  );
}

describe('DayFirstDateField', () => {
  it('shows the date day first and says it in words', () => {
    renderWithFluent(<Harness start="2022-11-15" onChange={jest.fn()} />);
    expect(screen.getByLabelText<HTMLInputElement>('As of').value).toBe('15/11/2022');
    screen.getByText('15 November 2022');
  });

  it('reads what is typed day first, whatever the machine locale', async () => {
    const onChange = jest.fn();
    renderWithFluent(<Harness start="2022-11-15" onChange={onChange} />);
    const field = screen.getByLabelText('As of');
    await userEvent.clear(field);
    await userEvent.type(field, '03/09/2021');
    expect(onChange).toHaveBeenLastCalledWith('2021-09-03');
    screen.getByText('3 September 2021');
    expect((field as HTMLInputElement).value).toBe('03/09/2021');
  });

  it('refuses a month-first date once the user leaves the field, and reports no date', async () => {
    const onChange = jest.fn();
    renderWithFluent(<Harness start="2022-11-15" onChange={onChange} />);
    const field = screen.getByLabelText('As of');
    await userEvent.clear(field);
    await userEvent.type(field, '11/15/2022');
    const said = 'There is no month 15. Dates are day first: did you mean 15/11/2022?';
    expect(screen.queryByText(said)).toBeNull();
    await userEvent.tab();
    screen.getByText(said);
    expect(onChange).toHaveBeenLastCalledWith('');
  });

  it('follows a date set from outside', async () => {
    renderWithFluent(<Harness start="2022-11-15" onChange={jest.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Preset' }));
    expect(screen.getByLabelText<HTMLInputElement>('As of').value).toBe('01/09/2021');
  });
});

describe('explainNotADate', () => {
  it.each([
    ['31/02/2022', 'February 2022 has 28 days.'],
    ['29/02/2024x', DAY_FIRST_MESSAGE],
    ['31/06/21', 'June 2021 has 30 days.'],
    ['2022-04-31', 'April 2022 has 30 days.'],
    ['09/13/2021', 'There is no month 13. Dates are day first: did you mean 13/09/2021?'],
    ['15/40/2021', 'There is no month 40. Enter day/month/year, for example 15/11/2022.'],
    ['15/11/1890', 'Enter a year between 1990 and 2100.'],
    ['next Tuesday', DAY_FIRST_MESSAGE],
  ])('%s → %s', (text, message) => {
    expect(explainNotADate(text)).toBe(message);
  });
});
