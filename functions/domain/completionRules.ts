import { sameEmail, type Principal } from './access.js';
import { ukDateOf, type LocalDate } from './localDate.js';
import { english, said, type Said } from './messages/said.js';
import type { MilestoneId } from './milestones.js';
import { isSettled, type MilestoneStatus } from './milestoneStatus.js';

/**
 * Recording work by hand (issue 18): when a milestone can be recorded at all, and who may undo a
 * record, and until when.
 */

/**
 * Why no milestone of the inspection can be recorded yet, or undefined: nothing the region or the
 * inspectorate does for an inspection can happen before it has been announced.
 */
export function notYetRecordable(
  milestones: readonly { id: MilestoneId; status: MilestoneStatus; dueDate: LocalDate }[],
): Said | undefined {
  const announcement = milestones.find((m) => m.id === 'announcement');
  if (!announcement || isSettled(announcement.status)) return undefined;
  return said('dates.record.beforeAnnouncement', { due: announcement.dueDate });
}

/** A record a person made, as undoing needs it. */
export interface RecordMade {
  /** Who made it, by their verified email (older records have none). */
  byId?: string | undefined;
  /** When it was made (older records: when it was said to be done). */
  recordedAt: string;
}

/**
 * Why the person may not undo a record, or undefined: only the person who made it, or an
 * administrator, and only on the UK day it was made.
 */
export function undoSaid(record: RecordMade, principal: Principal, now: Date): Said | undefined {
  const own = record.byId !== undefined && sameEmail(record.byId, principal.email);
  if (!own && principal.role !== 'administrator') return said('dates.undo.notYours');
  const madeOn = ukDateOf(new Date(record.recordedAt));
  if (madeOn !== ukDateOf(now)) return said('dates.undo.notToday', { on: madeOn });
  return undefined;
}

/** `undoSaid` in English. */
export function undoProblem(record: RecordMade, principal: Principal, now: Date): string | undefined {
  const problem = undoSaid(record, principal, now);
  return problem && english(problem);
}
