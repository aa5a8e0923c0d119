import * as z from 'zod/mini';
import type { Principal } from '../../domain/access.js';
import type { DateWarning, EmailDecision } from '../../domain/dateChange.js';
import { MILESTONE_RULES } from '../../domain/milestones.js';
import type { InspectionRecord, InspectionState } from '../../ports/records.js';
import type { Deps } from '../deps.js';
import { composeNotice } from '../notices/composeNotice.js';
import { prepareReschedule } from './prepareReschedule.js';
import { milestoneRecords } from './timelineRecords.js';

const personSchema = z.object({ name: z.string(), email: z.string() });

/** What a change of dates would do, shown before anything is saved. */
export const reschedulePreviewSchema = z.object({
  inspectionId: z.string(),
  /** The plan version this was worked out from: give it back to change the dates as shown. */
  planVersion: z.int(),
  fieldworkStart: z.string(),
  /** Every date that moves. */
  changes: z.array(z.object({ milestoneId: z.string(), title: z.string(), from: z.string(), to: z.string() })),
  /** Every email the change sends at once: what, to whom, copied to whom. */
  emails: z.array(
    z.object({
      kind: z.string(),
      subject: z.string(),
      at: z.string(),
      to: z.array(personSchema),
      cc: z.array(personSchema),
    }),
  ),
  /** Whether the region hears of the change (not before the inspection has been announced to it). */
  regionTold: z.boolean(),
  /** What the person confirms rather than is refused. */
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
});
export type ReschedulePreview = z.infer<typeof reschedulePreviewSchema>;

const titleOf = (id: string) => MILESTONE_RULES.find((rule) => rule.id === id)?.title ?? id;

/**
 * Someone who may change the inspection checks a change of dates before making it:
 * 1. worked out exactly as the change itself (prepareReschedule), with the same refusals;
 * 2. every date that moves, old and new;
 * 3. every email the change sends at once, composed as it would be sent (subject, to, copy);
 * 4. the warnings to confirm. Nothing is saved and nothing is sent.
 */
export async function previewReschedule(deps: Deps, principal: Principal, input: unknown): Promise<ReschedulePreview> {
  return (await previewWithWarnings(deps, principal, input)).preview;
}

/**
 * The preview, and its warnings as the domain says them, for the pages to word in the person's
 * language (the preview itself, as the API gives it, has them in English).
 */
export async function previewWithWarnings(
  deps: Deps,
  principal: Principal,
  input: unknown,
): Promise<{ preview: ReschedulePreview; warnings: readonly DateWarning[] }> {
  const { before, plan, decision, warnings, milestoneDates } = await prepareReschedule(deps, principal, input);
  const inspection: InspectionRecord = {
    ...before.inspection,
    fieldworkStart: plan.fieldworkStart,
    milestoneDates,
    planVersion: before.inspection.planVersion + 1,
  };
  const after: InspectionState = {
    inspection,
    milestones: milestoneRecords(inspection.id, plan, inspection.planVersion),
    events: [],
  };
  const email = (decided: EmailDecision, id: string) => {
    const { draft, message } = composeNotice(deps, after, {
      id,
      kind: decided.kind,
      milestoneId: decided.milestoneId,
      to: decided.to,
      cc: decided.cc,
      attachCalendar: false,
      ...(decided.kind === 'dates-changed' || decided.kind === 'dates-changed-internal'
        ? { changes: decision.changes }
        : {}),
    });
    const named = (addresses: string[]) =>
      addresses.map((address) => {
        const person = Object.values(before.inspection.people)
          .flat()
          .find((p) => p?.email === address);
        return { name: person?.name ?? address, email: address };
      });
    return { kind: decided.kind, subject: draft.subject, at: decided.at, to: named(message.to), cc: named(message.cc) };
  };
  const preview = reschedulePreviewSchema.parse({
    inspectionId: before.inspection.id,
    planVersion: before.inspection.planVersion,
    fieldworkStart: plan.fieldworkStart,
    changes: decision.changes.map((move) => ({ ...move, title: titleOf(move.milestoneId) })),
    emails: [
      ...(decision.datesChanged ? [email(decision.datesChanged, 'preview:dates-changed')] : []),
      ...decision.dueAtOnce.map((decided, i) => email(decided, `preview:${i}`)),
    ],
    regionTold: decision.regionTold,
    warnings,
  });
  return { preview, warnings };
}
