import { programmeCsv, programmeView, type ProgrammeRow } from '../app/queries/programmeView.js';
import { said, sayIn } from '../domain/messages/said.js';
import { STAGE_TITLES } from '../domain/report/reportStages.js';
import type { Translator } from './i18n/translator.js';
import { attempt } from './outcome.js';
import type { PageKit } from './pageKit.js';
import { attachment, type WebRequest, type WebResponse } from './responses.js';

/** Where the planned publication stands against the §7.4 aim, in words. */
function againstAim(row: ProgrammeRow, t: Translator): string {
  if (row.workingDaysAfterAim > 1) return t('programme.afterAim', { days: row.workingDaysAfterAim });
  if (row.workingDaysAfterAim === 1) return t('programme.oneAfterAim');
  return row.workingDaysAfterAim === 0 ? t('programme.onAim') : t('programme.beforeAim');
}

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
    return page(request, 200, 'programme.njk', {
      rows: rows.map((row) => ({ ...row, againstAim: againstAim(row, tr) })),
      weeks: titled,
      clashes,
    });
  }

  async function download(request: WebRequest): Promise<WebResponse> {
    const outcome = await attempt(() => programmeCsv(deps, request.principal));
    if (!outcome.ok) return problem(request, outcome);
    return attachment(outcome.value);
  }

  return { programmePage, download };
}
