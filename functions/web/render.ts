import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nunjucks from 'nunjucks';
import { whoseTurn, type AlertStatus } from '../domain/alerts.js';
import { DateTime } from 'luxon';
import { formatLongDate, formatShortDate, UK_TIME_ZONE, type LocalDate } from '../domain/localDate.js';
import { formatTimeOfDay } from '../domain/timeOfDay.js';

/**
 * Where our views and GOV.UK Frontend's and MoJ Frontend's templates and assets are: beside the
 * sources when run with tsx; in a Lambda bundle, where DIPP_WEB_DIR says (the build copies them
 * there: infra/constructs/dippFunction.ts).
 */
export function webFiles(): { views: string; static: string; govuk: string; moj: string } {
  const bundled = process.env.DIPP_WEB_DIR;
  if (bundled) {
    return {
      views: join(bundled, 'views'),
      static: join(bundled, 'static'),
      govuk: join(bundled, 'govuk-frontend'),
      moj: join(bundled, 'moj-frontend'),
    };
  }
  const require = createRequire(import.meta.url);
  return {
    views: join(dirname(fileURLToPath(import.meta.url)), 'views'),
    static: join(dirname(fileURLToPath(import.meta.url)), 'static'),
    govuk: dirname(require.resolve('govuk-frontend/package.json')),
    moj: dirname(require.resolve('@ministryofjustice/frontend/package.json')),
  };
}

/** An instant's UK date and 24-hour time of day. */
function ukParts(instant: string): { date: LocalDate; time: string } {
  const local = DateTime.fromISO(instant, { zone: 'utc' }).setZone(UK_TIME_ZONE);
  return { date: local.toISODate() as LocalDate, time: local.toFormat('HH:mm') };
}

/** "4 January 2027 at 12pm": GOV.UK style (noon is 12pm, never "0:00 pm"). */
export function formatDateTime(instant: string): string {
  const { date, time } = ukParts(instant);
  return `${formatLongDate(date).replace(/^\w+ /, '')} at ${formatTimeOfDay(time)}`;
}

/**
 * The pages' template engine: Nunjucks with autoescaping, over our views and the GOV.UK and MoJ
 * Frontend macros. Dates read the GOV.UK way ("3 March 2027"; "3 March 2027, 9:00am"), or
 * shorter in narrow tables ("Wed 3 Mar 2027", "9:00am").
 */
function templates(): nunjucks.Environment {
  const files = webFiles();
  const env = new nunjucks.Environment(
    new nunjucks.FileSystemLoader([files.views, join(files.govuk, 'dist'), files.moj], { noCache: false }),
    { autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true },
  );
  env.addFilter('longDate', (date: string | undefined) => (date ? formatLongDate(date as LocalDate) : ''));
  env.addFilter('dateTime', (instant: string | undefined) => (instant ? formatDateTime(instant) : ''));
  // For narrow tables: "Tue 5 Jan 2027", and an instant's UK time of day, "5:30pm".
  env.addFilter('shortDate', (date: string | undefined) => (date ? formatShortDate(date as LocalDate) : ''));
  env.addFilter('clockTime', (instant: string | undefined) => (instant ? formatTimeOfDay(ukParts(instant).time) : ''));
  env.addFilter('sentence', (text: string | undefined) => (text ? text.charAt(0).toUpperCase() + text.slice(1) : ''));
  env.addFilter('languageParts', languageParts);
  env.addFilter('words', (value: string | undefined) => (value ?? '').replace(/-/g, ' '));
  // An alert's tag, coloured by whose turn it is: the lead's blue, the region's orange, closed green or grey.
  env.addFilter('alertTagClass', (status: AlertStatus) => {
    const turn = whoseTurn(status);
    if (turn === 'nobody') return status === 'assured' ? 'govuk-tag--green' : 'govuk-tag--grey';
    return { lead: 'govuk-tag--blue', region: 'govuk-tag--orange', system: 'govuk-tag--light-blue' }[turn];
  });
  return env;
}

/**
 * A bilingual notice's subject in its languages, so that the page can mark the Welsh `lang="cy"`:
 * the subjects are joined with " / " in the notice's order of languages (functions/domain/notices/
 * render.ts). A subject that does not split into one part per language stays whole, unmarked.
 */
export function languageParts(subject: string, languages: readonly string[] = []): { text: string; lang?: string }[] {
  if (languages.length === 1) return [{ text: subject, lang: languages[0] }];
  const parts = subject.split(' / ');
  if (languages.length < 2 || parts.length !== languages.length) return [{ text: subject }];
  return parts.map((text, i) => ({ text, lang: languages[i] }));
}

let shared: nunjucks.Environment | undefined;

/** Renders a view with the one template engine the pages share. */
export function render(view: string, context: Record<string, unknown>): string {
  shared ??= templates();
  return shared.render(view, context);
}
