/**
 * The default phrases of the narrative's findings: outcomes, upheld complaints, stage by stage,
 * timescales, overdue complaints, themes and data quality.
 */

export const FINDINGS_TEMPLATES = {
  outcomes: {
    upheld: { one: 'was {upheld}', other: 'were {upheld}' },
    partiallyUpheld: { one: 'was partially {upheld}', other: 'were partially {upheld}' },
    notUpheld: { one: 'was not {upheld}', other: 'were not {upheld}' },
    withdrawn: { one: 'was withdrawn', other: 'were withdrawn' },
    resolved: { one: 'was resolved informally', other: 'were resolved informally' },
    other: {
      one: 'has an outcome outside these categories',
      other: 'have outcomes outside these categories',
    },
    open: { one: 'is still being investigated', other: 'are still being investigated' },
    count: '{n} {phrase}',
    many: 'Of the {total} {about}, {list}.',
    theOne: 'The one {about} {phrase}.',
    all: '{all} {about} {phrase}.',
    rate: {
      zero: 'None of the {decided} {about} with a finding was {upheld}, in full or in part{change}.',
      one: 'Of the {decided} {about} with a finding, 1 ({percent}) was {upheld} in full or in part{change}.',
      other:
        'Of the {decided} {about} with a finding, {n} ({percent}) were {upheld} in full or in part{change}.',
    },
  },
  upheld: {
    none: 'None of the {about} was {upheld}, in full or in part.',
    teams: {
      one: 'The one {about} {upheld} in full or in part concerned {teams}.',
      other: 'The {n} {about} {upheld} in full or in part concerned {teams}.',
    },
    noTeams: {
      one: 'One {about} was {upheld} in full or in part.',
      other: '{n} {about} were {upheld} in full or in part.',
    },
    team: '{team} ({upheld} of {complaints})',
    otherTeams: '{teams} other teams ({upheld} of {complaints})',
    allBy: { one: 'it was made by {who}', other: '{all} were made by {who}' },
    stagesOne: 'it was {where}',
    stagesAll: '{all} were {where}',
    stageFirst: { one: '1 was {where}', other: '{n} were {where}' },
    stageNext: '{n} {where}',
    both: '{first}, and {second}.',
    alone: '{first}.',
  },
  stages: {
    activity: '{council} received {list} in the period.',
    activityFirst: { one: '1 complaint at {stage}', other: '{n} complaints at {stage}' },
    activityNext: '{n} at {stage}',
    ombudsman: {
      one: 'One complaint went to {ombudsman} in the period.',
      other: '{n} complaints went to {ombudsman} in the period.',
    },
    responses: {
      zero: 'Of {responses} {stage} responses, none was sent within {limit} working days{extension}; {late}.',
      one: 'Of {responses} {stage} responses, 1 ({percent}) was sent within {limit} working days{extension}; {late}.',
      other:
        'Of {responses} {stage} responses, {n} ({percent}) were sent within {limit} working days{extension}; {late}.',
    },
    allWithin: 'All {n} {stage} responses were sent within {limit} working days.',
    theOne: 'The one {stage} response was {verdict}.',
    withinLimit: 'sent within {limit} working days',
    withinExtension: 'sent within an agreed extension',
    lateOne: 'late',
    extension: ' and a further {n} within an agreed extension',
    late: { zero: 'none was late', one: '1 was late', other: '{n} were late' },
    average: {
      one: 'It took {days} working days{change}.',
      other: 'They took {days} working days on average{change}.',
    },
    inTime: 'In all, {percent} were sent within timescale{change}.',
    rest: 'Of the {received} received at {stage}, {list}.',
    open: { one: '1 is still open', other: '{n} are still open' },
    unknown: {
      one: '1 has no response date recorded',
      other: '{n} have no response date recorded',
    },
    escalation: {
      zero: 'None of the {stage1} complaints made at stage 1 went on to stage 2{change}.',
      one: 'Of the {stage1} complaints made at stage 1, 1 ({percent}) went on to stage 2{change}.',
      other:
        'Of the {stage1} complaints made at stage 1, {n} ({percent}) went on to stage 2{change}.',
    },
    escalationOne: {
      zero: 'The one complaint made at stage 1 did not go on to stage 2.',
      one: 'The one complaint made at stage 1 went on to stage 2.',
      other: 'The one complaint made at stage 1 went on to stage 2.',
    },
  },
  timescales: {
    closed: {
      zero: 'Of the {answered} complaints closed with a response date, none was answered within timescale and {late}.',
      one: 'Of the {answered} complaints closed with a response date, 1 ({percent}) was answered within timescale and {late}.',
      other:
        'Of the {answered} complaints closed with a response date, {n} ({percent}) were answered within timescale and {late}.',
    },
    late: { zero: 'none was late', one: '1 was late', other: '{n} were late' },
    closedOne: 'The one complaint closed with a response date was {verdict}.',
    onTime: 'answered within timescale',
    answeredLate: 'answered late',
    unknown: {
      one: 'One closed complaint has no response date recorded, so its timescale is unknown.',
      other: '{n} closed complaints have no response date recorded, so their timescale is unknown.',
    },
    openOne: 'The one complaint still open on {asOf} is {state}.',
    inTime: 'within its timescale',
    overdue: 'overdue{references}',
    openNone: 'Of the {open} complaints still open on {asOf}, none is overdue.',
    openSome: {
      one: 'Of the {open} complaints still open on {asOf}, 1 is overdue{references}.',
      other: 'Of the {open} complaints still open on {asOf}, {n} are overdue{references}.',
    },
    openAll: '{all} complaints still open on {asOf} are overdue{references}.',
    references: { one: ' (reference {list})', other: ' (references {list})' },
    moreReferences: ' (references {list} and {more} more, listed on the summary sheet)',
  },
  overdue: {
    item: '{reference}{childInCare}: {stage}received {received}{due}.',
    childInCare: ' ({childInCare})',
    stage: 'stage {stage}, ',
    due: ', due {due}',
    more: {
      one: 'One more overdue complaint is listed on the summary sheet.',
      other: '{n} more overdue complaints are listed on the summary sheet.',
    },
  },
  themes: {
    many: 'The most common themes were {list}.',
    only: 'The only theme recorded was {theme}.',
    first: { one: '{theme} (1 complaint)', other: '{theme} ({n} complaints)' },
    next: '{theme} ({n})',
  },
  dataQuality: {
    excluded: {
      one: 'One row of the tracker was left out of these figures because it lacks a reference or a real date received ({rows}).',
      other:
        '{n} rows of the tracker were left out of these figures because they lack a reference or a real date received ({rows}).',
    },
    duplicate: {
      one: 'One row repeated a complaint already listed at the same stage and was not counted again ({rows}).',
      other:
        '{n} rows repeated a complaint already listed at the same stage and were not counted again ({rows}).',
    },
    rows: { one: 'row {list}', other: 'rows {list}' },
    moreRows: 'rows {list} and {more} more',
  },
};
