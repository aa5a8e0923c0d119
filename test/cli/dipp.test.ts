import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../functions/cli/dipp.js';

const NOW = new Date('2026-01-15T10:30:00Z');
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const STACK_FRAME = '    at ';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs one command line in-process, collecting what it prints, with the clock held still. */
async function dipp(...argv: string[]): Promise<Run> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(argv, {
    stdout: (text) => stdout.push(text),
    stderr: (text) => stderr.push(text),
    now: () => NOW,
  });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

/** The lines of an iCalendar file, with folded lines joined back up. */
function icsLines(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').split('\r\n');
}

function uids(ics: string): string[] {
  return icsLines(ics)
    .filter((line) => line.startsWith('UID:'))
    .map((line) => line.slice('UID:'.length));
}

describe('dipp plan --json', () => {
  it('prints the whole plan as JSON and nothing else', async () => {
    const run = await dipp('plan', '--region', 'North East', '--fieldwork', '2026-06-01', '--json');

    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const plan = JSON.parse(run.stdout);
    expect(plan).toMatchObject({ region: 'North East', fieldworkStart: '2026-06-01' });
    expect(Array.isArray(plan.warnings)).toBe(true);
    expect(plan.milestones).toHaveLength(16);
    for (const milestone of plan.milestones) {
      expect(milestone).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
          phase: expect.stringMatching(/^(pre-fieldwork|fieldwork|post-fieldwork)$/),
          kind: expect.any(String),
          party: expect.any(String),
          role: expect.any(String),
          source: expect.any(String),
          warnings: expect.any(Array),
        }),
      );
    }
  });

  it.each([
    ['WALES', 'Wales'],
    ['kent surrey & sussex', 'Kent, Surrey and Sussex'],
    ['yorkshire AND the humber', 'Yorkshire and the Humber'],
  ])('finds the region "%s" whatever its case or punctuation', async (typed, region) => {
    const run = await dipp('plan', '--region', typed, '--fieldwork', '2026-06-01', '--json');

    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).region).toBe(region);
  });
});

describe('dipp plan, the readable table', () => {
  it('lists the milestones under the three phase headings, in order, with weekday dates', async () => {
    const run = await dipp('plan', '--region', 'North East', '--fieldwork', '2026-06-01');

    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    const headings = ['Pre-fieldwork', 'Fieldwork', 'Post-fieldwork'].map((heading) => lines.indexOf(heading));
    expect(headings.every((at) => at >= 0)).toBe(true);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
    expect(run.stdout).toContain('Mon 1 Jun 2026');
    expect(run.stdout).toContain('Fri 19 Jun 2026');
    expect(run.stdout).toMatch(/Tue 19 May 2026 10:00\s+planningMeeting/);
  });

  it('ends with the warnings when fieldwork week two holds a bank holiday', async () => {
    const run = await dipp('plan', '--region', 'Wales', '--fieldwork', '2027-03-15');

    expect(run.code).toBe(0);
    const warnings = run.stdout.slice(run.stdout.indexOf('\nWarnings\n'));
    expect(warnings).toContain('Easter Monday');
    expect(warnings).toContain('Monday 29 March 2027');
    expect(run.stdout).toMatch(/Tue 30 Mar 2027\s+fieldworkWeek2Start.*\(!\)$/m);
    expect(run.stdout).toContain('bilingual: Welsh and English');
  });

  it('has no warnings section when every date falls on its rule', async () => {
    const run = await dipp('plan', '--region', 'London', '--fieldwork', '2026-06-22');

    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('Warnings');
    expect(run.stdout).not.toContain('(!)');
  });
});

describe('dipp plan, bad input', () => {
  it.each([
    {
      problem: 'an unknown region',
      args: ['--region', 'Narnia', '--fieldwork', '2026-06-01'],
      says: ['--region', '"Narnia"', 'is not a probation region', 'Yorkshire and the Humber', 'Wales'],
    },
    {
      problem: 'a date not written YYYY-MM-DD',
      args: ['--region', 'Wales', '--fieldwork', '2026-6-1'],
      says: ['--fieldwork', '"2026-6-1"', 'YYYY-MM-DD'],
    },
    {
      problem: 'a date that does not exist',
      args: ['--region', 'Wales', '--fieldwork', '2026-02-30'],
      says: ['--fieldwork', '"2026-02-30"', 'not a real calendar date'],
    },
    {
      problem: 'a fieldwork start that is not a Monday',
      args: ['--region', 'Wales', '--fieldwork', '2026-06-03'],
      says: ['--fieldwork', '"2026-06-03"', 'Wednesday', 'Monday 1 June 2026', 'Monday 8 June 2026'],
    },
    {
      problem: 'a send time that is not HH:MM',
      args: ['--region', 'Wales', '--fieldwork', '2026-06-01', '--set', 'sendTime=9am'],
      says: ['--set sendTime', '"9am"', 'HH:MM'],
    },
    {
      problem: 'a number of working days that is not a number',
      args: ['--region', 'Wales', '--fieldwork', '2026-06-01', '--set', 'factualAccuracyWorkingDays=abc'],
      says: ['--set factualAccuracyWorkingDays', '"abc"', 'whole number of working days from 5 to 20'],
    },
    {
      problem: 'a setting that does not exist',
      args: ['--region', 'Wales', '--fieldwork', '2026-06-01', '--set', 'nonsense=1'],
      says: [
        '--set nonsense',
        'is not a known field',
        'sendTime',
        'factualAccuracyWorkingDays',
        'reminderWorkingDaysBefore',
      ],
    },
    {
      problem: 'a missing --region',
      args: ['--fieldwork', '2026-06-01'],
      says: ['missing --region', 'Usage:'],
    },
    {
      problem: 'an unknown option',
      args: ['--region', 'Wales', '--fieldwork', '2026-06-01', '--colour'],
      says: ['--colour', 'Usage:'],
    },
  ])('exits 2 and explains $problem', async ({ args, says }) => {
    const run = await dipp('plan', ...args);

    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    for (const text of says) expect(run.stderr).toContain(text);
    expect(run.stderr).not.toContain(STACK_FRAME);
  });

  it('reports every bad field at once, one line each', async () => {
    const run = await dipp('plan', '--region', 'Narnia', '--fieldwork', '2026-06-03', '--set', 'sendTime=9am');

    expect(run.code).toBe(2);
    const errors = run.stderr.split('\n').filter((line) => line.startsWith('Error: '));
    expect(errors).toHaveLength(3);
    expect(errors.map((line) => line.split(' ')[1])).toEqual(['--region', '--fieldwork', '--set']);
  });

  it('exits 2 on an unknown command and shows the commands', async () => {
    const run = await dipp('schedule', '--region', 'Wales');

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command "schedule"');
    expect(run.stderr).toContain('plan');
    expect(run.stderr).not.toContain(STACK_FRAME);
  });
});

