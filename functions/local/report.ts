import { DateTime } from 'luxon';
import { caseStateOf, currentCases, excludedCases, interviewsNow } from '../app/caseSample/currentSample.js';
import { englandAndWalesCalendar } from '../domain/calendar.js';
import { UK_TIME_ZONE } from '../domain/localDate.js';
import type { Deps } from '../app/deps.js';
import { reportViewOf } from '../app/queries/reportView.js';
import { reportProgressNow } from '../app/report/reportProgress.js';
import type { People } from '../domain/people.js';
import { findClashes, programmeInspection } from '../domain/programme/clashes.js';
import { planOf } from '../app/notices/planOf.js';
import type { Stores } from '../ports/stores.js';
import type { SesLocal } from './sesLocal.js';

export interface SimulationReport {
  inspections: {
    id: string;
    region: string;
    fieldworkStart: string;
    /** Above 1 once the dates or the people have changed. */
    planVersion: number;
    /** The officials as they are now (issue 15): names and work addresses. */
    people: People;
    milestones: { id: string; date: string; status: string; blockedReason?: string }[];
    /** The report's road (issue 15): each stage, and publication as planned and as forecast now. */
    report: {
      stages: { id: string; owner: string; due: string; done?: string; status: string }[];
      plannedPublication: string;
      forecastPublication: string;
      /** Calendar days after fieldwork the manual aims to publish: 42, or 56 in Wales (§7.4). */
      aimDays: number;
      /** Working days from the planned publication to the forecast. */
      slippageWorkingDays: number;
    };
  }[];
  notices: {
    inspectionId: string;
    region: string;
    milestoneId: string | null;
    alertId?: string;
    kind: string;
    to: string[];
    cc: string[];
    languages: string[];
    sentAt: string;
    messageId: string;
  }[];
  escalations: { inspectionId: string; region: string; milestoneId: string | null; to: string[]; sentAt: string }[];
  /** Each inspection's case sample as DynamoDB holds it (issue 14). */
  samples: {
    inspectionId: string;
    seed: number;
    adjustments: string[];
    cases: {
      crn: string;
      pdu: string;
      practitioner: string;
      rosh: string;
      questions: 'core' | 'adjusted';
      reason: string;
      inspector?: string;
      /** The interview's start, ISO 8601 in UK time (with its offset). */
      interviewAt?: string;
      state: string;
    }[];
    reserve: { crn: string; pdu: string }[];
  }[];
  /** Every clash in the programme as planned (issue 15), in week order. */
  clashes: { kind: string; week: string; inspectionIds: string[]; person?: string }[];
  alerts: {
    id: string;
    ref: string;
    inspectionId: string;
    type: 'individual' | 'organisational';
    status: string;
    describedInReport: boolean;
    escalations: { step: number; to: string; after: string; at: string }[];
  }[];
}

/** The SES server keeps a raw message's recipients as it found them: sometimes one comma-separated string. */
export function addresses(list: string[]): string[] {
  return list
    .flatMap((entry) => entry.split(','))
    .map((address) => address.trim())
    .filter((address) => address !== '');
}

/**
 * What happened, from what DynamoDB and the SES server actually hold: a notice counts only if
 * its record says sent and the SES server has a message with its message id.
 */
