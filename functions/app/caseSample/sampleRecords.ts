import { randomInt } from 'node:crypto';
import { dateProblemMessage } from '../../domain/dateProblem.js';
import * as z from 'zod/mini';
import { leads, type Principal } from '../../domain/access.js';
import type { WorkingCalendar } from '../../domain/calendar.js';
import { practitionerKey, type LongListCase } from '../../domain/caseSample/cases.js';
import { DEFAULT_SAMPLE_SETTINGS, drawSample, type CaseSample } from '../../domain/caseSample/drawSample.js';
import { scheduleInterviews, type Inspector } from '../../domain/caseSample/interviewSchedule.js';
import { MAX_SEED } from '../../domain/caseSample/seededShuffle.js';
import { asLocalDate, type LocalDate } from '../../domain/localDate.js';
import { said, type Said } from '../../domain/messages/said.js';
import type { CaseSampleRecord, SampleRecord, ScheduleRecord, ShortfallRecord } from '../../ports/caseSampleRecords.js';
import type { AuditEntry, InspectionRecord } from '../../ports/records.js';
import { changeableInspection } from '../access/inspectionAccess.js';
import type { Deps } from '../deps.js';
import { fieldOf, ForbiddenError, refuse, RequestError } from '../errors.js';
import { fieldErrorsFrom, zodMessage } from '../../domain/validation.js';
import { auditEntry } from '../shared/audit.js';
import { retryOnConflict } from '../shared/retryOnConflict.js';

/** What the case sample's use cases share: who may change it, until when, and the records they write. */

/** Cases per PDU an inspection may ask for: never fewer than the manual's minimum of five (§4.1). */
export const MIN_PER_PDU = DEFAULT_SAMPLE_SETTINGS.minPerPdu;
export const MAX_PER_PDU = 20;

export const inspectionIdSchema = z
  .string({ error: () => zodMessage('sample.refuse.inspectionId') })
  .check(z.trim(), z.minLength(1));

/** A UK date written YYYY-MM-DD. */
export const localDateSchema = z.pipe(
  z.string({ error: () => zodMessage('sample.refuse.date') }).check(
    z.superRefine((value, context) => {
      const problem = dateProblemMessage(value);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    }),
  ),
  z.transform((value: string): LocalDate => asLocalDate(value)),
);

/**
 * The inspection, if the person may change its case sample: the inspection support administrator,
 * or the inspection's own lead (or deputy lead). Anyone else is refused as elsewhere: one who cannot
 * see the inspection as if it did not exist.
 */
export async function sampleManagersInspection(
  deps: Pick<Deps, 'timeline'>,
  principal: Principal,
  inspectionId: unknown,
): Promise<InspectionRecord> {
  const inspection = await changeableInspection(deps, principal, inspectionId);
  if (principal.role !== 'administrator' && !leads(principal, inspection)) {
    throw new ForbiddenError(said('sample.refuse.onlyManagers', { id: inspection.id }));
  }
  return inspection;
}

/**
 * Refuses a change once the region has been issued the sample (with the announcement, or after it
 * once ready): changes then go through change requests. Until then, an announcement that went
 * without the sample leaves it to be completed. Checked on the record a change is decided on, so
 * an issue made meanwhile is never written over.
 */
export function refuseIfIssued(record: CaseSampleRecord): void {
  if (!record.issued) return;
  throw new RequestError(said('sample.refuse.issued'));
}

/**
 * The first steps of every change to a sample not yet issued: the person must manage it (the
 * administrator or the inspection's lead) and the input must parse (every problem by field). The
 * change itself is made with `changeSample(…, { whileNotIssued: true }, …)`.
 */
export async function changeableSample<S extends z.ZodMiniType>(
  deps: Pick<Deps, 'timeline'>,
  principal: Principal,
  input: unknown,
  schema: S,
): Promise<{ inspection: InspectionRecord; data: z.infer<S> }> {
  const inspection = await sampleManagersInspection(deps, principal, fieldOf(input, 'inspectionId'));
  const parsed = schema.safeParse(input);
  if (!parsed.success) refuse(fieldErrorsFrom(parsed.error, input));
  return { inspection, data: parsed.data };
}

