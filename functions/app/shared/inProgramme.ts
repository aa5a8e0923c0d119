import type { WorkingCalendar } from '../../domain/calendar.js';
import type { LocalDate } from '../../domain/localDate.js';
import type { InspectionPlan } from '../../domain/planner.js';
import { programmeInspection, type ProgrammeInspection } from '../../domain/programme/clashes.js';
import type { StageId } from '../../domain/report/reportStages.js';
import type { InspectionRecord } from '../../ports/records.js';

/** A stored inspection as clash detection sees it: its plan, its lead and deputy, its report's stages. */
export const inProgramme = (
  calendar: WorkingCalendar,
  record: Pick<InspectionRecord, 'id' | 'people'>,
  plan: InspectionPlan,
  reportStages?: readonly { id: StageId; due: LocalDate }[],
): ProgrammeInspection =>
  programmeInspection(
    record.id,
    plan,
    { lead: record.people.lead, deputyLead: record.people.deputyLead },
    calendar,
    reportStages,
  );
