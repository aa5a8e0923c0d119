import { planProgramme, type ProgrammePlanned } from '../app/inspections/planProgramme.js';
import { programmeCsv, programmeView, type ProgrammeRow } from '../app/queries/programmeView.js';
import { canCreate } from '../domain/access.js';
import { PROGRAMME_COLUMNS } from '../domain/programme/programmeFile.js';
import type { FieldError } from '../domain/validation.js';
import { errorsFor, fields, fileProblems } from './forms.js';
import { said } from '../domain/messages/said.js';
import { sayIn } from '../domain/messages/sayIn.js';
import { STAGE_TITLES } from '../domain/report/reportStages.js';
import type { Translator } from './i18n/translator.js';
import { attempt } from './outcome.js';
import type { PageKit } from './pageKit.js';
import { attachment, redirect, type WebRequest, type WebResponse } from './responses.js';

/** Where the planned publication stands against the §7.4 aim, in words. */
function againstAim(row: ProgrammeRow, t: Translator): string {
  if (row.workingDaysAfterAim > 1) return t('programme.afterAim', { days: row.workingDaysAfterAim });
  if (row.workingDaysAfterAim === 1) return t('programme.oneAfterAim');
  return row.workingDaysAfterAim === 0 ? t('programme.onAim') : t('programme.beforeAim');
}

/** The most problems with a programme file the page lists (a file has at most 12 rows of 14 columns). */
const PROBLEMS_LISTED = 50;

/** The programme by week (issue 15), for administrators and Heads of Programme, and its CSV. */
export function programmePages({ deps, page, problem, t }: PageKit) {
  async function programmePage(request: WebRequest): Promise<WebResponse> {
    const outcome = await attempt(() => programmeView(deps, request.principal));
    if (!outcome.ok) return problem(request, outcome);
    const tr = t(request);
    const { rows, weeks, clashes } = outcome.value;
    // Each thing's name in the page's language: a report stage by the catalogue, the rest by the page's.
    const titled = weeks.map((week) => ({
      ...week,
      items: week.items.map((item) => ({
        ...item,
        title: item.stageId
          ? sayIn(said(STAGE_TITLES[item.stageId]), tr.lang)
          : tr(`programme.kind.${item.kind as Exclude<typeof item.kind, 'report-stage'>}`),
      })),
    }));
    const planned = Number(request.query.get('planned'));
    return page(request, 200, 'programme.njk', {
      rows: rows.map((row) => ({ ...row, againstAim: againstAim(row, tr) })),
      weeks: titled,
      clashes,
      mayPlan: canCreate(request.principal),
      // The success banner after a programme was planned from its file (planPage redirects here).
      planned: Number.isInteger(planned) && planned > 0 ? tr('programmePlan.planned', { count: planned }) : undefined,
    });
  }

  /**
   * The page planning a whole programme from one file: the upload; then the plans and their
   * clashes, nothing saved, with the file kept in the form to confirm ("Plan it anyway" ticked if
   * it clashes); confirmed, the programme page with a banner.
   */
  function planPage(
    request: WebRequest,
    state: { problems?: FieldError[]; preview?: ProgrammePlanned; csv?: string; ackError?: boolean } = {},
  ): WebResponse {
    if (!canCreate(request.principal)) {
      return problem(request, { status: 403, message: t(request)('problem.onlyPlanners') });
    }
    const tr = t(request);
    const { problems, preview, csv, ackError } = state;
    const errors = problems
      ? {
          list: fileProblems(problems, tr, '#programmeFile', PROBLEMS_LISTED),
          byField: { programmeFile: { text: tr('programmePlan.notAccepted', { count: problems.length }) } },
        }
      : ackError
        ? errorsFor([{ field: 'acknowledgeClashes', value: undefined, message: '' }], {}, tr)
        : undefined;
    return page(request, problems || ackError ? 400 : 200, 'programme-plan.njk', {
      errors,
      preview,
      csv,
      columns: Object.values(PROGRAMME_COLUMNS).map((column) => column.name),
    });
  }

  async function plan(request: WebRequest): Promise<WebResponse> {
    if (!canCreate(request.principal)) return planPage(request);
    const values = fields(request.form);
    const file = request.files?.programmeFile;
    const csv = file ? file.bytes.toString('utf8') : values.csv;
    if (!csv) {
      return planPage(request, {
        problems: [
          {
            field: t(request)('programmePlan.theFile'),
            value: undefined,
            message: t(request)('programmePlan.chooseWhy'),
          },
        ],
      });
    }
    const confirm = values.confirm === 'yes';
    const acknowledgeClashes = values.acknowledgeClashes === 'yes';
    const outcome = await attempt(() =>
      planProgramme(deps, request.principal, confirm ? { csv, confirm, acknowledgeClashes } : { csv }),
    );
    if (outcome.ok) {
      if (outcome.value.saved) return redirect(`/programme?planned=${outcome.value.plans.length}`);
      return planPage(request, { preview: outcome.value, csv });
    }
    if (outcome.status !== 400) return problem(request, outcome);
    if (outcome.errors.some((error) => error.field === 'acknowledgeClashes')) {
      // Confirmed without "Plan it anyway": the plans and their clashes again, asking for it.
      const again = await attempt(() => planProgramme(deps, request.principal, { csv }));
      if (again.ok) return planPage(request, { preview: again.value, csv, ackError: true });
    }
    // The file's problems by row and column; the file itself named for a problem with it as a whole.
    const problems = outcome.errors.map((error) => (error.field === 'csv' ? { ...error, field: 'file' } : error));
    return planPage(request, {
      problems: problems.length > 0 ? problems : [{ field: 'file', value: undefined, message: outcome.message }],
    });
  }

  async function download(request: WebRequest): Promise<WebResponse> {
    const outcome = await attempt(() => programmeCsv(deps, request.principal));
    if (!outcome.ok) return problem(request, outcome);
    return attachment(outcome.value);
  }

  return { programmePage, download, planPage, plan };
}
