import * as z from 'zod/mini';
import { canCreate, type Principal } from '../../domain/access.js';
import type { LocalDate } from '../../domain/localDate.js';
import { said } from '../../domain/messages/said.js';
import type { Person } from '../../domain/people.js';
import type { Clash } from '../../domain/programme/clashes.js';
import { readProgrammeFile, whereInProgrammeFile } from '../../domain/programme/programmeFile.js';
import { fieldErrorsFrom, ruleError, zodMessage, type FieldError } from '../../domain/validation.js';
import { logger } from '../../shared/logger.js';
import type { Deps } from '../deps.js';
import { ForbiddenError, refuse, RequestError } from '../errors.js';
import {
  acknowledgeClashesSchema,
  checkNewInspection,
  clashesBrought,
  createAndStart,
  mustAcknowledge,
  type NewInspection,
} from './newInspection.js';

/** Twelve rows of names and addresses are a few kilobytes; the API's body is at most 64 KB. */
const MAX_CSV_CHARACTERS = 60_000;

export const planProgrammeSchema = z.strictObject({
  csv: z.string({ error: () => zodMessage('programme.plan.csv') }).check(
    z.minLength(1, { error: () => zodMessage('programme.plan.csv') }),
    z.maxLength(MAX_CSV_CHARACTERS, {
      error: () => zodMessage('programme.plan.csvTooLarge', { most: MAX_CSV_CHARACTERS }),
    }),
  ),
  /** Save the plans; without it, they are shown and nothing is saved. */
  confirm: z.optional(z.boolean({ error: 'must be true or false' })),
  acknowledgeClashes: acknowledgeClashesSchema,
});

/** One plan of the programme, as the preview shows it. */
export interface ProgrammePlan {
  /** The file's row (the header is row 1). */
  row: number;
  id: string;
  region: string;
  fieldworkStart: LocalDate;
  fieldworkEnd: LocalDate;
  announcement: LocalDate;
  publication: LocalDate;
  people: { lead: Person; deputyLead?: Person; isa: Person; rpd: Person; spoc?: Person; headOfProgramme: Person };
}

export interface ProgrammePlanned {
  /** Whether the plans were saved (confirmed), or only shown. */
  saved: boolean;
  plans: ProgrammePlan[];
  /** The clashes the plans bring: among themselves and with the inspections stored. */
  clashes: Clash[];
}

const dateOf = ({ plan }: NewInspection, id: string) =>
  plan.milestones.find((milestone) => milestone.id === id)?.date ?? plan.fieldworkStart;

function summary(row: number, planned: NewInspection): ProgrammePlan {
  const { inspection } = planned.state;
  const { lead, deputyLead, isa, rpd, spoc, headOfProgramme } = inspection.people;
  return {
    row,
    id: inspection.id,
    region: inspection.region,
    fieldworkStart: planned.plan.fieldworkStart,
    fieldworkEnd: planned.plan.fieldworkEnd,
    announcement: dateOf(planned, 'announcement'),
    publication: dateOf(planned, 'publication'),
    people: {
      lead,
      ...(deputyLead ? { deputyLead } : {}),
      isa,
      rpd,
      ...(spoc ? { spoc } : {}),
      headOfProgramme,
    },
  };
}

/**
 * An administrator or Head of Programme plans a whole programme from one CSV file (issue 15):
 * 1. the file is read (programmeFile.ts): a problem with its table, or a region given twice, is
 *    named by row and column;
 * 2. every row is checked as one inspection's plan is checked (checkNewInspection), and refused if
 *    an inspection with its region and fieldwork start is stored already; each problem is named by
 *    row and column, and a file with any is refused whole: nothing is saved;
 * 3. the clashes the plans bring, among themselves and with the inspections stored;
 * 4. without `confirm`, the plans and their clashes are returned and nothing is saved;
 * 5. confirmed, clashes need `acknowledgeClashes: true` as one plan's do; then each inspection is
 *    stored and its driver started, in the file's order. The checks above leave only a plan made
 *    meanwhile by someone else to refuse one; the programme then stops there, keeping those
 *    already planned, and says which were planned and which row was refused.
 */
export async function planProgramme(deps: Deps, principal: Principal, input: unknown): Promise<ProgrammePlanned> {
  if (!canCreate(principal)) throw new ForbiddenError(said('dates.inspection.onlyPlanners'));
  const shape = planProgrammeSchema.safeParse(input);
  if (!shape.success) refuse(fieldErrorsFrom(shape.error, input));
  const { csv, confirm, acknowledgeClashes } = shape.data;
  const file = readProgrammeFile(csv);
  if (!file.ok) refuse(file.errors, said('programme.plan.notAccepted', { count: file.errors.length }));

  const now = deps.clock.now();
  const stored = await deps.timeline.listInspections();
  const storedIds = new Set(stored.map((record) => record.id));
  const errors: FieldError[] = [];
  const planned: { row: number; planned: NewInspection }[] = [];
  for (const { row, request } of file.value) {
    const checked = checkNewInspection(deps, principal, request, now);
    if (!checked.ok) {
      errors.push(...checked.errors.map((error) => ({ ...error, field: whereInProgrammeFile(row, error.field) })));
      continue;
    }
    const { id } = checked.value.state.inspection;
    if (storedIds.has(id)) {
      errors.push(
        ruleError(whereInProgrammeFile(row, 'fieldworkStart'), request.fieldworkStart, 'dates.inspection.existsField', {
          id,
        }),
      );
      continue;
    }
    planned.push({ row, planned: checked.value });
  }
  if (errors.length > 0) {
    logger.info('programme refused', { problems: errors.length });
    refuse(errors, said('programme.plan.notAccepted', { count: errors.length }));
  }
  const clashes = clashesBrought(
    deps,
    planned.map((item) => item.planned),
    stored,
  );
  const plans = planned.map((item) => summary(item.row, item.planned));
  if (confirm !== true) return { saved: false, plans, clashes };

  mustAcknowledge(clashes, acknowledgeClashes);
  const saved: string[] = [];
  for (const item of planned) {
    try {
      await createAndStart(deps, principal, item.planned);
    } catch (error) {
      if (!(error instanceof RequestError)) throw error;
      // Planned meanwhile by someone else: those already saved stay, and the person is told which.
      const why = error.said ?? error.message;
      const where = error.errors.map((problem) => ({
        ...problem,
        field: whereInProgrammeFile(item.row, problem.field),
      }));
      throw new RequestError(
        saved.length === 0
          ? why
          : said('programme.plan.stopped', { saved: saved.length, ids: saved, row: item.row, why }),
        where,
      );
    }
    saved.push(item.planned.state.inspection.id);
  }
  logger.info('programme planned', { inspections: saved.length, clashes: clashes.length });
  return { saved: true, plans, clashes };
}