export const newSeed = (): number => randomInt(0, MAX_SEED + 1);

export const shortfallIdOf = (shortfall: { rule: string; where: string }) => `${shortfall.rule}:${shortfall.where}`;

/** The settings an inspection draws with: its own size, or the default. */
export function settingsOf(record: Pick<CaseSampleRecord, 'perPdu'> | undefined) {
  return { perPdu: record?.perPdu ?? DEFAULT_SAMPLE_SETTINGS.perPdu, minPerPdu: DEFAULT_SAMPLE_SETTINGS.minPerPdu };
}

/** The sample drawn from the eligible cases with a seed (the pure domain function), as stored. */
export function drawnRecord(input: {
  cases: readonly LongListCase[];
  fieldworkStart: LocalDate;
  seed: number;
  perPdu: number | undefined;
  at: Date;
  principal: Principal;
}): { sample: CaseSample; record: SampleRecord } {
  const sample = drawSample({
    cases: input.cases,
    fieldworkStart: input.fieldworkStart,
    seed: input.seed,
    settings: settingsOf({ perPdu: input.perPdu }),
  });
  // Stored in English (the API's words); a page words each again from the draw (viewSample.ts).
  const shortfalls: ShortfallRecord[] = sample.shortfalls.map(({ said: _said, ...shortfall }) => ({
    id: shortfallIdOf(shortfall),
    ...shortfall,
  }));
  return {
    sample,
    record: {
      seed: sample.seed,
      settings: sample.settings,
      window: sample.window,
      ...byWhom(input.principal, input.at),
      sampled: sample.sampled,
      reserve: Object.fromEntries(
        Object.entries(sample.reserve).map(([pdu, cases]) => [pdu, cases.map((item) => item.crn)]),
      ),
      bands: sample.bands,
      adjustments: sample.adjustments,
      shortfalls,
    },
  };
}

export const byWhom = (principal: Principal, at: Date) => ({
  at: at.toISOString(),
  by: principal.name,
  byId: principal.email.toLowerCase(),
});

/** Those who interview in week one: the lead, the assistant inspectors and, in Wales, the Welsh-speaking local assessors. */
export function inspectorsOf(inspection: InspectionRecord, team: CaseSampleRecord['team']): Inspector[] {
  return [
    { ...inspection.people.lead, role: 'lead-inspector' as const },
    ...(team?.assistantInspectors ?? []).map((person) => ({ ...person, role: 'assistant-inspector' as const })),
    ...(team?.welshSpeakingAssessors ?? []).map((person) => ({ ...person, role: 'local-assessor' as const })),
  ];
}

/** The provisional interview schedule of the sampled cases (the pure domain function), as stored. */
export function scheduleRecord(
  inspection: InspectionRecord,
  record: Pick<CaseSampleRecord, 'sample' | 'team'>,
  calendar: WorkingCalendar,
  at: Date,
): ScheduleRecord {
  const inspectors = inspectorsOf(inspection, record.team);
  const unavailable = new Map(
    (record.team?.practitionerUnavailable ?? []).map((entry) => [entry.practitionerKey, entry.dates]),
  );
  const schedule = scheduleInterviews({
    fieldworkStart: inspection.fieldworkStart,
    calendar,
    inspectors,
    cases: (record.sample?.sampled ?? []).map((item) => {
      const key = practitionerKey(item.practitioner);
      return {
        crn: item.crn,
        practitionerKey: key,
        practitionerName: item.practitioner.name,
        unavailable: unavailable.get(key) ?? [],
      };
    }),
  });
  // Stored in English (the API's words); a page words each again (viewSample.ts).
  return {
    at: at.toISOString(),
    inspectors,
    ...schedule,
    unplaced: schedule.unplaced.map(({ crn, why }) => ({ crn, why })),
  };
}

