import type { FieldError } from '../domain/validation.js';
import { ROLE_TITLES, type PersonRole } from '../domain/roles.js';

/** Forms: GOV.UK error summaries and messages, date inputs, and the fields a form posted. */

/**
 * Field errors as GOV.UK's error summary lists them, each linking to the input to correct, and by
 * input for the messages beside them. `ids` maps a field to the input's id where they differ.
 */
export function errorsFor(errors: FieldError[], ids: Record<string, string> = {}) {
  const idOf = (field: string) => {
    if (ids[field]) return ids[field];
    const parts = field.split('.');
    // A person missing altogether: their name is the first thing to fill in.
    if (parts[0] === 'people' && parts.length === 2) return `people-${parts[1]}-name`;
    return parts.join('-');
  };
  const byField: Record<string, { text: string }> = {};
  for (const error of errors) byField[idOf(error.field)] ??= { text: sentence(error) };
  return {
    list: errors.map((error) => ({ text: sentence(error), href: `#${idOf(error.field)}` })),
    byField,
  };
}

const LABELS: Record<string, string> = {
  region: 'Region',
  fieldworkStart: 'First day of fieldwork',
  milestoneDates: 'Milestone date',
  caseReference: 'Case reference',
  whatMightHappen: 'What might happen',
  howSerious: 'How serious it is',
  howImminent: 'How imminent it is',
  actionRequested: 'What the region is asked to do',
  summary: 'What was done',
  reason: 'Reason',
  type: 'Type of alert',
  category: 'Category',
  expectedDueDate: 'The date you saw',
  expectedPlanVersion: 'The dates you checked',
  on: 'The date it was done',
  // A record's note, or what assured the lead.
  note: 'The note',
  waiverReason: 'The reason',
  moreNote: 'What more evidence is needed',
  evidenceBy: 'The new deadline',
  onBehalfReason: 'Why you act for the region',
  beforeFieldworkReason: 'Why it cannot wait',
};

/** What to say when a field was left out, where "Enter …" does not read well. */
const MISSING: Record<string, string> = {
  region: 'Select a region',
  fieldworkStart: 'Enter the first day of fieldwork',
  type: 'Select the type of alert',
  category: 'Select a category',
  summary: 'Say what was done, and where the evidence is',
  reason: 'Say why the alert is withdrawn',
  waiverReason: 'Say why the milestone is waived',
  // Only assuring an alert requires a note (a record's is optional).
  note: 'Say what assured you: the evidence seen and what it shows',
  moreNote: 'Say what more evidence is needed',
  evidenceBy: 'Enter the new deadline for the evidence',
  onBehalfReason: 'Say why you act for the region',
  beforeFieldworkReason: 'Say why this alert cannot wait for fieldwork',
};

/** An error as GOV.UK writes one: what to do, in plain words, naming the field. */
function sentence(error: FieldError): string {
  const parts = error.field.split('.');
  const role = parts[0] === 'people' ? ROLE_TITLES[parts[1] as PersonRole] : undefined;
  // zod's wording for a value not given at all.
  const missing = error.value === undefined || error.value === '' || /^Invalid input|^Required/.test(error.message);
  let text: string;
  if (role && parts.length === 2) text = `Enter the ${role}’s name and work email address`;
  else if (role && parts[2] === 'email')
    text = missing ? `Enter the ${role}’s work email address` : `The ${role}’s email address ${error.message}`;
  else if (role) text = missing ? `Enter the ${role}’s name` : `The ${role}’s name ${error.message}`;
  else if (missing) text = MISSING[error.field] ?? `Enter ${(LABELS[error.field] ?? error.field).toLowerCase()}`;
  else text = `${LABELS[error.field] ?? LABELS[parts[0] ?? ''] ?? error.field} ${error.message}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A GOV.UK date input's day, month and year as YYYY-MM-DD; undefined if all are empty. */
export function dateFrom(values: Record<string, string>, name: string): string | undefined {
  const [day = '', month = '', year = ''] = ['day', 'month', 'year'].map((part) => values[`${name}-${part}`] ?? '');
  return day || month || year ? `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` : undefined;
}

/** A date as a GOV.UK date input's fields. */
export function dateFields(name: string, date: string): Record<string, string> {
  const [year = '', month = '', day = ''] = date.split('-');
  return { [`${name}-day`]: day, [`${name}-month`]: month, [`${name}-year`]: year };
}

/** Form fields, dropping those left empty (an empty field is a field not given). */
export function fields(form: URLSearchParams): Record<string, string> {
  return Object.fromEntries([...form.entries()].filter(([, v]) => v.trim() !== '').map(([k, v]) => [k, v.trim()]));
}
