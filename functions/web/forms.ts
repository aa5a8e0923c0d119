import { whereInFile } from '../domain/csvTable.js';
import { said, type Said } from '../domain/messages/said.js';
import { sayIn } from '../domain/messages/sayIn.js';
import type { FieldError } from '../domain/validation.js';
import { PERSON_ROLES, type PersonRole } from '../domain/roles.js';
import { translator, type MessageKey, type Translator } from './i18n/translator.js';

/** Forms: GOV.UK error summaries and messages, date inputs, and the fields a form posted. */

/**
 * Field errors as GOV.UK's error summary lists them, each linking to the input to correct, and by
 * input for the messages beside them. `ids` maps a field to the input's id where they differ.
 */
export function errorsFor(errors: FieldError[], ids: Record<string, string> = {}, t: Translator = translator('en')) {
  const idOf = (field: string) => {
    if (ids[field]) return ids[field];
    const parts = field.split('.');
    // A person missing altogether: their name is the first thing to fill in.
    if (parts[0] === 'people' && parts.length === 2) return `people-${parts[1]}-name`;
    return parts.join('-');
  };
  const byField: Record<string, { text: string }> = {};
  for (const error of errors) byField[idOf(error.field)] ??= { text: sentence(error, t) };
  return {
    list: errors.map((error) => ({ text: sentence(error, t), href: `#${idOf(error.field)}` })),
    byField,
  };
}

/** Each field's name in an error message ("Case reference must be …"): the catalogue's `field.*`. */
const LABELS: Record<string, MessageKey> = {
  action: 'field.action',
  region: 'field.region',
  fieldworkStart: 'field.fieldworkStart',
  milestoneDates: 'field.milestoneDates',
  caseReference: 'field.caseReference',
  whatMightHappen: 'field.whatMightHappen',
  howSerious: 'field.howSerious',
  howImminent: 'field.howImminent',
  actionRequested: 'field.actionRequested',
  summary: 'field.summary',
  reason: 'field.reason',
  type: 'field.type',
  category: 'field.category',
  expectedDueDate: 'field.expectedDueDate',
  expectedPlanVersion: 'field.expectedPlanVersion',
  on: 'field.on',
  // A record's note, or what assured the lead.
  note: 'field.note',
  waiverReason: 'field.waiverReason',
  moreNote: 'field.moreNote',
  evidenceBy: 'field.evidenceBy',
  onBehalfReason: 'field.onBehalfReason',
  beforeFieldworkReason: 'field.beforeFieldworkReason',
  // The case sample's forms.
  assistantInspectors: 'field.assistantInspectors',
  welshSpeakingAssessors: 'field.welshSpeakingAssessors',
  practitionerUnavailable: 'field.practitionerUnavailable',
  perPdu: 'field.perPdu',
  decision: 'field.decision',
  decisionNote: 'field.decisionNote',
  state: 'field.state',
  // The report's road: what happened to a stage, and the words it needs.
  kind: 'field.kind',
  words: 'field.words',
  // An evidence file, and the upload it was taken in from.
  file: 'evidence.file',
  key: 'evidence.file',
  'request.kind': 'field.requestKind',
  'request.crn': 'field.caseReference',
  'request.date': 'field.interviewDate',
  'request.start': 'field.interviewStart',
  'request.ground': 'field.ground',
  'request.reason': 'field.requestReason',
  'request.substitute': 'field.substituteName',
  'request.substitute.name': 'field.substituteName',
  'request.substitute.staffId': 'field.substituteId',
  'request.substitute.email': 'field.substituteId',
};

/** What to say when a field was left out, where "Enter …" does not read well: the catalogue's `missing.*`. */
const MISSING: Record<string, MessageKey> = {
  region: 'missing.region',
  acknowledgeClashes: 'missing.acknowledgeClashes',
  fieldworkStart: 'missing.fieldworkStart',
  type: 'missing.type',
  category: 'missing.category',
  summary: 'missing.summary',
  reason: 'missing.reason',
  waiverReason: 'missing.waiverReason',
  // Only assuring an alert requires a note (a record's is optional).
  note: 'missing.note',
  moreNote: 'missing.moreNote',
  evidenceBy: 'missing.evidenceBy',
  onBehalfReason: 'missing.onBehalfReason',
  beforeFieldworkReason: 'missing.beforeFieldworkReason',
  // The case sample's change requests, decisions and progress.
  decision: 'missing.decision',
  decisionNote: 'missing.decisionNote',
  state: 'missing.state',
  kind: 'missing.kind',
  words: 'missing.words',
  'request.kind': 'missing.requestKind',
  'request.date': 'missing.interviewDate',
  'request.start': 'missing.interviewStart',
  'request.ground': 'missing.ground',
  'request.reason': 'missing.requestReason',
};