/** The schedule again after the sample or team changed: only once a team has been entered. */
export function rescheduled(
  inspection: InspectionRecord,
  record: Pick<CaseSampleRecord, 'sample' | 'team'>,
  calendar: WorkingCalendar,
  at: Date,
): ScheduleRecord | undefined {
  return record.team && record.sample ? scheduleRecord(inspection, record, calendar, at) : undefined;
}

/** An entry in the inspection's audit trail about its case sample: counts and ids, never a case's details. */
export function sampleAudit(
  inspectionId: string,
  at: Date,
  principal: Principal,
  action: string,
  change: { before?: unknown; after?: unknown } = {},
): AuditEntry {
  return auditEntry({
    inspectionId,
    at,
    actor: { name: principal.name, email: principal.email },
    action,
    subject: `case sample of ${inspectionId}`,
    ...change,
  });
}

/** What an audit entry says of a sample: its seed and size and how many cases, adjustments and shortfalls. */
export function sampleSummary(record: SampleRecord | undefined) {
  if (!record) return undefined;
  return {
    seed: record.seed,
    perPdu: record.settings.perPdu,
    sampled: record.sampled.length,
    adjustments: record.adjustments.length,
    shortfalls: record.shortfalls.length,
  };
}

/** The record with no case sample yet: what the first write starts from. */
export function emptyRecord(inspectionId: string, at: Date): CaseSampleRecord {
  return { inspectionId, version: 0, updatedAt: at.toISOString(), decisions: [] };
}

/** Why a sample drawn for one first day of fieldwork no longer fits the inspection, or undefined. */
export function fieldworkMoved(record: CaseSampleRecord, inspection: InspectionRecord): Said | undefined {
  const drawnFor = record.longList?.fieldworkStart;
  if (!drawnFor || drawnFor === inspection.fieldworkStart) return undefined;
  return said('sample.refuse.fieldworkMoved', { from: drawnFor, to: inspection.fieldworkStart });
}

/**
 * Reads the case sample, decides the change and writes it on the version read; read and decided
 * again if someone else wrote first. `decide` gets the record (and the eligible cases when
 * `withCases`) and returns the next record, or refuses.
 */
export async function changeSample(
  deps: Deps,
  inspection: InspectionRecord,
  /** `whileNotIssued`: refused once the region has been issued the sample (refuseIfIssued). */
  options: { withCases?: boolean; whileNotIssued?: boolean; giveUp: Said },
  decide: (
    current: CaseSampleRecord,
    now: Date,
    cases: readonly LongListCase[],
  ) => { record: Omit<CaseSampleRecord, 'version' | 'updatedAt'>; audit: AuditEntry },
): Promise<CaseSampleRecord> {
  return retryOnConflict(
    async () => {
      const now = deps.clock.now();
      const stored = options.withCases
        ? await deps.caseSample.loadSample(inspection.id)
        : await deps.caseSample.getSample(inspection.id).then((record) => record && { record, cases: [] });
      const current = stored?.record ?? emptyRecord(inspection.id, now);
      if (options.whileNotIssued) refuseIfIssued(current);
      const { record, audit } = decide(current, now, stored?.cases ?? []);
      const next: CaseSampleRecord = { ...record, version: current.version + 1, updatedAt: now.toISOString() };
      await deps.caseSample.saveSample({ record: next, audit: [audit] });
      return next;
    },
    { giveUp: options.giveUp, context: { inspectionId: inspection.id } },
  );
}

/** Refuses a change that needs a long-list when none has been uploaded. */
export function needsLongList(record: CaseSampleRecord): asserts record is CaseSampleRecord & {
  longList: NonNullable<CaseSampleRecord['longList']>;
  sample: NonNullable<CaseSampleRecord['sample']>;
} {
  if (!record.longList || !record.sample) {
    throw new RequestError(said('sample.refuse.noLongList'));
  }
}