describe('dipp plan --ics', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dipp-cli-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const plan = ['plan', '--region', 'Wales', '--fieldwork', '2027-03-15'];

  it('writes a calendar with one event per milestone', async () => {
    const file = join(dir, 'plan.ics');

    const run = await dipp(...plan, '--ics', file);

    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`Wrote 16 milestones to ${file}`);
    const ics = await readFile(file, 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(icsLines(ics).filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(16);
  });

  it('gives each milestone its own UID, the same on every run, so a re-import updates events', async () => {
    const first = join(dir, 'first.ics');
    const second = join(dir, 'second.ics');

    await dipp(...plan, '--ics', first);
    await dipp(...plan, '--ics', second);

    const firstUids = uids(await readFile(first, 'utf8'));
    expect(firstUids).toHaveLength(16);
    expect(new Set(firstUids).size).toBe(16);
    expect(uids(await readFile(second, 'utf8'))).toEqual(firstUids);
  });

  it('uses the --id in the UIDs instead of the default', async () => {
    const byDefault = join(dir, 'default.ics');
    const withId = join(dir, 'with-id.ics');

    await dipp(...plan, '--ics', byDefault);
    await dipp(...plan, '--ics', withId, '--id', 'insp-2027-007');

    const defaultUids = uids(await readFile(byDefault, 'utf8'));
    const idUids = uids(await readFile(withId, 'utf8'));
    expect(idUids).toHaveLength(16);
    expect(idUids.every((uid) => uid.startsWith('insp-2027-007.'))).toBe(true);
    expect(idUids.filter((uid) => defaultUids.includes(uid))).toEqual([]);
  });

  it('keeps stdout pure JSON when writing a calendar with --json', async () => {
    const file = join(dir, 'plan.ics');

    const run = await dipp(...plan, '--ics', file, '--json');

    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).region).toBe('Wales');
    expect(run.stderr).toContain('Wrote 16 milestones');
  });
});

describe('dipp --help', () => {
  it('prints the commands and exits 0', async () => {
    const run = await dipp('--help');

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage:');
    expect(run.stdout).toContain('plan');
  });

  it('prints the plan options for plan --help and exits 0', async () => {
    const run = await dipp('plan', '--help');

    expect(run.code).toBe(0);
    for (const option of ['--region', '--fieldwork', '--set', '--json', '--ics', '--id']) {
      expect(run.stdout).toContain(option);
    }
    expect(run.stderr).toBe('');
  });
});

describe('dipp as a command', () => {
  const exec = promisify(execFile);
  /** Runs functions/cli/dipp.ts under tsx in a child node process, as `npm run dipp` does. */
  const command = (...args: string[]) =>
    exec(process.execPath, ['--import', 'tsx', 'functions/cli/dipp.ts', ...args], { cwd: REPO_ROOT });

  it('exits 0 with pure JSON on stdout, and 2 on bad input', async () => {
    const [good, bad] = await Promise.allSettled([
      command('plan', '--region', 'North East', '--fieldwork', '2026-06-01', '--json'),
      command('plan', '--region', 'North East', '--fieldwork', '2026-06-03'),
    ]);

    expect(good.status).toBe('fulfilled');
    const stdout = good.status === 'fulfilled' ? good.value.stdout : '';
    expect(JSON.parse(stdout).fieldworkStart).toBe('2026-06-01');
    expect(bad.status).toBe('rejected');
    const failure = (bad.status === 'rejected' ? bad.reason : {}) as {
      code?: number;
      stdout?: string;
      stderr?: string;
    };
    expect(failure.code).toBe(2);
    expect(failure.stdout).toBe('');
    expect(failure.stderr).toContain('is a Wednesday');
    expect(failure.stderr).not.toContain(STACK_FRAME);
  });
});
