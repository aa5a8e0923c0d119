import * as z from 'zod/mini';
import { alertViewSchema, regionInspectionSchema } from './audienceViews.js';
import { completionRecordSchema, inspectionRecordSchema, milestoneRecordSchema } from '../../ports/records.js';
import { ALERT_CATEGORIES, ALERT_STATUSES, ALERT_TYPES } from '../../domain/alerts.js';
import { DUE_PERIODS } from '../../domain/dueItems.js';
import { PARTIES } from '../../domain/milestones.js';

/** What the read side answers with: checked against these schemas before it leaves the service. */

export const summarySchema = z.object({
  phase: z.string(),
  nextDeadline: z.optional(
    z.object({ id: z.string(), title: z.string(), dueDate: z.string(), party: z.string(), role: z.string() }),
  ),
  overdue: z.array(z.object({ id: z.string(), title: z.string(), dueDate: z.string(), status: z.string() })),
  openAlerts: z.int().check(z.gte(0)),
  rag: z.enum(['red', 'amber', 'green']),
  ragReason: z.enum(['Overdue', 'Due soon', 'Alert open', 'On track']),
  dueWithin: z.boolean(),
});

/** One inspection at a glance, as the programme overview lists it. */
export const inspectionRowSchema = z.object({
  id: z.string(),
  ref: z.string(),
  region: z.string(),
  regionId: z.string(),
  fieldworkStart: z.string(),
  planVersion: z.int(),
  lead: z.string(),
  summary: summarySchema,
  /** Once fieldwork has begun: the issued sample's cases inspected of those sampled, and how many are behind. */
  sampleProgress: z.optional(
    z.object({
      sampled: z.int().check(z.gte(0)),
      inspected: z.int().check(z.gte(0)),
      behind: z.int().check(z.gte(0)),
    }),
  ),
});
export type InspectionRow = z.infer<typeof inspectionRowSchema>;

/** One inspection with its timeline, completions and the alerts the reader may see. */
export const inspectionViewSchema = z.object({
  inspection: z.union([inspectionRecordSchema, regionInspectionSchema]),
  milestones: z.array(milestoneRecordSchema),
  completions: z.array(completionRecordSchema),
  alerts: z.array(alertViewSchema),
  summary: summarySchema,
});
export type InspectionView = z.infer<typeof inspectionViewSchema>;

/** An inspection's plan after a change. */
export const planSchema = z.object({ inspection: inspectionRecordSchema, milestones: z.array(milestoneRecordSchema) });
export type Plan = z.infer<typeof planSchema>;

/** A milestone after someone recorded or waived it. */
export const milestoneResultSchema = z.object({ milestone: milestoneRecordSchema, alreadyRecorded: z.boolean() });

/** What is due in a period, and what is overdue, across inspections. */
export const dueSchema = z.object({ due: z.array(milestoneRecordSchema), overdue: z.array(milestoneRecordSchema) });
export type Due = z.infer<typeof dueSchema>;

/** A file to download or subscribe to. */
export interface FileResult {
  contentType: string;
  filename: string;
  body: string;
}

/** One thing due: a milestone, or one of an alert's deadlines the region still owes. */
export const dueItemSchema = z.object({
  kind: z.enum(['milestone', 'alert']),
  inspectionId: z.string(),
  region: z.string(),
  regionId: z.string(),
  id: z.string(),
  ref: z.optional(z.string()),
  title: z.string(),
  dueDate: z.string(),
  at: z.optional(z.string()),
  time: z.optional(z.string()),
  actor: z.enum(PARTIES),
  role: z.string(),
  overdue: z.boolean(),
  status: z.string(),
});

/** What is due in a period and what is overdue, milestones and alert deadlines together. */
export const dueListSchema = z.object({
  period: z.enum(DUE_PERIODS),
  from: z.string(),
  to: z.string(),
  today: z.string(),
  region: z.optional(z.string()),
  actor: z.optional(z.enum(PARTIES)),
  overdue: z.array(dueItemSchema),
  due: z.array(dueItemSchema),
});
export type DueList = z.infer<typeof dueListSchema>;

/** An open alert on the alerts page: its state, whose turn it is, and the next deadline. */
export const openAlertSchema = z.object({
  id: z.string(),
  ref: z.string(),
  inspectionId: z.string(),
  region: z.string(),
  regionId: z.string(),
  type: z.enum(ALERT_TYPES),
  category: z.enum(ALERT_CATEGORIES),
  status: z.enum(ALERT_STATUSES),
  raisedAt: z.string(),
  turn: z.object({ actor: z.enum(PARTIES), who: z.string(), what: z.string() }),
  nextDeadline: z.optional(z.object({ what: z.string(), at: z.string(), overdue: z.boolean() })),
});
export type OpenAlert = z.infer<typeof openAlertSchema>;

/** The open alerts a person may see, with what they were filtered by. */
export const openAlertsSchema = z.object({
  state: z.optional(z.enum(ALERT_STATUSES)),
  turn: z.optional(z.enum(PARTIES)),
  region: z.optional(z.string()),
  alerts: z.array(openAlertSchema),
});
export type OpenAlerts = z.infer<typeof openAlertsSchema>;
