import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { LongListCase } from '../domain/caseSample/cases.js';
import { LONG_LIST_COLUMNS } from '../domain/caseSample/longListFile.js';
import { addDays, type LocalDate } from '../domain/localDate.js';

/**
 * Realistic, synthetic long-lists for the demonstration and the benchmark: a region of 8 to 11
 * PDUs, each with 20 to 40 practitioners, and cases that began over the half-year around the two
 * eligible weeks (so most are not eligible, as in a real export). Fake CRNs of nDelius's shape (a
 * letter and six digits); practitioners' names are made up. Deterministic from the seed.
 */

const PDU_WORDS = [
  'North',
  'South',
  'East',
  'West',
  'Central',
  'City',
  'County',
  'Vale',
  'Coast',
  'Valleys',
  'Borough',
];
const FIRST = ['Alex', 'Sam', 'Jo', 'Chris', 'Pat', 'Robin', 'Jamie', 'Morgan', 'Rhys', 'Ceri', 'Amir', 'Priya'];
const LAST = ['Evans', 'Khan', 'Smith', 'Jones', 'Patel', 'Williams', 'Brown', 'Taylor', 'Davies', 'Hughes'];

export function syntheticLongList(options: {
  region: string;
  fieldworkStart: LocalDate;
  rows: number;
  seed: number;
}): LongListCase[] {
  const random = xoroshiro128plus(options.seed);
  const pick = <T>(items: readonly T[]): T => items[uniformInt(random, 0, items.length - 1)] as T;
  const chance = (percent: number) => uniformInt(random, 0, 99) < percent;

  const pduCount = uniformInt(random, 8, 11);
  const pdus = Array.from({ length: pduCount }, (_, index) => ({
    name: `${options.region} ${PDU_WORDS[index] ?? `Area ${index + 1}`}`,
    practitioners: Array.from({ length: uniformInt(random, 20, 40) }, (_, person) => ({
      name: `${pick(FIRST)} ${pick(LAST)}`,
      staffId: `N${String(index + 1).padStart(2, '0')}P${String(person + 1).padStart(3, '0')}`,
    })),
  }));
  // The half-year around the eligible weeks (30 and 29 weeks before fieldwork).
  const earliest = addDays(options.fieldworkStart, -43 * 7);
  const crns = new Set<string>();
  const cases: LongListCase[] = [];
  while (cases.length < options.rows) {
    const crn = `${String.fromCharCode(65 + uniformInt(random, 0, 25))}${String(uniformInt(random, 0, 999_999)).padStart(6, '0')}`;
    if (crns.has(crn)) continue;
    crns.add(crn);
    const pdu = pick(pdus);
    const sentenceType = pick([
      'community-order',
      'community-order',
      'suspended-sentence-order',
      'licence',
      'licence',
      'pss-only',
    ] as const);
    const community = sentenceType === 'community-order' || sentenceType === 'suspended-sentence-order';
    const startDate = addDays(earliest, uniformInt(random, 0, 26 * 7));
    const suspended = chance(15);
    cases.push({
      crn,
      pdu: pdu.name,
      practitioner: pick(pdu.practitioners),
      sentenceType,
      requirement: community
        ? pick(['rehabilitation-activity', 'rehabilitation-activity', 'accredited-programme', 'none'] as const)
        : 'none',
      startDate,
      rosh: pick(['low', 'low', 'medium', 'medium', 'medium', 'high', 'high', 'very-high'] as const),
      ...(suspended
        ? {
            suspension: {
              date: addDays(startDate, uniformInt(random, 7, 120)),
              scheme: community ? ('impact' as const) : pick(['reset', 'impact'] as const),
            },
          }
        : {}),
      ...(chance(3) ? { terminationDate: addDays(startDate, uniformInt(random, 1, 60)) } : {}),
      otherSentencesInPeriod: chance(4),
      currentReview: chance(2)
        ? pick(['sfo', 'domestic-abuse-related-death', 'child-safeguarding-practice'] as const)
        : 'none',
    });
  }
  return cases;
}

const CODES = {
  sentenceType: {
    'community-order': 'Community order',
    'suspended-sentence-order': 'Suspended sentence order',
    licence: 'Licence',
    'pss-only': 'PSS only',
  },
  requirement: {
    'rehabilitation-activity': 'Rehabilitation activity',
    'accredited-programme': 'Accredited programme',
    none: 'None',
  },
  rosh: { low: 'Low', medium: 'Medium', high: 'High', 'very-high': 'Very high' },
  scheme: { reset: 'Reset', impact: 'Impact' },
  review: {
    none: '',
    sfo: 'SFO',
    'domestic-abuse-related-death': 'Domestic abuse related death',
    'child-safeguarding-practice': 'Child safeguarding practice',
    other: 'Other',
  },
} as const;

const ukDate = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
const quoted = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The long-list as nDelius would export it: a CSV file with UK dates. */
export function longListCsv(cases: readonly LongListCase[]): string {
  const columns = LONG_LIST_COLUMNS;
  const header = [
    columns.crn.name,
    columns.pdu.name,
    columns.practitioner.name,
    columns.staffId.name,
    columns.sentenceType.name,
    columns.requirement.name,
    columns.startDate.name,
    columns.rosh.name,
    columns.suspensionDate.name,
    columns.suspensionScheme.name,
    columns.terminationDate.name,
    columns.otherSentences.name,
    columns.currentReview.name,
  ];
  const rows = cases.map((item) =>
    [
      item.crn,
      item.pdu,
      item.practitioner.name,
      item.practitioner.staffId ?? '',
      CODES.sentenceType[item.sentenceType],
      CODES.requirement[item.requirement],
      ukDate(item.startDate),
      CODES.rosh[item.rosh],
      item.suspension ? ukDate(item.suspension.date) : '',
      item.suspension ? CODES.scheme[item.suspension.scheme] : '',
      item.terminationDate ? ukDate(item.terminationDate) : '',
      item.otherSentencesInPeriod ? 'Yes' : 'No',
      CODES.review[item.currentReview],
    ]
      .map(quoted)
      .join(','),
  );
  return [header.join(','), ...rows].join('\r\n');
}
