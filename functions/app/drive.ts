import { ukDateOf } from '../domain/localDate.js';
import type { Phase } from '../domain/milestones.js';
import { decideDeadlineCheck, isSettled, passesOnItsDate, statusOnCompletion } from '../domain/milestoneStatus.js';
import type { EventKind } from '../domain/schedule.js';
import type { SettleEvent, StatusChange } from '../ports/inspectionStore.js';
import type { AuditEntry, EventRecord, InspectionState } from '../ports/records.js';
import { logger } from '../shared/logger.js';
import { gateReason } from '../domain/alerts.js';
import { gateFor } from './alerts.js';
import { composeNotice, type NoticeRequest } from './composeNotice.js';
import type { Deps } from './deps.js';
import { sendNoticeOnce } from './sendNotice.js';

/** What the workflow does next: wait until `at`, then run the task for `kind` in `phase`. Keys only. */
export interface NextStep {
  done: boolean;
  phase: Phase | 'complete';
  kind: EventKind | 'none';
  at: string;
  eventId?: string;
  /** Why the driver stops, when it does. */
  reason?: string;
}

export interface DriverInput {
  inspectionId: string;
  /** The execution's name: only the inspection's current driver may act. */
  driver: string;
}

function done(now: Date, reason: string): NextStep {
  return { done: true, phase: 'complete', kind: 'none', at: now.toISOString(), reason };
}

/** The earliest pending event, or done when none is left. */
export function nextStepOf(state: InspectionState, now: Date): NextStep {
  const next = state.events
    .filter((event) => event.status === 'pending')
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id))[0];
  if (!next) return done(now, 'every event is done');
  return { done: false, phase: next.phase, kind: next.kind, at: next.at, eventId: next.id };
}

async function loadForDriver(deps: Deps, input: DriverInput): Promise<InspectionState | NextStep> {
  // The driver needs only what is still to do: ended events stay in the table, unread.
  const state = await deps.store.load(input.inspectionId, { pendingOnly: true });
  if (!state) return done(deps.clock.now(), `inspection ${input.inspectionId} does not exist`);
  if (state.inspection.driver !== input.driver) {
    return done(deps.clock.now(), `superseded by driver ${state.inspection.driver}`);
  }
  return state;
}

function audit(
  inspectionId: string,
  at: Date,
  action: string,
  subject: string,
  before?: unknown,
  after?: unknown,
): AuditEntry {
  return { inspectionId, at: at.toISOString(), actor: 'system', action, subject, before, after };
}

/** Calendar milestones (fieldwork weeks and the like) are met once their date has come. */
async function passCalendarEvents(deps: Deps, state: InspectionState, now: Date): Promise<void> {
  const today = ukDateOf(now);
  const passed = state.milestones.filter(
    (m) => passesOnItsDate(m.id, m.kind) && m.status === 'pending' && m.dueDate <= today,
  );
  if (passed.length === 0) return;
  const changes: StatusChange[] = passed.map((m) => ({
    milestoneId: m.id,
    from: 'pending',
    to: 'met',
    completedAt: now.toISOString(),
    completedBy: 'calendar',
  }));
  await deps.store.changeMilestones(
    state.inspection.id,
    changes,
    // One entry for the change: every milestone the date has passed, together.
    [
      audit(
        state.inspection.id,
        now,
        passed.length === 1 ? 'milestone passed' : 'milestones passed',
        passed.map((m) => `milestone ${m.id}`).join(', '),
        'pending',
        'met',
      ),
    ],
  );
  for (const m of passed) m.status = 'met';
}

/** The first state of every execution: where to go from here. */
export async function findNext(deps: Deps, input: DriverInput): Promise<NextStep> {
  const state = await loadForDriver(deps, input);
  if (!('inspection' in state)) return state;
  return nextStepOf(state, deps.clock.now());
}

/**
 * Does every pending event of `kind` that is due, then says what comes next. An event that cannot
 * be done is recorded as failed and the others go on; a transient refusal is thrown for the
 * workflow to retry with backoff.
 */
