import * as z from 'zod/mini';
import {
  caseSampleRecordSchema,
  decisionRecordSchema,
  scheduleRecordSchema,
  shortfallRecordSchema,
  teamRecordSchema,
} from '../ports/caseSampleRecords.js';

/**
 * What the case sample's routes answer, checked before it leaves as every JSON answer is: the
 * sample as viewSample gives it (the region's has no seed, reserve, adjustments or long-list), and
 * the record a change leaves.
 */

const caseViewSchema = z.object({
  crn: z.string(),
  pdu: z.string(),
  practitioner: z.object({ name: z.string(), staffId: z.optional(z.string()), email: z.optional(z.string()) }),
  practitionerKey: z.string(),
  rosh: z.enum(['low', 'medium', 'high', 'very-high']),
  roshText: z.string(),
  questions: z.enum(['core', 'adjusted']),
  questionsText: z.string(),
  questionsReason: z.string(),
  questionTitles: z.array(z.object({ id: z.string(), title: z.string() })),
  interview: z.optional(
    z.object({
      inspector: z.object({ name: z.string(), email: z.string(), role: z.string() }),
      date: z.string(),
      start: z.string(),
      end: z.string(),
      when: z.string(),
    }),
  ),
  unplaced: z.optional(z.string()),
});

export const sampleViewSchema = z.object({
  inspectionId: z.string(),
  ref: z.string(),
  region: z.string(),
  readiness: z.object({ status: z.enum(['ready', 'not-ready']), reasons: z.array(z.string()) }),
  perPdu: z.int(),
  longList: z.optional(
    z.object({
      rowsRead: z.int(),
      eligible: z.int(),
      leftOut: z.array(z.object({ reason: z.string(), count: z.int() })),
      uploadedAt: z.string(),
      uploadedBy: z.string(),
      sha256: z.string(),
    }),
  ),
  sample: z.optional(
    z.object({
      seed: z.optional(z.int()),
      minPerPdu: z.int(),
      window: z.object({ from: z.string(), to: z.string() }),
      drawnAt: z.string(),
      drawnBy: z.string(),
      cases: z.array(caseViewSchema),
      adjustments: z.array(z.string()),
      shortfalls: z.array(
        z.extend(shortfallRecordSchema, {
          decision: z.optional(z.omit(decisionRecordSchema, { shortfallId: true })),
        }),
      ),
      reserve: z.array(
        z.object({
          pdu: z.string(),
          cases: z.array(
            z.object({
              crn: z.string(),
              pdu: z.string(),
              practitioner: z.string(),
              roshText: z.string(),
              questionsText: z.string(),
            }),
          ),
        }),
      ),
    }),
  ),
  team: z.optional(teamRecordSchema),
  schedule: z.optional(z.object({ builtAt: z.string(), days: z.array(z.string()), unplaced: z.int() })),
});

export { caseSampleRecordSchema, scheduleRecordSchema };
