import * as z from 'zod/mini';
import type { Principal } from '../../domain/access.js';
import {
  alertRecordSchema,
  inspectionRecordSchema,
  type AlertRecord,
  type InspectionRecord,
} from '../../ports/records.js';

/**
 * What each audience may read of an alert and of an inspection. The inspectorate reads the whole
 * record; a region reads what concerns it: not why an alert was withdrawn or raised before
 * fieldwork (free text for the inspectorate), nor the alert's timed steps, its driver or the
 * notices sent, nor the inspection's driver, settings, who planned it or how many alerts it had
 * (some it may not see). The views are made by parsing through these schemas, which drop every
 * other field: a field added to a record later stays hidden from the region until it is added here.
 */
export const regionAlertSchema = z.extend(
  z.omit(alertRecordSchema, {
    events: true,
    sent: true,
    driver: true,
    version: true,
    withdrawn: true,
    beforeFieldwork: true,
  }),
  { withdrawn: z.optional(z.object({ at: z.string(), by: z.string() })) },
);
export type RegionAlert = z.infer<typeof regionAlertSchema>;

export const regionInspectionSchema = z.omit(inspectionRecordSchema, {
  driver: true,
  alertCount: true,
  overrides: true,
  createdBy: true,
});
export type RegionInspection = z.infer<typeof regionInspectionSchema>;

/** The alert as the person may read it. */
export function alertFor(principal: Principal, alert: AlertRecord): AlertRecord | RegionAlert {
  return principal.role === 'region' ? regionAlertSchema.parse(alert) : alert;
}

/** The inspection as the person may read it. */
export function inspectionFor(principal: Principal, inspection: InspectionRecord): InspectionRecord | RegionInspection {
  return principal.role === 'region' ? regionInspectionSchema.parse(inspection) : inspection;
}

/** An alert as some audience reads it (the API's answers are checked against this). */
export const alertViewSchema = z.union([alertRecordSchema, regionAlertSchema]);
export type AlertView = z.infer<typeof alertViewSchema>;
