import type { LocalDate } from '../localDate.js';
import { english, said, type Said } from '../messages/said.js';
import {
  practitionerKey,
  ROSH_BAND_NAMES,
  ROSH_BAND_SAID,
  ROSH_BANDS,
  roshBandOf,
  type LongListCase,
  type RoshBand,
  type RoshLevel,
} from './cases.js';
import { eligibilityWindow, ineligibility, type EligibilityWindow, type Ineligibility } from './eligibility.js';
import { questionSetFor, type QuestionSetName } from './questionSet.js';
import { seededShuffle } from './seededShuffle.js';

/**
 * The case sample of one inspection (§4.1), drawn from the region's long-list: a pure function of
 * the long-list, the first day of fieldwork, the settings and a seed, so the same inputs always
 * give the same sample and an auditor can re-derive it.
 *
 * 1. Keep the eligible cases (eligibility.ts), ordered by case reference, then shuffle them with
 *    the seed: that order is the random draw.
 * 2. Each PDU is to give `perPdu` cases (default 7), at most one a practitioner: fewer when it has
 *    fewer practitioners with eligible cases, said in words; fewer than `minPerPdu` (default 5)
 *    is a shortfall for the administrator to decide on, never relaxed silently.
 * 3. The region's sample holds each band of risk of serious harm (low, medium, high or very high)
 *    in proportion to the eligible cases, by largest remainder.
 * 4. Take the cases in draw order while their PDU, practitioner and band have room. Where a PDU is
 *    still short, take its next cases whatever their band, and say so; then swap, within a PDU,
 *    a case of a band over its share for one of a band under it, and say so.
 * 5. What is left of each PDU, in draw order, is its reserve for substitutes.
 */

export interface SampleSettings {
  perPdu: number;
  minPerPdu: number;
}

/** The manual gives no formula (§4.1); published reports inspected 7 or 8 a PDU. Defaults chosen (README). */
export const DEFAULT_SAMPLE_SETTINGS: SampleSettings = { perPdu: 7, minPerPdu: 5 };

export interface DrawnCase {
  crn: string;
  pdu: string;
  practitioner: LongListCase['practitioner'];
  rosh: RoshLevel;
  band: RoshBand;
  questions: QuestionSetName;
  /** Why core or adjusted, in words. */
  questionsReason: string;
  /** Its place in the random draw (1 first). */
  drawn: number;
}

export interface SampleShortfall {
  rule: 'at-least-per-pdu' | 'proportionate-rosh';
  /** The PDU, or the band, the rule is short in. */
  where: string;
  by: number;
  message: string;
  /** The message as a catalogue entry, for the pages. */
  said: Said;
}

export interface CaseSample {
  seed: number;
  window: EligibilityWindow;
  settings: SampleSettings;
  sampled: DrawnCase[];
  /** Per PDU, the eligible cases not sampled, in draw order. */
  reserve: Record<string, DrawnCase[]>;
  /** How many cases of the long-list were left out, by why. */
  leftOut: Record<Ineligibility, number>;
  /** The number of cases each band should have, and has. */
  bands: Record<RoshBand, { target: number; sampled: number; eligible: number }>;
  /** Where the draw was adjusted, and why, in words. */
  adjustments: string[];
  /** The same, as catalogue entries, for the pages. */
  adjustmentsSaid: Said[];
  /** The rules the long-list does not allow to be met, each with where and by how much. */
  shortfalls: SampleShortfall[];
}

