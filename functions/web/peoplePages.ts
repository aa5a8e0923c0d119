import { visibleInspection } from '../app/access/inspectionAccess.js';
import { changeOfficial } from '../app/inspections/changeOfficial.js';
import { isAnnounced } from '../domain/notices/whoIsTold.js';
import { isOfficialRole, mayChangeOfficial, noticesOfChange } from '../domain/officials.js';
import type { FieldError } from '../domain/validation.js';
import { errorsFor, fields } from './forms.js';
import { attempt } from './outcome.js';
import type { PageKit } from './pageKit.js';
import { redirect, type WebRequest, type WebResponse } from './responses.js';

/** Someone not yet known, for asking the domain who a change would tell. */
const NEXT = { name: '', email: '' };

/**
 * Naming and replacing an inspection's officials (issue 15): the RPD names the SPOC; an
 * administrator replaces anyone. The page says who will be emailed before anything is saved.
 */
export function peoplePages({ deps, page, problem, t }: PageKit) {
  async function personForm(request: WebRequest, id: string, role: string): Promise<WebResponse> {
    const tr = t(request);
    if (!isOfficialRole(role)) return problem(request, { status: 404, message: tr('problem.noPage') });
    const seen = await attempt(() => visibleInspection(deps, request.principal, id));
    if (!seen.ok) return problem(request, seen);
    const inspection = seen.value;
    if (!mayChangeOfficial(request.principal, inspection, role)) {
      return problem(request, { status: 403, message: tr('problem.cannotChange', { id }) });
    }
    let values = fields(request.form);
    let errors: FieldError[] | undefined;
    if (request.method === 'POST') {
      const outcome = await attempt(() =>
        changeOfficial(deps, request.principal, { inspectionId: id, role, name: values.name, email: values.email }),
      );
      if (outcome.ok) return redirect(`/inspections/${encodeURIComponent(id)}?changed=${encodeURIComponent(role)}`);
      if (outcome.status !== 400) return problem(request, outcome);
      errors = outcome.errors;
    } else values = {};
    const current = inspection.people[role];
    // Who a change would tell, by the domain's rule (noticesOfChange), whoever the new person is.
    const told = noticesOfChange(
      { role, ...(current ? { before: current } : {}), after: NEXT, nameOnly: false, people: inspection.people },
      isAnnounced(await deps.timeline.milestones(id)),
    );
    return page(request, errors ? 400 : 200, 'person.njk', {
      inspection,
      role,
      current,
      told: told.length === 0 ? 'notYet' : told.length === 1 ? 'named' : 'both',
      values,
      errors: errors ? errorsFor(errors, {}, tr) : undefined,
    });
  }

  return { personForm };
}
