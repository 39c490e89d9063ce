/**
 * The fields the engine reads and the header spellings seen in real trackers (docs/design.md rule 2).
 * Headers are compared after `normaliseLabel`, so case, spacing and punctuation do not matter.
 */
import type { Field } from './types';

/** Every field, in the order the task pane lists them. */
export const FIELDS: readonly Field[] = [
  'reference',
  'received',
  'stage',
  'complainant',
  'childInCare',
  'team',
  'theme',
  'outcome',
  'closed',
  'extension',
  'due',
];

/** Without these a row cannot be counted. */
export const REQUIRED_FIELDS: readonly Field[] = ['reference', 'received'];

/** How each field is named to a complaints officer, in messages and the mapping view. */
export const FIELD_LABELS: Record<Field, string> = {
  reference: 'reference',
  received: 'date received',
  stage: 'stage',
  complainant: 'complainant',
  childInCare: 'child in care',
  team: 'team',
  theme: 'theme',
  outcome: 'outcome',
  closed: 'response date',
  extension: 'extension agreed',
  due: 'due date',
};

/** Header spellings per field. */
export const FIELD_SYNONYMS: Record<Field, readonly string[]> = {
  reference: [
    'Ref',
    'Ref no',
    'Reference',
    'Reference number',
    'Complaint ID',
    'Complaint ref',
    'Complaint reference',
    'Complaint number',
    'Complaint no',
    'Case number',
    'Case ref',
  ],
  received: [
    'Date received',
    'Received',
    'Received date',
    'Date logged',
    'Date of complaint',
    'Date opened',
    "Date rec'd",
  ],
  stage: ['Stage', 'Complaint stage', 'Level'],
  complainant: [
    'Complainant',
    'Complainant type',
    'Made by',
    'Relationship to child',
    'Complaint made by',
  ],
  childInCare: [
    'Looked after',
    'Looked after child',
    'CLA',
    'LAC',
    'Child in care',
    'Child looked after',
    'CIC',
  ],
  team: ['Team', 'Service', 'Service area', 'Department', 'Team responsible'],
  theme: ['Theme', 'Themes', 'Category', 'Categories', 'Nature of complaint', 'Issue', 'Issues'],
  outcome: ['Outcome', 'Finding', 'Findings', 'Decision', 'Result'],
  closed: [
    'Date responded',
    'Response date',
    'Response sent',
    'Date response sent',
    'Date of response',
    'Date closed',
    'Closed',
    'Closed date',
  ],
  extension: ['Extension', 'Extended', 'Extension agreed'],
  due: ['Due date', 'Target date', 'Response due', 'Deadline', 'Date due'],
};
