/**
 * The default phrases of the narrative's opening: totals, coverage, comparisons, who complained.
 * `{childrenInCare}`, `{upheld}`, `{council}`, `{board}` and `{ombudsman}` are the council's terms.
 */

export const OPENING_TEMPLATES = {
  nouns: {
    complaints: { one: 'complaint', other: 'complaints' },
    aboutChildrenInCare: {
      one: 'complaint about {childrenInCare}',
      other: 'complaints about {childrenInCare}',
    },
    stage1: 'stage 1',
    stage2: 'stage 2',
    stage3: 'stage 3',
    ombudsman: '{ombudsman}',
  },
  overview: {
    total: {
      zero: 'No complaints were received {when}{change}.',
      one: '{when}, 1 complaint was received{change}.',
      other: '{when}, {n} complaints were received{change}.',
    },
    toDate: '{when} to date, as of {asOf}',
    childrenInCare: {
      zero: 'None of them concerned {childrenInCare}{change}.',
      one: 'Of these, 1 ({percent}) concerned {childrenInCare}{change}.',
      other: 'Of these, {n} ({percent}) concerned {childrenInCare}{change}.',
    },
    onlyOne: 'It was {where}.',
    atStage: 'at {stage}',
    withOmbudsman: 'with {ombudsman}',
    noneBeyond: { one: 'It went no further than stage 1.', other: 'None went beyond stage 1.' },
    someOf: '{n} of the {total}',
    beyondTo: 'to {stage}',
    beyondCount: '{n} to {stage}',
    beyondOnly: {
      one: '{lead} went beyond stage 1, to {stage}.',
      other: '{lead} went beyond stage 1, {all} to {stage}.',
    },
    beyondMany: '{lead} went beyond stage 1: {list}.',
  },
  coverage: {
    start:
      "The tracker's earliest complaint was received on {first}, so these figures cover {range} only.",
    end: "The tracker's latest complaint was received on {last}, so these figures cover {range} only.",
    both: 'The tracker runs only from {first} to {last}, so these figures cover {range} only.',
    none: 'The tracker holds no complaint with a date received, so these figures cover none of the period.',
    before: "The tracker's latest complaint was received on {last}, before the period began.",
    after: "The tracker's earliest complaint was received on {first}, after the period ended.",
    range: '{from} to {to}',
  },
  comparisons: {
    previousMonths: { one: 'the previous month', other: 'the previous {n} months' },
    previousQuarter: 'the previous quarter',
    previousYear: 'the previous year',
    previousDays: { one: 'the previous day', other: 'the previous {n} days' },
    yearEarlierMonths: 'the same months a year earlier',
    yearEarlierDates: 'the same dates a year earlier',
    inPrevious: 'in {previous}',
    yearEarlier: 'a year earlier',
    up: 'up from {value} {where}',
    down: 'down from {value} {where}',
    same: 'the same as {where}',
    again: 'from {value} {where}',
    sameAgain: '{where}',
    notComparedStart: 'The tracker starts in {month}, so no comparison with {what} is made.',
    notComparedEnd:
      "The tracker's latest complaint was received on {last}, so no comparison with {what} is made.",
    notComparedEmpty:
      'The tracker holds no complaint with a date received, so no comparison with {what} is made.',
  },
  complainants: {
    childrenAndAdvocates:
      'Children and young people made {children} and advocates made {advocates}.',
    children: {
      zero: 'no complaints',
      one: '1 complaint ({percent})',
      other: '{n} complaints ({percent})',
    },
    advocates: { zero: 'none', one: '1 ({percent})', other: '{n} ({percent})' },
    rest: 'Of the rest, {list}.',
    alone: '{list}.',
    firstBy: { one: '1 was made by {who}', other: '{n} were made by {who}' },
    by: '{n} by {who}',
    notRecorded: 'for {n}, the complainant was not recorded',
    parent: { one: 'a parent', other: 'parents' },
    child: { one: 'a child or young person', other: 'children or young people' },
    advocate: { one: 'an advocate', other: 'advocates' },
    fosterCarer: { one: 'a foster carer', other: 'foster carers' },
    other: { one: 'someone else', other: 'other people' },
  },
};
