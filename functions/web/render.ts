import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nunjucks from 'nunjucks';
import { whoseTurn, type AlertStatus } from '../domain/alerts.js';
import { DateTime } from 'luxon';
import { formatLongDate, formatShortDate, UK_TIME_ZONE, type LocalDate } from '../domain/localDate.js';
import { formatTimeOfDay } from '../domain/timeOfDay.js';
import { longDateIn, milestoneName, roleNameIn } from '../domain/glossary.js';
import { MILESTONE_IDS, type MilestoneId } from '../domain/milestones.js';
import type { Said } from '../domain/messages/said.js';
import { sayIn, wordingIn } from '../domain/messages/sayIn.js';
import { DOMAIN_PHRASES } from './i18n/domainPhrases.js';
import { translator, type Language, type Translator } from './i18n/translator.js';

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
  // Resolved once: the local server asks on every request whether it is for a public file.
  if (!fromSources) {
    const require = createRequire(import.meta.url);
    fromSources = Object.freeze({
      views: join(dirname(fileURLToPath(import.meta.url)), 'views'),
      static: join(dirname(fileURLToPath(import.meta.url)), 'static'),
      govuk: dirname(require.resolve('govuk-frontend/package.json')),
      moj: dirname(require.resolve('@ministryofjustice/frontend/package.json')),
    });
  }
  return fromSources;
}

let fromSources: Readonly<ReturnType<typeof webFiles>> | undefined;

/** An instant's UK date and 24-hour time of day. */
function ukParts(instant: string): { date: LocalDate; time: string } {
  const local = DateTime.fromISO(instant, { zone: 'utc' }).setZone(UK_TIME_ZONE);
  return { date: local.toISODate() as LocalDate, time: local.toFormat('HH:mm') };
}

const LOCALES: Record<Language, string> = { en: 'en-GB', cy: 'cy' };

/** "4 January 2027 at 12pm": GOV.UK style (noon is 12pm, never "0:00 pm"); "4 Ionawr 2027 am 12yp". */
export function formatDateTime(instant: string, lang: Language = 'en'): string {
  const { date, time } = ukParts(instant);
  const day = formatLongDate(date, LOCALES[lang]).replace(lang === 'cy' ? /^\S+ \S+ / : /^\w+ /, '');
  return `${day} ${lang === 'cy' ? 'am' : 'at'} ${formatTimeOfDay(time, lang)}`;
}

/** A short date for narrow tables: "Tue 5 Jan 2027"; in Welsh, "Maw 5 Ion 2027". */
function formatNarrowDate(date: LocalDate, lang: Language): string {
  if (lang === 'en') return formatShortDate(date);
  return DateTime.fromISO(date, { zone: 'utc' }).setLocale(LOCALES.cy).toFormat('ccc d LLL yyyy');
}

const sentence = (text: string | undefined) => (text ? text.charAt(0).toUpperCase() + text.slice(1) : '');
const words = (value: string | undefined) => (value ?? '').replace(/-/g, ' ');

/** An alert's word (its status, type or category) in the page's language: the notices' Welsh words. */
function alertWord(kind: 'statuses' | 'types' | 'categories', value: string, lang: Language): string {
  if (lang === 'en') return sentence(words(value));
  return sentence((wordingIn(lang).alertWords[kind] as Record<string, string>)[value] ?? words(value));
}

/** What a Nunjucks filter sees as `this`: the render's context, which holds the page's language. */
interface FilterThis {
  ctx: { lang?: Language; t?: Translator };
}
const langOf = (self: FilterThis): Language => self.ctx.lang ?? 'en';

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
  // Nunjucks calls a filter with the render's context as `this`: dates follow the page's language.
  env.addFilter('longDate', function (this: FilterThis, date: string | undefined) {
    return date ? longDateIn(date as LocalDate, langOf(this)) : '';
  });
  env.addFilter('dateTime', function (this: FilterThis, instant: string | undefined) {
    return instant ? formatDateTime(instant, langOf(this)) : '';
  });
  // For narrow tables: "Tue 5 Jan 2027", and an instant's UK time of day, "5:30pm".
  env.addFilter('shortDate', function (this: FilterThis, date: string | undefined) {
    return date ? formatNarrowDate(date as LocalDate, langOf(this)) : '';
  });
  env.addFilter('clockTime', function (this: FilterThis, instant: string | undefined) {
    return instant ? formatTimeOfDay(ukParts(instant).time, langOf(this)) : '';
  });
  env.addFilter('sentence', sentence);
  env.addFilter('languageParts', languageParts);
  env.addFilter('words', words);
  // The glossary's one name of a milestone in Welsh; in English, the title the page was given.
  env.addFilter('milestoneTitle', function (this: FilterThis, title: string, id: string) {
    const lang = langOf(this);
    return lang === 'cy' && (MILESTONE_IDS as readonly string[]).includes(id)
      ? milestoneName(id as MilestoneId, lang)
      : title;
  });
  // A region's name as the Welsh notices write it ("Cymru"); in English, as given.
  env.addFilter('regionName', function (this: FilterThis, name: string | undefined) {
    return name === undefined ? '' : wordingIn(langOf(this)).regionName(name);
  });
  // A role as the plan writes it ("single point of contact"), in the page's language.
  env.addFilter('roleName', function (this: FilterThis, role: string) {
    return langOf(this) === 'cy' ? roleNameIn(role, 'cy') : role;
  });
  // A phrase a use case wrote ("Acknowledge the alert"), in the page's language.
  env.addFilter('phrase', function (this: FilterThis, text: string) {
    const key = DOMAIN_PHRASES[text];
    return key && this.ctx.t && langOf(this) === 'cy' ? this.ctx.t(key) : text;
  });
  // Something a use case said (a reason, a warning: functions/domain/messages), in the page's language.
  env.addFilter('said', function (this: FilterThis, message: Said | undefined) {
    return message ? sayIn(message, langOf(this)) : '';
  });
  env.addFilter('alertStatus', function (this: FilterThis, status: string) {
    return alertWord('statuses', status, langOf(this));
  });
  env.addFilter('alertType', function (this: FilterThis, type: string) {
    return alertWord('types', type, langOf(this));
  });
  env.addFilter('alertCategory', function (this: FilterThis, category: string) {
    return alertWord('categories', category, langOf(this));
  });
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

/** Renders a view with the one template engine the pages share, in a language (English unless told). */
export function render(view: string, context: Record<string, unknown>, lang: Language = 'en'): string {
  shared ??= templates();
  return shared.render(view, { ...context, lang, t: translator(lang) });
}
