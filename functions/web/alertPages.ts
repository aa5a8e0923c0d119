import { actOnAlert } from '../app/alerts/actOnAlert.js';
import { raiseAlert } from '../app/alerts/raiseAlert.js';
import { alertWithInspection } from '../app/queries/alerts.js';
import { inspectionView } from '../app/queries/inspectionView.js';
import { alertCapacity, canChange } from '../domain/access.js';
import { actionsOpenTo, ALERT_CATEGORIES, ALERT_TYPES, PERSON_ACTIONS } from '../domain/alerts.js';
import type { FieldError } from '../domain/validation.js';
import type { AlertView } from '../app/queries/audienceViews.js';
import { errorsFor, fields } from './forms.js';
import { attempt } from './outcome.js';
import type { PageKit } from './pageKit.js';
import { redirect, type WebRequest } from './responses.js';

/** The history of an alert, newest first, as its page shows it. */
function historyOf(alert: AlertView) {
  return [
    { label: 'Raised', at: alert.raised.at, by: alert.raised.by },
    ...(alert.confirmed
      ? [{ label: 'Confirmed by the lead inspector', at: alert.confirmed.at, by: alert.confirmed.by }]
      : []),
    ...(alert.notifiedAt ? [{ label: 'Region notified', at: alert.notifiedAt }] : []),
    ...alert.escalations.map((e) => ({
      label: `Escalated to the ${e.to === 'chiefInspector' ? 'Chief Inspector' : 'Head of Programme'} (no ${e.after})`,
      at: e.at,
    })),
    ...(alert.acknowledged ? [{ label: 'Acknowledged', at: alert.acknowledged.at, by: alert.acknowledged.by }] : []),
    ...(alert.evidence ? [{ label: 'Evidence submitted', at: alert.evidence.at, by: alert.evidence.by }] : []),
    ...(alert.assured ? [{ label: 'Assured', at: alert.assured.at, by: alert.assured.by }] : []),
    ...(alert.withdrawn ? [{ label: 'Withdrawn', at: alert.withdrawn.at, by: alert.withdrawn.by }] : []),
    ...(alert.describedInReport
      ? [{ label: 'Described in the report', at: alert.describedInReport.at, by: alert.describedInReport.by }]
      : []),
  ].sort((a, b) => b.at.localeCompare(a.at));
}

/** Raising an alert, an alert's page, and acting on it. */
export function alertPages({ deps, page, problem }: PageKit) {
  async function alertForm(
    request: WebRequest,
    id: string,
    values: Record<string, string> = {},
    errors?: FieldError[],
  ) {
    const outcome = await attempt(() => inspectionView(deps, request.principal, id));
    if (!outcome.ok) return problem(request, outcome);
    const view = outcome.value;
    if (!alertCapacity(request.principal, view.inspection, 'raise')) {
      return problem(request, { status: 403, message: `you cannot raise alerts in ${id}` });
    }
    return page(request, errors ? 400 : 200, 'new-alert.njk', {
      view,
      values,
      types: ALERT_TYPES,
      categories: ALERT_CATEGORIES,
      errors: errors ? errorsFor(errors) : undefined,
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
    // What this person may do now: the alert's rules, in the capacity their role gives them.
    const actions = Object.fromEntries(
      PERSON_ACTIONS.map((action) => {
        const capacity = alertCapacity(request.principal, inspection, action);
        return [action, capacity !== undefined && actionsOpenTo(alert, capacity).includes(action)];
      }),
    );
    // The reason may say more than a notice may: the inspectorate sees it, not the region.
    const showWithdrawalReason = canChange(request.principal, inspection);
    return page(request, status, 'alert.njk', {
      alert,
      inspection,
      actions,
      history: historyOf(alert),
      showWithdrawalReason,
      ...extra,
    });
  }

  async function act(request: WebRequest, alertId: string, action: string) {
    if (!(PERSON_ACTIONS as readonly string[]).includes(action)) {
      return problem(request, { status: 404, message: `there is nothing called ${action} to do to an alert` });
    }
    const values = fields(request.form);
    const outcome = await attempt(() => actOnAlert(deps, request.principal, { ...values, alertId, action }));
    if (outcome.ok) return redirect(`/alerts/${encodeURIComponent(alertId)}`);
    if (outcome.status !== 400) return problem(request, outcome);
    const toActions = { alertId: 'actions', action: 'actions', as: 'actions', by: 'actions' };
    return alertPage(request, alertId, { errors: errorsFor(outcome.errors, toActions), values }, 400);
  }

  return { alertForm, raise, alertPage, act };
}
