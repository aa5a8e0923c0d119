import * as z from 'zod/mini';
import type { Principal } from '../../domain/access.js';
import { OVERVIEW_DEFAULTS } from '../../domain/overview.js';
import { fieldErrorsFrom, zodMessage } from '../../domain/validation.js';
import type { Deps } from '../deps.js';
import { refuse } from '../errors.js';
import { overviewRows } from './overview.js';
import type { InspectionRow } from './views.js';

/** A query string's whole number from 1 to a maximum, refused in words naming both. */
const wholeNumberUpTo = (maximum: number) =>
  z.optional(
    z
      .pipe(
        z
          .string()
          .check(
            z.regex(/^\d{1,7}$/, { error: () => zodMessage('common.wholeNumberFromTo', { minimum: 1, maximum }) }),
          ),
        z.transform(Number),
      )
      .check(
        z.refine((n) => n >= 1 && n <= maximum, {
          error: () => zodMessage('common.wholeNumberFromTo', { minimum: 1, maximum }),
        }),
      ),
  );

const pageQuery = z.strictObject({
  page: wholeNumberUpTo(1_000_000),
  pageSize: wholeNumberUpTo(OVERVIEW_DEFAULTS.maxApiPageSize),
});

export interface OverviewPage {
  rows: readonly InspectionRow[];
  /** The next page's query, while there is one. */
  next?: { page: number; pageSize: number };
}

/**
 * One page of the programme overview, by fieldwork start, as the API lists it: `page` (from 1)
 * of `pageSize` inspections (50 unless asked, at most 500). A page of the usual size from an
 * overview kept for a while (overview.ts) is cut once and kept with it, frozen, so the HTTP layer
 * checks and writes it once; other sizes are cut for each request, so that no one asking for every
 * size in turn can make a container keep them all.
 */
export async function overviewPage(deps: Deps, principal: Principal, input: unknown): Promise<OverviewPage> {
  const parsed = pageQuery.safeParse(input);
  if (!parsed.success) refuse(fieldErrorsFrom(parsed.error, input, { allowedKeys: Object.keys(pageQuery.shape) }));
  const { page = 1, pageSize = OVERVIEW_DEFAULTS.pageSize } = parsed.data;
  const all = await overviewRows(deps, principal);
  const start = (page - 1) * pageSize;
  const rows = pageOf(all, start, pageSize);
  return start + pageSize < all.length ? { rows, next: { page: page + 1, pageSize } } : { rows };
}

/** The usual-sized pages cut from each kept overview, by where each starts. */
const CUT = new WeakMap<readonly InspectionRow[], Map<number, readonly InspectionRow[]>>();

const NONE: readonly InspectionRow[] = Object.freeze([]);

function pageOf(all: readonly InspectionRow[], start: number, size: number): readonly InspectionRow[] {
  if (start >= all.length) return NONE;
  if (!Object.isFrozen(all) || size !== OVERVIEW_DEFAULTS.pageSize) return all.slice(start, start + size);
  let pages = CUT.get(all);
  if (!pages) CUT.set(all, (pages = new Map()));
  let rows = pages.get(start);
  if (!rows) pages.set(start, (rows = Object.freeze(all.slice(start, start + size))));
  return rows;
}
