import { decideShortfall } from '../../../functions/app/caseSample/decideShortfall.js';
import { sampleReadiness } from '../../../functions/app/caseSample/sampleReadiness.js';
import { setTeam } from '../../../functions/app/caseSample/setTeam.js';
import { uploadLongList } from '../../../functions/app/caseSample/uploadLongList.js';
import type { LongListCase } from '../../../functions/domain/caseSample/cases.js';
import { eligibilityWindow, ineligibility } from '../../../functions/domain/caseSample/eligibility.js';
import { asLocalDate } from '../../../functions/domain/localDate.js';
import { longListCsv, syntheticLongList } from '../../../functions/local/syntheticLongList.js';
import { memoryDeps, type MemoryDeps } from '../../support/memoryDeps.js';
import { SIGNED_IN } from '../../support/principals.js';
import { planInspection, runLifecycle } from '../arrange.js';

/** Fieldwork of the inspection planInspection plans: Monday 1 March 2027. */
export const FIELDWORK = asLocalDate('2027-03-01');

/** A realistic long-list export of the North East for that fieldwork (deterministic from the seed). */
export function longList(rows = 3000, seed = 14): LongListCase[] {
  return syntheticLongList({ region: 'North East', fieldworkStart: FIELDWORK, rows, seed });
}

export const eligible = (cases: readonly LongListCase[]) => {
  const window = eligibilityWindow(FIELDWORK);
  return cases.filter((item) => ineligibility(item, window) === undefined);
};

/**
 * A long-list whose first PDU has eligible cases from only three practitioners: a shortfall of two
 * against the five a PDU must give.
 */
export function shortList(): LongListCase[] {
  const cases = eligible(longList());
  const pdu = cases[0]?.pdu;
  const few = [...new Set(cases.filter((item) => item.pdu === pdu).map((item) => item.practitioner.staffId))].slice(
    0,
    3,
  );
  return cases.filter((item) => item.pdu !== pdu || few.includes(item.practitioner.staffId));
}

/** The North East's inspection planned, and nothing else. */
export async function planned(): Promise<{ deps: MemoryDeps; inspectionId: string }> {
  const deps = memoryDeps();
  const { inspection } = await planInspection(deps);
  return { deps, inspectionId: inspection.id };
}

/** The inspection planned and its long-list uploaded by the administrator. */
export async function uploaded(cases: readonly LongListCase[] = longList()) {
  const { deps, inspectionId } = await planned();
  const record = await uploadLongList(deps, SIGNED_IN.isa, { inspectionId, csv: longListCsv(cases) });
  return { deps, inspectionId, record };
}

/** The inspection announced to the region (Monday 8 February 2027). */
export async function announce(deps: MemoryDeps, inspectionId: string): Promise<void> {
  await runLifecycle(deps, inspectionId, '2027-02-08T12:00:00Z');
}

/** The actions of the inspection's audit trail about its case sample, in order. */
export async function sampleActions(deps: MemoryDeps, inspectionId: string): Promise<string[]> {
  return (await deps.timeline.auditTrail(inspectionId))
    .filter((entry) => entry.subject === `case sample of ${inspectionId}`)
    .map((entry) => entry.action);
}

/** Ten assistant inspectors: room for every case of a region's sample in week one. */
export const ASSISTANTS = Array.from({ length: 10 }, (_, index) => ({
  name: `Assistant ${index + 1}`,
  email: `assistant${index + 1}@officials.example`,
}));

/** The sample made ready to issue: the team entered (so every case has an interview) and each shortfall accepted. */
export async function makeReady(deps: MemoryDeps, inspectionId: string): Promise<void> {
  await setTeam(deps, SIGNED_IN.isa, { inspectionId, assistantInspectors: ASSISTANTS });
  const record = await deps.caseSample.getSample(inspectionId);
  const decided = new Set(record?.decisions.map((d) => d.shortfallId));
  for (const shortfall of record?.sample?.shortfalls ?? []) {
    if (decided.has(shortfall.id)) continue;
    await decideShortfall(deps, SIGNED_IN.isa, {
      inspectionId,
      shortfallId: shortfall.id,
      decision: 'accept',
      note: 'Accepted: the region has no more cases',
    });
  }
  const readiness = await sampleReadiness(deps, inspectionId);
  if (readiness.status !== 'ready') throw new Error(`sample not ready: ${readiness.reasons.join('; ')}`);
}
