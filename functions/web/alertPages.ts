import { actOnAlert } from '../app/alerts/actOnAlert.js';
import { raiseAlert } from '../app/alerts/raiseAlert.js';
import { alertWithInspection } from '../app/queries/alerts.js';
import { inspectionView } from '../app/queries/inspectionView.js';
import { actsForRegion, alertCapacity, canChange, raisedBy } from '../domain/access.js';
import { actionsOpenTo, ALERT_CATEGORIES, ALERT_TYPES, PERSON_ACTIONS, whoseTurn } from '../domain/alerts.js';
import { ukDateOf } from '../domain/localDate.js';
import { wordingIn } from '../domain/messages/sayIn.js';
import { english, said } from '../domain/messages/said.js';
import type { FieldError } from '../domain/validation.js';
import type { MessageKey, Translator } from './i18n/translator.js';
import type { AlertView } from '../app/queries/audienceViews.js';
import { evidencePages } from './evidencePages.js';
import { dateFrom, errorsFor, fields } from './forms.js';
import { attempt } from './outcome.js';
import type { PageKit } from './pageKit.js';
import { allowFormsTo, redirect, type WebRequest } from './responses.js';

/** Whose turn it is, in words: the alert's tag says it beside its colour. */
const TURN_WORDS: Record<ReturnType<typeof whoseTurn>, MessageKey> = {
  lead: 'turn.lead',
  region: 'turn.region',
  system: 'turn.system',
  nobody: 'turn.nobody',
};

/** "on behalf of the region", for a step someone else took for it. */
const behalf = (step: { onBehalf?: { reason: string } } | undefined) =>
  step?.onBehalf ? { onBehalf: step.onBehalf.reason } : {};

/** The history of an alert, newest first, as its page shows it. */
function historyOf(alert: AlertView, t: Translator) {
  const evidence = [...(alert.earlierEvidence ?? []), ...(alert.evidence ? [alert.evidence] : [])];
  return [
    { label: t('history.raised'), at: alert.raised.at, by: alert.raised.by },
    ...(alert.confirmed ? [{ label: t('history.confirmed'), at: alert.confirmed.at, by: alert.confirmed.by }] : []),
    ...(alert.notifiedAt ? [{ label: t('history.notified'), at: alert.notifiedAt }] : []),
    ...alert.escalations.map((e) => ({
      label: t(e.to === 'chiefInspector' ? 'history.escalatedChief' : 'history.escalatedHead', {
        missing: t(`history.no.${e.after}`),
      }),
      at: e.at,
    })),
    ...(alert.acknowledged
      ? [
          {
            label: t('history.acknowledged'),
            at: alert.acknowledged.at,
            by: alert.acknowledged.by,
            ...behalf(alert.acknowledged),
          },
        ]
      : []),
    ...evidence.map((item) => ({
      label: t('history.evidence'),
      at: item.at,
      by: item.by,
      text: item.summary,
      ...behalf(item),
    })),
    ...(alert.moreEvidence ?? []).map((request) => ({
      label: t('history.moreEvidence'),
      at: request.at,
      by: request.by,
      text: request.note,
    })),
    ...(alert.assured
      ? [{ label: t('history.assured'), at: alert.assured.at, by: alert.assured.by, text: alert.assured.note }]
      : []),
    ...(alert.withdrawn ? [{ label: t('history.withdrawn'), at: alert.withdrawn.at, by: alert.withdrawn.by }] : []),
    ...(alert.describedInReport
      ? [{ label: t('history.inReport'), at: alert.describedInReport.at, by: alert.describedInReport.by }]
      : []),
  ].sort((a, b) => b.at.localeCompare(a.at));
}

