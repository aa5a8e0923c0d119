import { ukDateOf } from '../../domain/localDate.js';
import { said } from '../../domain/messages/said.js';
import type { InspectionState } from '../../ports/records.js';
import { logger } from '../../shared/logger.js';
import type { Deps } from '../deps.js';
import { composeNotice } from '../notices/composeNotice.js';
import { sendNoticeOnce } from '../notices/sendNoticeOnce.js';
import { reportNotices } from '../report/reportNotices.js';
import { auditEntry } from '../shared/audit.js';
import { retryOnConflict } from '../shared/retryOnConflict.js';

/**
 * The report's notices whose time has come are sent, each once: the notice ledger keeps each by
 * its stable id, so a driver restarted or run twice finds it sent and sends nothing. The feedback
 * request, once sent, is recorded as the feedback stage done.
 */
export async function sendDueReportNotices(deps: Deps, state: InspectionState): Promise<void> {
  const now = deps.clock.now();
  const due = reportNotices(state, deps).filter((notice) => new Date(notice.at) <= now);
  for (const notice of due) {
    const { draft, message } = composeNotice(deps, state, {
      id: notice.id,
      kind: notice.kind,
      ...(notice.kind === 'feedback-request' ? { milestoneId: 'publication' as const } : {}),
      to: notice.to,
      cc: notice.cc,
      attachCalendar: false,
      ...(notice.stage ? { reportStage: notice.stage } : {}),
    });
    const { notice: sent } = await sendNoticeOnce(deps, draft, message);
    if (notice.kind === 'feedback-request' && sent.status === 'sent')
      await recordFeedbackAsked(deps, state, sent.sentAt);
  }
}

/** The feedback stage is done the day its request went (once: a record already there is left). */
async function recordFeedbackAsked(deps: Deps, state: InspectionState, sentAt: string | undefined): Promise<void> {
  const on = ukDateOf(new Date(sentAt ?? deps.clock.now().toISOString()));
  await retryOnConflict(
    async () => {
      const inspection = await deps.timeline.getInspection(state.inspection.id);
      const records = inspection?.reportRecords ?? [];
      if (!inspection || records.some((r) => r.stageId === 'feedbackRequest' && r.kind === 'done')) return;
      const now = deps.clock.now();
      const record = { kind: 'done', stageId: 'feedbackRequest', on } as const;
      await deps.timeline.recordReportStage({
        inspectionId: inspection.id,
        expectedCount: records.length,
        record,
        at: now.toISOString(),
        audit: auditEntry({
          inspectionId: inspection.id,
          at: now,
          action: 'report stage done',
          subject: `report stage feedbackRequest of inspection ${inspection.id}`,
          after: record,
        }),
      });
      state.inspection = { ...inspection, reportRecords: [...records, record] };
    },
    { giveUp: said('report.record.changedMeanwhile'), context: { inspectionId: state.inspection.id } },
  );
  logger.info('feedback asked for', { inspectionId: state.inspection.id });
}
