import { openAlerts } from '../app/queries/openAlerts.js';
import { whatIsDue } from '../app/queries/whatIsDue.js';
import { ALERT_STATUSES, isClosed } from '../domain/alerts.js';
import { DUE_PERIODS } from '../domain/dueItems.js';
import { OVERVIEW_DEFAULTS } from '../domain/overview.js';
import { REGIONS } from '../domain/regions.js';
import type { FieldError } from '../domain/validation.js';
import type { MessageKey, Translator } from './i18n/translator.js';
import { dateFields, dateFrom, fields, ruleText } from './forms.js';
import { attempt } from './outcome.js';
import type { PageKit } from './pageKit.js';
import type { WebRequest, WebResponse } from './responses.js';

/** Where each query field is on the page (a range's dates: their day input). */
const INPUT_IDS: Record<string, string> = { from: 'from-day', to: 'to-day' };

/** A query's field error in GOV.UK's words, naming the field on the page. */
function errorText(error: FieldError, t: Translator): string {
  if (error.field === 'from' || error.field === 'to') {
    const which = error.field;
    if (error.value === undefined || error.value === '') return t(`dueError.${which}Missing`);
    if (error.said?.key === 'due.notBeforeFrom') return t('dueError.toBeforeFrom');
    if (error.said?.key === 'due.withinYearOfFrom') return t('dueError.withinYear');
    return t(`dueError.${which}Real`);
  }
  const chosen: Record<string, MessageKey> = {
    region: 'dueError.region',
    actor: 'dueError.actor',
    turn: 'dueError.actor',
    state: 'dueError.state',
    period: 'dueError.period',
  };
  const key = chosen[error.field];
  return key ? t(key) : t('dueError.other', { field: error.field, message: ruleText(error, t) });
}

/** Field errors as the layout's error summary and the inputs' messages want them. */
function errorsOf(errors: FieldError[], t: Translator) {
  const idOf = (field: string) => INPUT_IDS[field] ?? field;
  const byField: Record<string, { text: string }> = {};
  for (const error of errors) byField[idOf(error.field)] ??= { text: errorText(error, t) };
  return {
    list: errors.map((error) => ({ text: errorText(error, t), href: `#${idOf(error.field)}` })),
    byField,
  };
}

/** Regions the person may filter by: all twelve, or none for a region user (they see only theirs). */
const regionsFor = (request: WebRequest) => (request.principal.role === 'region' ? [] : REGIONS);

/** The region the page is about, for its title: the one filtered by, the user's own, or all. */
function regionTitle(request: WebRequest, region: string | undefined, t: Translator): string {
  const id = region ?? request.principal.regionId;
  return REGIONS.find((r) => r.id === id || r.name === id)?.name ?? t('due.allRegions');
}

/** "What is due" across the programme, and the open alerts. */
export function duePages({ deps, page, problem, t: translate }: PageKit) {
  async function dueList(request: WebRequest): Promise<WebResponse> {
    const t = translate(request);
    const periodTitle = (period: string) =>
      t(`due.period.${period as (typeof DUE_PERIODS)[number]}`, { days: OVERVIEW_DEFAULTS.dueWindowDays });
    const values = fields(request.query);
    // A range comes from GOV.UK date inputs (from-day …), or as ISO dates from a link.
    const from = dateFrom(values, 'from') ?? values.from;
    const to = dateFrom(values, 'to') ?? values.to;
    const range = values.period === 'range' || (values.period === undefined && (from ?? to) !== undefined);
    const query = {
      ...(values.period ? { period: values.period } : {}),
      ...(range && from ? { from } : {}),
      ...(range && to ? { to } : {}),
      ...(values.region ? { region: values.region } : {}),
      ...(values.actor ? { actor: values.actor } : {}),
    };
    const outcome = await attempt(() => whatIsDue(deps, request.principal, query));
    if (!outcome.ok && outcome.status !== 400) return problem(request, outcome);
    // Dates from a link (ISO) show in the date inputs, for the next change.
    const shown = {
      ...(range && from && !values['from-day'] ? dateFields('from', from) : {}),
      ...(range && to && !values['to-day'] ? dateFields('to', to) : {}),
      ...values,
    };
    const common = {
      values: shown,
      periods: DUE_PERIODS.map((period) => ({ value: period, text: periodTitle(period) })),
      regions: regionsFor(request),
      titleContext: regionTitle(request, values.region, t),
    };
    if (!outcome.ok) return page(request, 400, 'due.njk', { ...common, errors: errorsOf(outcome.errors, t) });
    return page(request, 200, 'due.njk', {
      ...common,
      due: outcome.value,
      periodTitle: periodTitle(outcome.value.period),
    });
  }

  async function alertList(request: WebRequest): Promise<WebResponse> {
    const t = translate(request);
    const values = fields(request.query);
    const query = Object.fromEntries(
      (['state', 'turn', 'region'] as const).flatMap((name) => (values[name] ? [[name, values[name]]] : [])),
    );
    const outcome = await attempt(() => openAlerts(deps, request.principal, query));
    if (!outcome.ok && outcome.status !== 400) return problem(request, outcome);
    const common = {
      values,
      states: ALERT_STATUSES.filter((status) => !isClosed(status)),
      regions: regionsFor(request),
      titleContext: regionTitle(request, values.region, t),
    };
    if (!outcome.ok) return page(request, 400, 'open-alerts.njk', { ...common, errors: errorsOf(outcome.errors, t) });
    return page(request, 200, 'open-alerts.njk', { ...common, board: outcome.value });
  }

  return { dueList, alertList };
}
