import { practitionerKey, ROSH_BAND_NAMES } from './cases.js';
import type { DrawnCase } from './drawSample.js';

/**
 * The case that takes an excluded case's place (§5.1, §6.1): the next case in the PDU's reserve, in
 * draw order, of the same band of risk of serious harm, whose practitioner has no case in the
 * sample yet. Only when the band has none left does another band's case come in, and the result
 * says so in words; when the PDU's reserve has none at all, there is no replacement and it says why.
 */
export type Replacement = { found: true; replacement: DrawnCase; note: string } | { found: false; why: string };

export function replacementFor(input: {
  excluded: DrawnCase;
  /** The cases in the sample now (the excluded one among them or not). */
  sampled: readonly DrawnCase[];
  /** The PDU's reserve, in draw order. */
  reserve: readonly DrawnCase[];
  /** Cases already used or ruled out (replacements taken earlier, cases excluded): never offered again. */
  used: ReadonlySet<string>;
}): Replacement {
  const { excluded } = input;
  const busy = new Set(
    input.sampled.filter((item) => item.crn !== excluded.crn).map((item) => practitionerKey(item.practitioner)),
  );
  const candidates = input.reserve.filter(
    (item) =>
      item.pdu === excluded.pdu &&
      item.crn !== excluded.crn &&
      !input.used.has(item.crn) &&
      !input.sampled.some((s) => s.crn === item.crn) &&
      !busy.has(practitionerKey(item.practitioner)),
  );
  const band = ROSH_BAND_NAMES[excluded.band];
  const sameBand = candidates.find((item) => item.band === excluded.band);
  if (sameBand) {
    return {
      found: true,
      replacement: sameBand,
      note: `case ${sameBand.crn} replaces case ${excluded.crn}: the next reserve case in ${excluded.pdu} of ${band} risk`,
    };
  }
  const other = candidates[0];
  if (other) {
    return {
      found: true,
      replacement: other,
      note:
        `case ${other.crn} (${ROSH_BAND_NAMES[other.band]} risk) replaces case ${excluded.crn} (${band} risk): ` +
        `${excluded.pdu} has no reserve case of ${band} risk left with a practitioner not already in the sample`,
    };
  }
  return {
    found: false,
    why: `${excluded.pdu} has no reserve case left with a practitioner not already in the sample: the sample there is one case smaller`,
  };
}