export async function processDue(deps: Deps, input: DriverInput, kind: EventKind): Promise<NextStep> {
  const loaded = await loadForDriver(deps, input);
  if (!('inspection' in loaded)) return loaded;
  const state = loaded;
  const now = deps.clock.now();
  await passCalendarEvents(deps, state, now);
  const due = state.events
    .filter((event) => event.status === 'pending' && event.kind === kind && new Date(event.at) <= now)
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  for (const event of due) {
    event.status = kind === 'notice' ? await doNotice(deps, state, event) : await doDeadlineCheck(deps, state, event);
  }
  return nextStepOf(state, deps.clock.now());
}

/** What ends an event: the event, how it ended, why, and any milestone change it makes. */
type SettlementOf = [event: EventRecord, status: 'done' | 'skipped' | 'failed', outcome: string, change?: StatusChange];

function settlement(
  deps: Deps,
  state: InspectionState,
  ...[event, status, outcome, change]: SettlementOf
): SettleEvent {
  const now = deps.clock.now();
  return {
    inspectionId: state.inspection.id,
    eventId: event.id,
    status,
    outcome,
    at: now.toISOString(),
    ...(change ? { change } : {}),
    audit: audit(state.inspection.id, now, `event ${status}`, `event ${event.id}`, 'pending', { status, outcome }),
  };
}

/** Keeps the in-memory state in step with a settlement written to the store. */
function applied(state: InspectionState, settled: SettleEvent): 'done' | 'skipped' | 'failed' {
  if (settled.change) {
    const milestone = state.milestones.find((m) => m.id === settled.change?.milestoneId);
    if (milestone) milestone.status = settled.change.to;
  }
  logger.info('event settled', { inspectionId: state.inspection.id, eventId: settled.eventId, status: settled.status });
  return settled.status;
}

async function settle(
  deps: Deps,
  state: InspectionState,
  ...args: SettlementOf
): Promise<'done' | 'skipped' | 'failed'> {
  const settled = settlement(deps, state, ...args);
  await deps.store.settleEvent(settled);
  return applied(state, settled);
}

/**
 * Sends the event's notice and ends the event: in the transaction that records the notice as
 * sent, or, if it had been sent by an earlier attempt, on its own.
 */
async function sendAndSettle(
  deps: Deps,
  state: InspectionState,
  event: EventRecord,
  outcome: (messageId: string) => string,
  change?: (sentAt: string) => StatusChange | undefined,
  gate?: NoticeRequest['gate'],
): Promise<'done' | 'skipped' | 'failed'> {
  const { draft, message } = composeNotice(deps, state, {
    ...(gate ? { gate } : {}),
    id: event.id,
    kind: event.notice,
    milestoneId: event.milestoneId,
    to: event.to,
    cc: event.cc,
    attachCalendar: event.attachCalendar,
    ...(event.workingDaysFromMilestone === undefined
      ? {}
      : { workingDaysFromMilestone: event.workingDaysFromMilestone }),
    ...(event.changes ? { changes: event.changes } : {}),
  });
  let settled: SettleEvent | undefined;
  const result = await sendNoticeOnce(deps, draft, message, ({ messageId, sentAt }) => {
    settled = settlement(deps, state, event, 'done', outcome(messageId), change?.(sentAt));
    return settled;
  });
  if (result.settled && settled) return applied(state, settled);
  const { notice } = result;
  if (notice.status === 'failed') return settle(deps, state, event, 'failed', `notice failed: ${notice.error ?? ''}`);
  return settle(
    deps,
    state,
    event,
    'done',
    outcome(notice.messageId ?? 'no id'),
    change?.(notice.sentAt ?? deps.clock.now().toISOString()),
  );
}

