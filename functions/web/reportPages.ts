import { visibleInspection } from '../app/access/inspectionAccess.js';
import { reportViewOf, type ReportView } from '../app/queries/reportView.js';
import { readReportProgress, recordReportStage } from '../app/report/recordReportStage.js';
import type { Principal } from '../domain/access.js';
import { ukDateOf } from '../domain/localDate.js';
import { said } from '../domain/messages/said.js';
import { mayRecord } from '../domain/report/recordingRules.js';
import { OWNER_TITLES, STAGE_TITLES, type StageId } from '../domain/report/reportStages.js';
import type { StageRecord } from '../domain/report/stageProgress.js';
import type { FieldError } from '../domain/validation.js';
import type { InspectionRecord } from '../ports/records.js';
import { dateFields, dateFrom, errorsFor, fields } from './forms.js';
import { attempt } from './outcome.js';
import type { PageKit } from './pageKit.js';
import { redirect, type WebRequest, type WebResponse } from './responses.js';

type Kind = StageRecord['kind'];

/** What the person may record of one stage now, in the order the form offers it. */
function kindsFor(principal: Principal, inspection: InspectionRecord, stage: ReportView['stages'][number]): Kind[] {
  const waiting = stage.disputes.some((dispute) => dispute.decidedOn === undefined);
  const possible: Kind[] = [
    ...(stage.status === 'done' ? (['returned'] as const) : (['done'] as const)),
    ...(stage.id === 'factualAccuracyCheck' ? (waiting ? (['disputeDecided'] as const) : (['disputed'] as const)) : []),
  ];
  return possible.filter((kind) => mayRecord(principal, inspection, kind));
}

/** The words a kind of record asks for, by the field the use case reads. */
const WORDS_FIELD: Partial<Record<Kind, 'reason' | 'matter' | 'decision'>> = {
  returned: 'reason',
  disputed: 'matter',
  disputeDecided: 'decision',
};

/** A stage's title and owner as said, for the page to word in its language. */
const inWords = (stage: ReportView['stages'][number]) => ({
  titleSaid: said(STAGE_TITLES[stage.id]),
  ownerSaid: said(OWNER_TITLES[stage.owner]),
});

/** A use case's field as this form names it: one box for the words, one choice of what happened. */
const FORM_FIELD: Record<string, string> = {
  reason: 'words',
  matter: 'words',
  decision: 'words',
  stageId: 'kind',
  milestoneId: 'kind',
};
const onThisForm = (error: FieldError): FieldError => ({ ...error, field: FORM_FIELD[error.field] ?? error.field });

/**
 * The report's road (issue 15): each stage of §7.1 with its owner, its due date and its state, and
 * the publication forecast beside the six-week (eight in Wales) aim; and for each stage a form to
 * record it done, returned for another round, disputed, or the dispute decided.
 */
export function reportPages({ deps, page, problem, t }: PageKit) {
  function stagesFor(request: WebRequest, inspection: InspectionRecord, view: ReportView) {
    return view.stages.map((stage) => ({
      ...stage,
      ...inWords(stage),
      recordable: kindsFor(request.principal, inspection, stage).length > 0,
    }));
  }

  async function reportPage(request: WebRequest, id: string): Promise<WebResponse> {
    const seen = await attempt(() => visibleInspection(deps, request.principal, id));
    if (!seen.ok) return problem(request, seen);
    const inspection = seen.value;
    const view = reportViewOf(inspection, await readReportProgress(deps, inspection));
    const recorded = request.query.get('recorded');
    return page(request, 200, 'report.njk', {
      inspection,
      view,
      stages: stagesFor(request, inspection, view),
      recorded: view.stages.some((stage) => stage.id === recorded)
        ? said(STAGE_TITLES[recorded as StageId])
        : undefined,
    });
  }

  async function stageForm(request: WebRequest, id: string, stageId: string): Promise<WebResponse> {
    const tr = t(request);
    const seen = await attempt(() => visibleInspection(deps, request.principal, id));
    if (!seen.ok) return problem(request, seen);
    const inspection = seen.value;
    const view = reportViewOf(inspection, await readReportProgress(deps, inspection));
    const stage = view.stages.find((candidate) => candidate.id === stageId);
    if (!stage) return problem(request, { status: 404, message: tr('problem.noPage') });
    const kinds = kindsFor(request.principal, inspection, stage);
    if (kinds.length === 0) return problem(request, { status: 403, message: tr('problem.cannotChange', { id }) });

    let values: Record<string, string> = { ...dateFields('on', ukDateOf(deps.clock.now())), kind: kinds[0] ?? '' };
    let errors: FieldError[] | undefined;
    if (request.method === 'POST') {
      values = fields(request.form);
      const kind = values.kind as Kind;
      const on = dateFrom(values, 'on');
      const wordsField = WORDS_FIELD[kind];
      const outcome = await attempt(() =>
        recordReportStage(deps, request.principal, {
          inspectionId: id,
          stageId,
          kind: values.kind,
          on: on ?? '',
          ...(wordsField ? { [wordsField]: values.words ?? '' } : {}),
        }),
      );
      if (outcome.ok) {
        return redirect(`/inspections/${encodeURIComponent(id)}/report?recorded=${encodeURIComponent(stageId)}`);
      }
      if (outcome.status !== 400) return problem(request, outcome);
      errors = outcome.errors;
    }
    return page(request, errors ? 400 : 200, 'report-stage.njk', {
      inspection,
      stage: { ...stage, ...inWords(stage) },
      kinds,
      values,
      errors: errors ? errorsFor(errors.map(onThisForm), { on: 'on-day' }, tr) : undefined,
    });
  }

  return { reportPage, stageForm };
}