/** The rule a field error says was broken, in the page's language where the use case said it by catalogue. */
export const ruleText = (error: FieldError, t: Translator): string =>
  error.said ? sayIn(error.said, t.lang) : error.message;

/**
 * An error as GOV.UK writes one: what to do, in plain words, naming the field. The rule broken is
 * the use case's (`ruleText`).
 */
function sentence(error: FieldError, t: Translator): string {
  const parts = error.field.split('.');
  const role =
    parts[0] === 'people' && (PERSON_ROLES as readonly string[]).includes(parts[1] ?? '')
      ? t(`role.${parts[1] as PersonRole}`)
      : undefined;
  // Not given at all, or not even of the right type (what zod says of a value left out).
  const missing = error.value === undefined || error.value === '' || error.said?.key === 'common.invalidType';
  const label = LABELS[error.field] ?? LABELS[parts[0] ?? ''];
  let text: string;
  if (role && parts.length === 2) text = t('error.personMissing', { role });
  else if (role && parts[2] === 'email')
    text = missing ? t('error.emailMissing', { role }) : t('error.emailInvalid', { role, message: ruleText(error, t) });
  else if (role)
    text = missing ? t('error.nameMissing', { role }) : t('error.nameInvalid', { role, message: ruleText(error, t) });
  else if (missing) {
    const own = MISSING[error.field];
    text = own ? t(own) : t('error.enter', { field: label ? t(label).toLowerCase() : error.field });
  } else text = t('error.invalid', { field: label ? t(label) : error.field, message: ruleText(error, t) });
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A GOV.UK date input's day, month and year as YYYY-MM-DD; undefined if all are empty. */
export function dateFrom(values: Record<string, string>, name: string): string | undefined {
  const [day = '', month = '', year = ''] = ['day', 'month', 'year'].map((part) => values[`${name}-${part}`] ?? '');
  return day || month || year ? `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` : undefined;
}

/** A date as a GOV.UK date input's fields, as a person writes them: "2" and "6", not "02" and "06". */
export function dateFields(name: string, date: string): Record<string, string> {
  const [year = '', month = '', day = ''] = date.split('-');
  const written = (part: string) => part.replace(/^0(?=\d)/, '');
  return { [`${name}-day`]: written(day), [`${name}-month`]: written(month), [`${name}-year`]: year };
}

/** Form fields, dropping those left empty (an empty field is a field not given). */
export function fields(form: URLSearchParams): Record<string, string> {
  return Object.fromEntries([...form.entries()].filter(([, v]) => v.trim() !== '').map(([k, v]) => [k, v.trim()]));
}

/**
 * A refusal's message for its problem page, in the page's language: as the use case said it by
 * catalogue, or else its field errors' rules; English only where neither was given by catalogue.
 */
export function problemText(
  problem: { message: string; said?: Said; errors?: readonly FieldError[] },
  t: Translator,
): string {
  if (problem.said) return sayIn(problem.said, t.lang);
  const errors = problem.errors ?? [];
  if (errors.length > 0 && errors.every((error) => error.said))
    return errors.map((error) => `${error.field}: ${ruleText(error, t)}`).join('; ');
  return problem.message;
}

/**
 * An uploaded file's problems for GOV.UK's error summary, each linking to the file input (`href`):
 * where in the file (`row 3, column "RoSH"`) and what is wrong there, in the page's language where
 * the use case said both; at most `most` of them.
 */
export function fileProblems(errors: readonly FieldError[], t: Translator, href: string, most: number) {
  return errors.slice(0, most).map((error) => {
    const where = whereInFile(error.field);
    const text =
      where && error.said
        ? sayIn(said('common.file.problem', { where, rule: error.said }), t.lang)
        : `${error.field} ${ruleText(error, t)}`;
    return { text: text.charAt(0).toUpperCase() + text.slice(1), href };
  });
}