async function doNotice(
  deps: Deps,
  state: InspectionState,
  event: EventRecord,
): Promise<'done' | 'skipped' | 'failed' | 'held'> {
  const milestone = state.milestones.find((m) => m.id === event.milestoneId);
  if (event.condition === 'unless-met' && milestone && isSettled(milestone.status)) {
    return settle(deps, state, event, 'skipped', `milestone already ${milestone.status}`);
  }
  // Open alerts matter from the draft report on: the lead hears of them, and they may hold
  // publication. An inspection that never had an alert (its count, read with its timeline) has none
  // to look for.
  const aboutAlerts =
    event.condition === 'if-publication-held' ||
    event.notice === 'publication' ||
    event.notice === 'draft-report-reminder';
  const gate =
    aboutAlerts && (state.inspection.alertCount ?? 0) > 0 ? await gateFor(deps, state.inspection.id) : undefined;
  if (event.condition === 'if-publication-held' && (!gate || gate.open)) {
    return settle(deps, state, event, 'skipped', 'no organisational alert holds publication');
  }
  if (event.notice === 'publication' && gate && !gate.open) {
    const reason = `publication held: ${gateReason(gate)}`;
    const now = deps.clock.now();
    await deps.store.holdEvent({
      inspectionId: state.inspection.id,
      eventId: event.id,
      milestoneId: event.milestoneId,
      reason,
      audit: audit(state.inspection.id, now, 'publication held', `event ${event.id}`, 'pending', reason),
    });
    // The last alert may have been closed while this was being held: look again, so it cannot stay held.
    const again = await gateFor(deps, state.inspection.id);
    if (!again.open) {
      logger.info('publication held', { inspectionId: state.inspection.id, eventId: event.id });
      return 'held';
    }
    await deps.store.releaseEvent({
      inspectionId: state.inspection.id,
      eventId: event.id,
      milestoneId: event.milestoneId,
      audit: audit(
        state.inspection.id,
        deps.clock.now(),
        'publication released',
        `event ${event.id}`,
        'held',
        'pending',
      ),
    });
  }
  const completes = event.completesMilestone && milestone?.status === 'pending';
  return sendAndSettle(
    deps,
    state,
    event,
    (messageId) => `notice sent (${messageId})`,
    (sentAt) =>
      completes
        ? {
            milestoneId: event.milestoneId,
            from: 'pending',
            // A publication held by an alert goes late: met late, said plainly.
            to: statusOnCompletion(event.date, ukDateOf(new Date(sentAt))),
            completedAt: sentAt,
            completedBy: 'system',
          }
        : undefined,
    gate,
  );
}

async function doDeadlineCheck(deps: Deps, state: InspectionState, event: EventRecord) {
  const milestone = state.milestones.find((m) => m.id === event.milestoneId);
  if (!milestone) return settle(deps, state, event, 'failed', `no milestone ${event.milestoneId}`);
  if (event.decision !== 'notify') {
    const check = event.notice === 'deadline-overdue' ? 'overdue' : 'escalation';
    const decision = decideDeadlineCheck(check, milestone.status);
    if (decision.action === 'none') return settle(deps, state, event, 'skipped', decision.reason);
    const now = deps.clock.now();
    const change: StatusChange = { milestoneId: milestone.id, from: milestone.status, to: decision.status };
    await deps.store.decideDeadline({
      inspectionId: state.inspection.id,
      eventId: event.id,
      change,
      audit: audit(
        state.inspection.id,
        now,
        `deadline ${decision.status}`,
        `milestone ${milestone.id}`,
        milestone.status,
        decision.status,
      ),
    });
    milestone.status = decision.status;
    event.decision = 'notify';
  }
  return sendAndSettle(deps, state, event, (messageId) => `${milestone.status}; notice sent (${messageId})`);
}

/** The workflow's catch: the task failed after its retries. Record it, so nothing is lost, and go on. */
export async function recordFailure(
  deps: Deps,
  input: DriverInput & { eventId?: string; error: { Error?: string; Cause?: string } },
): Promise<NextStep> {
  const loaded = await loadForDriver(deps, input);
  if (!('inspection' in loaded)) return loaded;
  const now = deps.clock.now();
  const event = loaded.events.find((e) => e.id === input.eventId && e.status === 'pending');
  const reason = `${input.error.Error ?? 'Error'}: ${(input.error.Cause ?? '').slice(0, 500)}`;
  if (event) {
    await settle(deps, loaded, event, 'failed', `task failed after retries: ${reason}`);
    event.status = 'failed';
  }
  logger.error('workflow task failed', {
    inspectionId: input.inspectionId,
    eventId: input.eventId,
    error: input.error.Error,
  });
  return nextStepOf(loaded, now);
}
