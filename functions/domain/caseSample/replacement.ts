import { english, said, type Said } from '../messages/said.js';
import { practitionerKey, ROSH_BAND_SAID } from './cases.js';
import type { DrawnCase } from './drawSample.js';

/**
 * The case that takes an excluded case's place (§5.1, §6.1): the next case in the PDU's reserve, in
 * draw order, of the same band of risk of serious harm, whose practitioner has no case in the
 * sample yet. Only when the band has none left does another band's case come in, and the result
 * says so in words; when the PDU's reserve has none at all, there is no replacement and it says why.
 */
export type Replacement =
  { found: true; replacement: DrawnCase; note: string; said: Said } | { found: false; why: string; said: Said };

type Banded = Pick<DrawnCase, 'crn' | 'pdu' | 'band'>;

/**
 * What is said of an excluded case and what replaced it (or why nothing did), as a catalogue
 * entry: from the cases alone, so that a page can word a note written earlier.
 */
export function replacementSaid(excluded: Banded, replacement: Banded | undefined): Said {
  if (!replacement) return said('sample.replace.none', { pdu: excluded.pdu });
  const band = ROSH_BAND_SAID[excluded.band];
  return replacement.band === excluded.band
    ? said('sample.replace.sameBand', { crn: replacement.crn, excluded: excluded.crn, pdu: excluded.pdu, band })
    : said('sample.replace.otherBand', {
        crn: replacement.crn,
        otherBand: ROSH_BAND_SAID[replacement.band],
        excluded: excluded.crn,
        band,
        pdu: excluded.pdu,
      });
}

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
  const sameBand = candidates.find((item) => item.band === excluded.band);
  const replacement = sameBand ?? candidates[0];
  const message = replacementSaid(excluded, replacement);
  return replacement
    ? { found: true, replacement, note: english(message), said: message }
    : { found: false, why: english(message), said: message };
}