export async function simulationReport(
  stores: Stores & Pick<Deps, 'calendar' | 'clock' | 'config'>,
  ses: SesLocal,
): Promise<SimulationReport> {
  const emails = new Map((await ses.emails()).map((email) => [email.messageId, email]));
  const report: SimulationReport = {
    inspections: [],
    notices: [],
    escalations: [],
    samples: [],
    clashes: [],
    alerts: [],
  };
  const inspections = await stores.timeline.listInspections();
  for (const inspection of inspections) {
    const state = await stores.timeline.loadTimeline(inspection.id);
    const road = reportViewOf(inspection, reportProgressNow(stores, inspection, state?.milestones ?? []));
    report.inspections.push({
      id: inspection.id,
      region: inspection.region,
      fieldworkStart: inspection.fieldworkStart,
      planVersion: inspection.planVersion,
      people: inspection.people,
      milestones: (state?.milestones ?? [])
        .map((m) => ({
          id: m.id,
          date: m.dueDate,
          status: m.status,
          ...(m.blockedReason ? { blockedReason: m.blockedReason } : {}),
        }))
        .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)),
      report: {
        stages: road.stages.map((stage) => ({
          id: stage.id,
          owner: stage.owner,
          due: stage.due,
          ...(stage.done ? { done: stage.done } : {}),
          status: stage.overdue ? 'overdue' : stage.status,
        })),
        plannedPublication: road.plannedPublication,
        forecastPublication: road.forecastPublication,
        aimDays: road.aimDays,
        slippageWorkingDays: road.slippageWorkingDays,
      },
    });
    for (const notice of await stores.ledger.listNotices(inspection.id)) {
      const email = notice.messageId ? emails.get(notice.messageId) : undefined;
      if (notice.status !== 'sent' || !email || !notice.sentAt) continue;
      const entry = {
        inspectionId: inspection.id,
        region: inspection.region,
        milestoneId: notice.milestoneId ?? null,
        ...(notice.alertId ? { alertId: notice.alertId } : {}),
        kind: notice.kind,
        to: addresses(email.destination.to),
        cc: addresses(email.destination.cc),
        languages: notice.languages,
        sentAt: notice.sentAt,
        messageId: notice.messageId as string,
      };
      report.notices.push(entry);
      if (notice.kind === 'deadline-escalation') {
        report.escalations.push({
          inspectionId: entry.inspectionId,
          region: entry.region,
          milestoneId: entry.milestoneId,
          to: entry.to,
          sentAt: entry.sentAt,
        });
      }
    }
  }
  for (const alert of await stores.alerts.listAllAlerts()) {
    report.alerts.push({
      id: alert.id,
      ref: alert.ref,
      inspectionId: alert.inspectionId,
      type: alert.type,
      status: alert.status,
      describedInReport: alert.describedInReport !== undefined,
      escalations: alert.escalations,
    });
  }
  for (const inspection of inspections) {
    const record = await stores.caseSample.getSample(inspection.id);
    if (!record?.sample) continue;
    const now = interviewsNow(record, inspection.fieldworkStart, englandAndWalesCalendar());
    const interviews = new Map(now.interviews.map((interview) => [interview.crn, interview]));
    report.samples.push({
      inspectionId: inspection.id,
      seed: record.sample.seed,
      adjustments: record.sample.adjustments,
      cases: [...currentCases(record), ...excludedCases(record)].map((item) => {
        const interview = interviews.get(item.crn);
        return {
          crn: item.crn,
          pdu: item.pdu,
          practitioner: item.practitioner.name,
          rosh: item.rosh,
          questions: item.questions,
          reason: item.questionsReason,
          ...(interview
            ? {
                inspector: interview.inspector,
                interviewAt:
                  DateTime.fromISO(`${interview.date}T${interview.start}`, { zone: UK_TIME_ZONE }).toISO({
                    suppressMilliseconds: true,
                  }) ?? '',
              }
            : {}),
          state: caseStateOf(record, item.crn),
        };
      }),
      reserve: Object.entries(record.sample.reserve).flatMap(([pdu, crns]) => crns.map((crn) => ({ crn, pdu }))),
    });
  }
  const calendar = englandAndWalesCalendar();
  report.clashes = findClashes(
    inspections.map((inspection) =>
      programmeInspection(
        inspection.id,
        planOf(inspection),
        { lead: inspection.people.lead, deputyLead: inspection.people.deputyLead },
        calendar,
      ),
    ),
    calendar,
  ).map(({ kind, week, inspectionIds, person }) => ({ kind, week, inspectionIds, ...(person ? { person } : {}) }));
  report.samples.sort((a, b) => a.inspectionId.localeCompare(b.inspectionId));
  report.notices.sort((a, b) => a.sentAt.localeCompare(b.sentAt) || a.inspectionId.localeCompare(b.inspectionId));
  report.escalations.sort((a, b) => a.sentAt.localeCompare(b.sentAt));
  report.inspections.sort((a, b) => a.fieldworkStart.localeCompare(b.fieldworkStart));
  return report;
}