/** Shares `total` between the bands in proportion to `counts`, by largest remainder (ties: band order). */
export function proportionalTargets(counts: Record<RoshBand, number>, total: number): Record<RoshBand, number> {
  const all = ROSH_BANDS.reduce((sum, band) => sum + counts[band], 0);
  const shares = ROSH_BANDS.map((band, order) => {
    const exact = all === 0 ? 0 : (total * counts[band]) / all;
    return { band, order, whole: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let left = total - shares.reduce((sum, share) => sum + share.whole, 0);
  for (const share of [...shares].sort((a, b) => b.remainder - a.remainder || a.order - b.order)) {
    if (left <= 0) break;
    share.whole += 1;
    left -= 1;
  }
  return Object.fromEntries(shares.map((share) => [share.band, share.whole])) as Record<RoshBand, number>;
}

function toDrawn(item: LongListCase, drawn: number): DrawnCase {
  const questions = questionSetFor(item);
  return {
    crn: item.crn,
    pdu: item.pdu,
    practitioner: item.practitioner,
    rosh: item.rosh,
    band: roshBandOf(item.rosh),
    questions: questions.set,
    questionsReason: questions.reason,
    drawn,
  };
}

export function drawSample(input: {
  cases: readonly LongListCase[];
  fieldworkStart: LocalDate;
  seed: number;
  settings?: SampleSettings;
}): CaseSample {
  const settings = input.settings ?? DEFAULT_SAMPLE_SETTINGS;
  const window = eligibilityWindow(input.fieldworkStart);
  const leftOut = {
    'not-in-window': 0,
    'no-qualifying-requirement': 0,
    'other-sentence-in-period': 0,
    'terminated-within-seven-days': 0,
    'current-review': 0,
  } satisfies Record<Ineligibility, number>;
  const eligible: LongListCase[] = [];
  for (const item of input.cases) {
    const why = ineligibility(item, window);
    if (why) leftOut[why] += 1;
    else eligible.push(item);
  }
  eligible.sort((a, b) => (a.crn < b.crn ? -1 : a.crn > b.crn ? 1 : 0));
  const draw = seededShuffle(eligible, input.seed).map((item, index) => toDrawn(item, index + 1));
  const keyOf = (item: DrawnCase) => practitionerKey(item.practitioner);

  const adjustmentsSaid: Said[] = [];
  const shortfalls: SampleShortfall[] = [];

  // 2. What each PDU can give: at most one case a practitioner.
  const pdus = [...new Set(draw.map((item) => item.pdu))].sort();
  const quota = new Map<string, number>();
  for (const pdu of pdus) {
    const practitioners = new Set(draw.filter((item) => item.pdu === pdu).map(keyOf)).size;
    quota.set(pdu, Math.min(settings.perPdu, practitioners));
  }

  // 3. The bands' shares of the whole sample.
  const eligibleInBand = Object.fromEntries(
    ROSH_BANDS.map((band) => [band, draw.filter((item) => item.band === band).length]),
  ) as Record<RoshBand, number>;
  const total = [...quota.values()].reduce((sum, value) => sum + value, 0);
  const targets = proportionalTargets(eligibleInBand, total);

  // 4. The draw.
  const chosen = new Set<DrawnCase>();
  const usedPractitioners = new Set<string>();
  const inPdu = new Map<string, number>();
  const inBand = new Map<RoshBand, number>();
  const take = (item: DrawnCase) => {
    chosen.add(item);
    usedPractitioners.add(keyOf(item));
    inPdu.set(item.pdu, (inPdu.get(item.pdu) ?? 0) + 1);
    inBand.set(item.band, (inBand.get(item.band) ?? 0) + 1);
  };
  const pduHasRoom = (item: DrawnCase) => (inPdu.get(item.pdu) ?? 0) < (quota.get(item.pdu) ?? 0);
  const free = (item: DrawnCase) => !chosen.has(item) && !usedPractitioners.has(keyOf(item));
  for (const item of draw) {
    if (free(item) && pduHasRoom(item) && (inBand.get(item.band) ?? 0) < targets[item.band]) take(item);
  }
  for (const item of draw) {
    if (!free(item) || !pduHasRoom(item)) continue;
    take(item);
    adjustmentsSaid.push(
      said('sample.draw.filled', {
        pdu: item.pdu,
        crn: item.crn,
        band: ROSH_BAND_SAID[item.band],
        quota: quota.get(item.pdu) ?? 0,
      }),
    );
  }
  // Swaps within a PDU, from a band over its share to one under it.
  for (;;) {
    const over = ROSH_BANDS.filter((band) => (inBand.get(band) ?? 0) > targets[band]);
    const under = ROSH_BANDS.filter((band) => (inBand.get(band) ?? 0) < targets[band]);
    const swap = findSwap(draw, chosen, usedPractitioners, keyOf, over, under);
    if (!swap) break;
    const [out, into] = swap;
    chosen.delete(out);
    usedPractitioners.delete(keyOf(out));
    inBand.set(out.band, (inBand.get(out.band) ?? 0) - 1);
    inPdu.set(out.pdu, (inPdu.get(out.pdu) ?? 0) - 1);
    take(into);
    adjustmentsSaid.push(
      said('sample.draw.swapped', {
        pdu: out.pdu,
        into: into.crn,
        intoBand: ROSH_BAND_SAID[into.band],
        out: out.crn,
        outBand: ROSH_BAND_SAID[out.band],
      }),
    );
  }

  for (const pdu of pdus) {
    const count = inPdu.get(pdu) ?? 0;
    if (count < settings.minPerPdu) {
      const message = said('sample.draw.shortPerPdu', {
        pdu,
        count,
        short: settings.minPerPdu - count,
        min: settings.minPerPdu,
        quota: quota.get(pdu) ?? 0,
      });
      shortfalls.push({
        rule: 'at-least-per-pdu',
        where: pdu,
        by: settings.minPerPdu - count,
        message: english(message),
        said: message,
      });
    } else if (count < settings.perPdu) {
      adjustmentsSaid.push(said('sample.draw.fewer', { pdu, count, perPdu: settings.perPdu }));
    }
  }
  // Proportionate: within one case of the band's exact share of the sample.
  const sampledCount = [...inPdu.values()].reduce((sum, value) => sum + value, 0);
  for (const band of ROSH_BANDS) {
    const share = draw.length === 0 ? 0 : (sampledCount * eligibleInBand[band]) / draw.length;
    const count = inBand.get(band) ?? 0;
    if (Math.abs(count - share) > 1) {
      const message = said('sample.draw.shortBand', { count, band: ROSH_BAND_SAID[band], share });
      shortfalls.push({
        rule: 'proportionate-rosh',
        where: ROSH_BAND_NAMES[band],
        by: Math.ceil(Math.abs(count - share) - 1),
        message: english(message),
        said: message,
      });
    }
  }

  const sampled = draw
    .filter((item) => chosen.has(item))
    .sort((a, b) => (a.pdu < b.pdu ? -1 : a.pdu > b.pdu ? 1 : a.drawn - b.drawn));
  const reserve = Object.fromEntries(
    pdus.map((pdu) => [pdu, draw.filter((item) => item.pdu === pdu && !chosen.has(item))]),
  );
  const bands = Object.fromEntries(
    ROSH_BANDS.map((band) => [
      band,
      { target: targets[band], sampled: inBand.get(band) ?? 0, eligible: eligibleInBand[band] },
    ]),
  ) as CaseSample['bands'];
  const adjustments = adjustmentsSaid.map(english);
  return {
    seed: input.seed,
    window,
    settings,
    sampled,
    reserve,
    leftOut,
    bands,
    adjustments,
    adjustmentsSaid,
    shortfalls,
  };
}

/** A sampled case of a band over its share, and an unsampled one of a band under it, in the same PDU. */
function findSwap(
  draw: readonly DrawnCase[],
  chosen: ReadonlySet<DrawnCase>,
  usedPractitioners: ReadonlySet<string>,
  keyOf: (item: DrawnCase) => string,
  over: readonly RoshBand[],
  under: readonly RoshBand[],
): [DrawnCase, DrawnCase] | undefined {
  if (over.length === 0 || under.length === 0) return undefined;
  // The latest-drawn case out, the earliest-drawn case in: the least departure from the draw.
  const outs = draw.filter((item) => chosen.has(item) && over.includes(item.band)).reverse();
  for (const out of outs) {
    const into = draw.find(
      (item) =>
        !chosen.has(item) &&
        item.pdu === out.pdu &&
        under.includes(item.band) &&
        (!usedPractitioners.has(keyOf(item)) || keyOf(item) === keyOf(out)),
    );
    if (into) return [out, into];
  }
  return undefined;
}
