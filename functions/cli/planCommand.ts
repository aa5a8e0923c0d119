import { writeFile } from 'node:fs/promises';
import { calendarFile, defaultInspectionId } from '#domain/calendarFile.js';
import { formatShortDate } from '#domain/localDate.js';
import { PHASES } from '#domain/milestones.js';
import { planInspection, type InspectionPlan } from '#domain/planner.js';
import { describeFieldError } from '#domain/validation.js';
import { optionsOf, UsageError, type CommandContext } from './command.js';

export const PLAN_USAGE = `Usage: npm run dipp -- plan --region "<region>" --fieldwork YYYY-MM-DD [options]

Prints every date of one inspection.

Options:
  --region NAME        one of the 12 probation regions (case-insensitive)
  --fieldwork DATE     the Monday that starts fieldwork week one
  --set NAME=VALUE     override a configurable default, e.g. --set factualAccuracyWorkingDays=15
                       or --set 'reminderWorkingDaysBefore=[5,2,1]' (repeatable)
  --json               print the plan as JSON and nothing else
  --ics FILE           also write an iCalendar file of the milestones
  --id ID              inspection id for the calendar's event UIDs (default: region-fieldwork)`;

/** `--set a=1 --set b=[5,1]` as an overrides object; values are JSON where they parse as JSON. */
function overridesFrom(settings: string[]): Record<string, unknown> {
  const overrides: Record<string, unknown> = {};
  for (const setting of settings) {
    const at = setting.indexOf('=');
    if (at <= 0) throw new UsageError(`--set expects NAME=VALUE, got "${setting}"`);
    const raw = setting.slice(at + 1);
    let value: unknown = raw;
    try {
      value = JSON.parse(raw);
    } catch {
      // Not JSON: keep the text, e.g. a time such as 08:30.
    }
    overrides[setting.slice(0, at)] = value;
  }
  return overrides;
}

export async function planCommand(args: string[], context: CommandContext): Promise<number> {
  const options = optionsOf(args, {
    region: { type: 'string' },
    fieldwork: { type: 'string' },
    set: { type: 'string', multiple: true },
    json: { type: 'boolean' },
    ics: { type: 'string' },
    id: { type: 'string' },
  });
  const missing = (['region', 'fieldwork'] as const).filter((name) => options[name] === undefined);
  if (missing.length > 0) throw new UsageError(`missing ${missing.map((name) => `--${name}`).join(' and ')}`);

  const result = planInspection({
    region: options.region,
    fieldworkStart: options.fieldwork,
    overrides: overridesFrom(options.set ?? []),
  });
  if (!result.ok) {
    const flag: Record<string, string> = { region: '--region', fieldworkStart: '--fieldwork' };
    for (const error of result.errors) {
      const field = flag[error.field] ?? error.field.replace(/^overrides\./, '--set ');
      context.stderr(`Error: ${describeFieldError({ ...error, field })}`);
    }
    return 2;
  }
  const plan = result.value;
  if (options.ics !== undefined) {
    const inspectionId = options.id ?? defaultInspectionId(plan);
    await writeFile(options.ics, calendarFile(plan, { inspectionId, now: context.now() }), 'utf8');
    context.stderr(`Wrote ${plan.milestones.length} milestones to ${options.ics}`);
  }
  context.stdout(options.json ? JSON.stringify(plan, null, 2) : planTable(plan));
  return 0;
}

function columns(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

const PHASE_TITLES = { 'pre-fieldwork': 'Pre-fieldwork', fieldwork: 'Fieldwork', 'post-fieldwork': 'Post-fieldwork' };

function workingDaysPhrase(days: number): string {
  const count = Math.abs(days);
  return `${count} working day${count === 1 ? '' : 's'} ${days < 0 ? 'before' : 'after'}`;
}

/** The plan as a table a person reads: milestones by phase, then reminders, then warnings. */
export function planTable(plan: InspectionPlan): string {
  const lines = [
    `DIPP inspection plan: ${plan.region}, fieldwork from ${formatShortDate(plan.fieldworkStart)} to ${formatShortDate(plan.fieldworkEnd)}`,
    plan.bilingual ? 'Notices to the region are bilingual: Welsh and English with equal prominence.' : '',
  ].filter((line) => line !== '');
  for (const phase of PHASES) {
    lines.push('', PHASE_TITLES[phase]);
    const rows = plan.milestones
      .filter((milestone) => milestone.phase === phase)
      .map((milestone) => [
        `  ${formatShortDate(milestone.date)}${milestone.time ? ` ${milestone.time}` : ''}`,
        milestone.id,
        milestone.kind,
        `${milestone.party}: ${milestone.role}`,
        `${milestone.title}${milestone.warnings.length > 0 ? ' (!)' : ''}`,
      ]);
    lines.push(...columns(rows));
  }
  lines.push('', `Reminders, overdue notices and escalations (sent at ${plan.settings.sendTime} UK time)`);
  lines.push(
    ...columns(
      plan.reminders.map((reminder) => [
        `  ${formatShortDate(reminder.date)}`,
        reminder.kind,
        reminder.milestoneId,
        workingDaysPhrase(reminder.workingDaysFromDeadline),
        `to ${reminder.to.join(', ')}`,
      ]),
    ),
  );
  if (plan.warnings.length > 0) {
    lines.push('', 'Warnings');
    lines.push(...plan.warnings.map((warning) => `  (!) ${warning.message}`));
  }
  return lines.join('\n');
}
