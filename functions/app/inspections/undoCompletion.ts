import type { Principal } from '../../domain/access.js';
import { undoSaid } from '../../domain/completionRules.js';
import { isSettled } from '../../domain/milestoneStatus.js';
import { ruleError } from '../../domain/validation.js';
import type { CompletionRecord } from '../../ports/records.js';
import { logger } from '../../shared/logger.js';
import type { Deps } from '../deps.js';
import { refuse } from '../errors.js';
import { auditEntry } from '../shared/audit.js';
import { milestoneRequest, milestoneRequestSchema, type MilestoneOutcome } from './settleMilestone.js';

/** The record that stands for a milestone's completion: the latest not undone. */
export function standingCompletion(
  completions: readonly CompletionRecord[],
  milestoneId: string,
): CompletionRecord | undefined {
  return completions
    .filter((c) => c.milestoneId === milestoneId && c.undone === undefined)
    .sort((a, b) => (a.recordedAt ?? a.at).localeCompare(b.recordedAt ?? b.at))
    .at(-1);
}

/**
 * The person who recorded a milestone done or waived (or an administrator) undoes it, the same day:
 * 1. refused unless the milestone stands met or waived by a record a person made;
 * 2. refused to anyone else, and after the day it was recorded;
 * 3. the record is marked undone and the milestone goes back to the status it had, with an audit
 *    entry, in one transaction. Events are not touched: a notice already sent stays in the ledger
 *    under its own id and is never sent again, and a reminder skipped while it stood met stays skipped.
 */
export async function undoCompletion(deps: Deps, principal: Principal, input: unknown): Promise<MilestoneOutcome> {
  const { request, state, milestone } = await milestoneRequest(deps, principal, milestoneRequestSchema, input);
  const inspectionId = state.inspection.id;
  const record = isSettled(milestone.status)
    ? standingCompletion(await deps.timeline.completions(inspectionId), milestone.id)
    : undefined;
  if (!record) {
    refuse([ruleError('milestoneId', request.milestoneId, 'dates.undo.nothing')]);
  }
  const now = deps.clock.now();
  const problem = undoSaid({ byId: record.byId, recordedAt: record.recordedAt ?? record.at }, principal, now);
  if (problem) refuse([ruleError('milestoneId', request.milestoneId, problem.key, problem.values)]);
  const restored = record.previous ?? 'pending';
  await deps.timeline.undoCompletion({
    inspectionId,
    milestoneId: milestone.id,
    completedAt: record.at,
    undone: { at: now.toISOString(), by: principal.name },
    change: { milestoneId: milestone.id, from: milestone.status, to: restored },
    audit: auditEntry({
      inspectionId,
      at: now,
      actor: principal,
      action: 'completion undone',
      subject: `milestone ${milestone.id}`,
      before: { status: milestone.status, recordedBy: record.by, recordedAt: record.recordedAt ?? record.at },
      after: restored,
    }),
  });
  logger.info('completion undone', { inspectionId, milestoneId: milestone.id, status: restored });
  const { completedAt: _at, completedBy: _by, ...rest } = milestone;
  return { milestone: { ...rest, status: restored }, alreadyRecorded: false };
}
