// npm run bench: the time to read a long-list, draw a sample and schedule its interviews.
// Figures, not pass/fail: the target (under 1 second for 5,000 rows) is in the README.
import { englandAndWalesCalendar } from '../../functions/domain/calendar.js';
import { practitionerKey } from '../../functions/domain/caseSample/cases.js';
import { drawSample } from '../../functions/domain/caseSample/drawSample.js';
import { scheduleInterviews, type Inspector } from '../../functions/domain/caseSample/interviewSchedule.js';
import { readLongList } from '../../functions/domain/caseSample/longListFile.js';
import { asLocalDate } from '../../functions/domain/localDate.js';
import { longListCsv, syntheticLongList } from '../../functions/local/syntheticLongList.js';

const fieldworkStart = asLocalDate('2027-06-07');
const calendar = englandAndWalesCalendar();
const team: Inspector[] = Array.from({ length: 6 }, (_, index) => ({
  name: `Inspector ${index + 1}`,
  email: `inspector${index + 1}@inspections.example`,
  role: index === 0 ? 'lead-inspector' : 'assistant-inspector',
}));

function time<T>(work: () => T): [T, number] {
  const started = performance.now();
  const result = work();
  return [result, performance.now() - started];
}

for (const rows of [5000]) {
  const csv = longListCsv(syntheticLongList({ region: 'Wales', fieldworkStart, rows, seed: 2027 }));
  // Once to warm up the code paths, then the measured run.
  readLongList(csv);
  const [read, readMs] = time(() => readLongList(csv));
  if (!read.ok) throw new Error(`the synthetic long-list did not read: ${JSON.stringify(read.errors.slice(0, 3))}`);
  const [sample, drawMs] = time(() => drawSample({ cases: read.value, fieldworkStart, seed: 42 }));
  const [schedule, scheduleMs] = time(() =>
    scheduleInterviews({
      fieldworkStart,
      calendar,
      inspectors: team,
      cases: sample.sampled.map((item) => ({
        crn: item.crn,
        practitionerKey: practitionerKey(item.practitioner),
        practitionerName: item.practitioner.name,
        unavailable: [],
      })),
    }),
  );
  const figures = {
    'long-list rows (CSV bytes)': `${rows} (${Buffer.byteLength(csv)})`,
    'read and check the file (ms)': readMs.toFixed(0),
    'draw the sample (ms)': drawMs.toFixed(1),
    'schedule the interviews (ms)': scheduleMs.toFixed(1),
    'total (ms; target under 1000)': (readMs + drawMs + scheduleMs).toFixed(0),
    'eligible cases / sampled / PDUs': `${Object.values(sample.reserve).flat().length + sample.sampled.length} / ${sample.sampled.length} / ${Object.keys(sample.reserve).length}`,
    'interviews placed / not placed': `${schedule.interviews.length} / ${schedule.unplaced.length}`,
  };
  process.stdout.write(`\nCase sample from a long-list of ${rows} rows\n`);
  for (const [name, value] of Object.entries(figures)) process.stdout.write(`  ${name.padEnd(52)} ${value}\n`);
}
