import fc from 'fast-check';
import { calendarFor, createCalendar } from '../../src/core/calendar';
import { dayOfWeek, parseIsoDate, toIsoDate } from '../../src/core/dates';

const day = (iso: string): number => parseIsoDate(iso) as number;
const calendar = createCalendar();

describe('isWorkingDay', () => {
  it.each([
    ['2021-09-03', 'a Friday', true],
    ['2021-09-04', 'a Saturday', false],
    ['2021-09-05', 'a Sunday', false],
    ['2021-09-06', 'a Monday', true],
    ['2022-04-15', 'Good Friday', false],
    ['2022-04-18', 'Easter Monday', false],
    ['2021-12-27', 'a Christmas substitute day', false],
    ['2022-06-02', 'the 2022 spring bank holiday', false],
    ['2022-05-30', 'the usual spring bank holiday date, not a holiday in 2022', true],
    ['2020-05-04', 'the usual early May date, not a holiday in 2020', true],
    ['2020-05-08', 'VE Day 2020', false],
    ['2022-09-19', 'the State Funeral', false],
    ['2023-05-08', 'the Coronation', false],
  ])('%s (%s) → %p', (iso, _label, expected) => {
    expect(calendar.isWorkingDay(day(iso))).toBe(expected);
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['2021-09-03', 0, '2021-09-03', 'n = 0 is the day itself'],
    ['2021-09-04', 0, '2021-09-04', 'n = 0 on a Saturday is still the day itself'],
    ['2021-09-03', 1, '2021-09-06', 'Friday + 1 skips the weekend'],
    ['2021-09-04', 1, '2021-09-06', 'Saturday + 1 is Monday'],
    ['2021-09-05', 1, '2021-09-06', 'Sunday + 1 is Monday'],
    ['2021-09-03', 5, '2021-09-10', 'a week'],
    ['2021-09-03', 10, '2021-09-17', 'stage 1: Friday 3 Sep 2021 + 10 is Friday 17 Sep 2021'],
    ['2021-09-03', 20, '2021-10-01', 'stage 1 extended'],
    ['2021-09-03', 25, '2021-10-08', 'stage 2'],
    ['2021-09-03', 30, '2021-10-15', 'stage 3'],
    ['2021-09-03', 65, '2021-12-03', 'stage 2 extended, no holidays on the way'],
    ['2022-04-14', 1, '2022-04-19', 'across Good Friday and Easter Monday'],
    ['2022-04-14', 10, '2022-05-03', 'across Easter and the early May bank holiday'],
    ['2021-12-17', 10, '2022-01-05', 'across Christmas and New Year 2021 (three substitute days)'],
    ['2021-11-01', 65, '2022-02-03', 'stage 2 extended across Christmas'],
    ['2022-06-01', 1, '2022-06-06', 'across the Platinum Jubilee (2 and 3 June 2022)'],
    ['2022-05-25', 10, '2022-06-10', 'across the Jubilee; 30 May 2022 is a working day'],
    ['2022-09-16', 1, '2022-09-20', 'across the State Funeral'],
    ['2020-05-07', 1, '2020-05-11', 'across VE Day 2020'],
    ['2020-05-01', 1, '2020-05-04', '4 May 2020 is a working day'],
    ['2023-04-28', 5, '2023-05-09', 'across 1 May and the Coronation (8 May 2023)'],
  ])('%s + %i → %s (%s)', (from, n, expected) => {
    expect(toIsoDate(calendar.addWorkingDays(day(from), n))).toBe(expected);
  });

  it.each([[-1], [1.5], [Number.NaN], [Number.POSITIVE_INFINITY]])(
    'throws on n = %p (a caller error)',
    (n) => {
      expect(() => calendar.addWorkingDays(day('2021-09-03'), n)).toThrow(RangeError);
    },
  );

  it('throws on a fractional day number', () => {
    expect(() => calendar.addWorkingDays(18873.5, 1)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2021-09-03', '2021-09-17', 10, 'the stage 1 example'],
    ['2021-09-03', '2021-09-03', 0, 'the same day'],
    ['2021-09-17', '2021-09-03', 0, 'an end before the start'],
    ['2021-09-03', '2021-09-04', 0, 'Friday to Saturday'],
    ['2021-09-03', '2021-09-05', 0, 'Friday to Sunday'],
    ['2021-09-03', '2021-09-06', 1, 'Friday to Monday'],
    ['2021-09-04', '2021-09-06', 1, 'Saturday to Monday'],
    ['2021-09-06', '2021-09-07', 1, 'Monday to Tuesday'],
    ['2022-04-14', '2022-04-19', 1, 'across Easter'],
    ['2021-12-17', '2022-01-05', 10, 'across Christmas 2021'],
    ['2022-05-25', '2022-06-10', 10, 'across the Jubilee'],
    ['2021-12-31', '2022-12-31', 250, 'the whole of 2022 (250 working days)'],
    ['2022-12-31', '2023-12-31', 251, 'the whole of 2023 (nine holidays)'],
    ['2030-12-31', '2031-12-31', 261, '2031, beyond the list: weekends only'],
  ])('%s → %s is %i (%s)', (from, to, expected) => {
    expect(calendar.workingDaysBetween(day(from), day(to))).toBe(expected);
  });
});

describe('properties over 2014–2031', () => {
  const anyDay = fc.integer({ min: day('2014-01-01'), max: day('2031-12-31') });

  it('addWorkingDays(d, n) is a working day and workingDaysBetween(d, it) is n', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 65 }), (start, n) => {
        const end = calendar.addWorkingDays(start, n);
        expect(calendar.isWorkingDay(end)).toBe(true);
        expect(calendar.workingDaysBetween(start, end)).toBe(n);
        expect(calendar.workingDaysBetween(start, end - 1)).toBe(n - 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('workingDaysBetween counts the same as walking day by day', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -10, max: 400 }), (start, length) => {
        let walked = 0;
        for (let current = start + 1; current <= start + length; current += 1) {
          if (calendar.isWorkingDay(current)) walked += 1;
        }
        expect(calendar.workingDaysBetween(start, start + length)).toBe(walked);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('against a day-by-day walk, with any holiday list', () => {
  const walkWorkingDays = (isWorkingDay: (value: number) => boolean, start: number, n: number) => {
    let current = start;
    for (let left = n; left > 0;) {
      current += 1;
      if (isWorkingDay(current)) left -= 1;
    }
    return current;
  };

  it('addWorkingDays lands where walking one day at a time lands', () => {
    const window = { min: day('1969-06-01'), max: day('1970-06-01') };
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer(window), { maxLength: 60 }),
        fc.integer(window),
        fc.integer({ min: 0, max: 80 }),
        (holidayDays, start, n) => {
          const custom = createCalendar(holidayDays.map(toIsoDate));
          const walked = walkWorkingDays(custom.isWorkingDay, start, n);
          expect(custom.addWorkingDays(start, n)).toBe(walked);
          expect(custom.workingDaysBetween(start, walked)).toBe(n);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('does the same with the England & Wales list over 2014–2031', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: day('2014-01-01'), max: day('2031-12-31') }),
        fc.integer({ min: 0, max: 70 }),
        (start, n) => {
          expect(calendar.addWorkingDays(start, n)).toBe(
            walkWorkingDays(calendar.isWorkingDay, start, n),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('across the edges of the tabulated years (1990 to 2101)', () => {
  // Walks and counts, both ways, from days on either side of each edge, with holidays there too.
  const edges = [
    { min: day('1989-10-01'), max: day('1990-03-31') },
    { min: day('2101-10-01'), max: day('2102-03-31') },
  ];
  it.each(edges.map((window) => [toIsoDate(window.min), window]))(
    'around %s, addWorkingDays and workingDaysBetween agree with a day-by-day walk',
    (_, window) => {
      fc.assert(
        fc.property(
          fc.uniqueArray(fc.integer(window), { maxLength: 30 }),
          fc.integer(window),
          fc.integer({ min: 0, max: 80 }),
          (holidayDays, start, n) => {
            const custom = createCalendar(holidayDays.map(toIsoDate));
            let walked = start;
            for (let left = n; left > 0;) {
              walked += 1;
              if (custom.isWorkingDay(walked)) left -= 1;
            }
            expect(custom.addWorkingDays(start, n)).toBe(walked);
            expect(custom.workingDaysBetween(start, walked)).toBe(n);
          },
        ),
        { numRuns: 300 },
      );
    },
  );
});

describe('createCalendar with another holiday list', () => {
  it('knows only weekends when given no holidays', () => {
    const weekendsOnly = createCalendar([]);
    expect(weekendsOnly.isWorkingDay(day('2021-12-27'))).toBe(true);
    expect(toIsoDate(weekendsOnly.addWorkingDays(day('2021-12-24'), 1))).toBe('2021-12-27');
  });

  it('honours a council closure day', () => {
    const withClosure = createCalendar(['2021-09-06']);
    expect(toIsoDate(withClosure.addWorkingDays(day('2021-09-03'), 1))).toBe('2021-09-07');
    expect(withClosure.workingDaysBetween(day('2021-09-03'), day('2021-09-07'))).toBe(1);
  });

  it('does not count a weekend holiday or a repeated one twice', () => {
    const odd = createCalendar(['2021-09-04', '2021-09-06', '2021-09-06']);
    expect(dayOfWeek(day('2021-09-04'))).toBe(6);
    expect(odd.workingDaysBetween(day('2021-09-03'), day('2021-09-10'))).toBe(4);
  });

  it.each([['2021-13-01'], ['03/09/2021'], ['']])('throws on the holiday "%s"', (holiday) => {
    expect(() => createCalendar([holiday])).toThrow(RangeError);
  });
});

describe('calendarFor', () => {
  it('makes one calendar per holiday list and hands it back after that', () => {
    const closures = ['2021-12-29', '2021-12-30'];
    expect(calendarFor(closures)).toBe(calendarFor(closures));
    expect(calendarFor(closures).isWorkingDay(day('2021-12-29'))).toBe(false);
    expect(calendarFor([]).isWorkingDay(day('2021-12-29'))).toBe(true);
  });
});
