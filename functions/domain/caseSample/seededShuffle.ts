import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** The largest seed: a draw's seed is a whole number from 0 to this, stored with the sample. */
export const MAX_SEED = 2 ** 31 - 1;

/**
 * The items in a random order that depends on nothing but the seed (Fisher–Yates over
 * xoroshiro128+, from pure-rand): the same items and seed always give the same order, so an
 * auditor can re-derive a sample.
 */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const random = xoroshiro128plus(seed);
  const shuffled = [...items];
  for (let index = shuffled.length - 1; index > 0; index -= 1) {
    const other = uniformInt(random, 0, index);
    [shuffled[index], shuffled[other]] = [shuffled[other] as T, shuffled[index] as T];
  }
  return shuffled;
}