/** Raising an alert, an alert's page, and acting on it. */
export function alertPages(kit: PageKit) {
  const { deps, page, problem, t } = kit;
  const evidence = evidencePages(kit);
  async function alertForm(
    request: WebRequest,
    id: string,
    values: Record<string, string> = {},
    errors?: FieldError[],
  ) {
    const outcome = await attempt(() => inspectionView(deps, request.principal, id));
    if (!outcome.ok) return problem(request, outcome);
    const view = outcome.value;
    const capacity = alertCapacity(request.principal, view.inspection, 'raise');
    if (!capacity) {
      const refusal = said('alert.cannotRaise', { inspection: id });
      return problem(request, { status: 403, message: english(refusal), said: refusal });
    }
    // Alerts come from fieldwork: before it, only the lead may raise one, saying why it cannot wait.
    const beforeFieldwork = ukDateOf(deps.clock.now()) < view.inspection.fieldworkStart;
    if (beforeFieldwork && capacity !== 'lead') {
      const refusal = said('alert.fieldworkFirst', { start: view.inspection.fieldworkStart });
      return problem(request, { status: 403, message: english(refusal), said: refusal });
    }
    return page(request, errors ? 400 : 200, 'new-alert.njk', {
      view,
      beforeFieldwork,
      values,
      types: ALERT_TYPES,
      categories: ALERT_CATEGORIES,
      errors: errors ? errorsFor(errors, {}, t(request)) : undefined,
    });
  }

  async function raise(request: WebRequest, id: string) {
    const values = fields(request.form);
    const outcome = await attempt(() => raiseAlert(deps, request.principal, { ...values, inspectionId: id }));
    if (outcome.ok) return redirect(`/alerts/${encodeURIComponent(outcome.value.id)}`);
    if (outcome.status !== 400) return problem(request, outcome);
    return alertForm(request, id, values, outcome.errors);
  }

  async function alertPage(request: WebRequest, alertId: string, extra: Record<string, unknown> = {}, status = 200) {
    const outcome = await attempt(() => alertWithInspection(deps, request.principal, alertId));
    if (!outcome.ok) return problem(request, outcome);
    const { alert, inspection } = outcome.value;
    // What this person may do now: the alert's rules, in the capacity their role gives them
    // (nobody is offered their own alert to confirm).
    const actions = Object.fromEntries(
      PERSON_ACTIONS.map((action) => {
        const capacity = alertCapacity(request.principal, inspection, action);
        return [
          action,
          capacity !== undefined && actionsOpenTo(alert, capacity, request.principal.email).includes(action),
        ];
      }),
    );
    const turn = whoseTurn(alert.status);
    const words = wordingIn(request.lang ?? 'en').alertWords;
    // The reason may say more than a notice may: the inspectorate sees it, not the region.
    const showWithdrawalReason = canChange(request.principal, inspection);
    const files = await evidence.evidenceSection(request, alert);
    const response = page(request, status, 'alert.njk', {
      ...files.context,
      alert,
      inspection,
      actions,
      heading: `${words.types[alert.type]}: ${words.categories[alert.category]}`,
      turn,
      turnWords: t(request)(TURN_WORDS[turn]),
      forRegion: actsForRegion(request.principal, inspection),
      ownToConfirm: alert.status === 'raised' && raisedBy(request.principal, alert),
      leadName: inspection.people.lead.name,
      history: historyOf(alert, t(request)),
      showWithdrawalReason,
      ...extra,
    });
    return allowFormsTo(response, files.formOrigin);
  }

  async function act(request: WebRequest, alertId: string, action: string) {
    if (!(PERSON_ACTIONS as readonly string[]).includes(action)) {
      const refusal = said('alert.nothingCalled', { action });
      return problem(request, { status: 404, message: english(refusal), said: refusal });
    }
    const values = fields(request.form);
    // Each form's fields: a note is the assurance's or the request for more evidence's; a date comes in three parts.
    const { _csrf: _token, ...given } = values;
    const body =
      action === 'request-more-evidence'
        ? { note: given.moreNote, evidenceBy: dateFrom(given, 'evidenceBy') }
        : Object.fromEntries(Object.entries(given).filter(([key]) => !/^evidenceBy-|^moreNote$/.test(key)));
    const outcome = await attempt(() => actOnAlert(deps, request.principal, { ...body, alertId, action }));
    if (outcome.ok) return redirect(`/alerts/${encodeURIComponent(alertId)}`);
    if (outcome.status !== 400) return problem(request, outcome);
    const toActions = {
      alertId: 'actions',
      action: 'actions',
      as: 'actions',
      by: 'actions',
      evidenceBy: 'evidenceBy-day',
      ...(action === 'acknowledge' ? { onBehalfReason: 'ackOnBehalfReason' } : {}),
    };
    // The request for more evidence has its own note field on the page.
    const errors = outcome.errors.map((error) =>
      action === 'request-more-evidence' && error.field === 'note' ? { ...error, field: 'moreNote' } : error,
    );
    return alertPage(
      request,
      alertId,
      { errors: errorsFor(errors, toActions, t(request)), values, failed: action },
      400,
    );
  }

  return { alertForm, raise, alertPage, act, evidence };
}
