import { MILESTONE_IDS, MILESTONE_RULES, type MilestoneId } from '../milestones.js';
import { longDateIn, milestoneName, ROLE_NAMES, roleNameIn } from '../glossary.js';
import type { PersonRole } from '../roles.js';
import type { LocalDate } from '../localDate.js';
import type { Language } from '../planner.js';
import { formatTimeOfDay } from '../timeOfDay.js';
import { alertWordsCy } from '../notices/alerts.cy.js';
import { alertWordsEn } from '../notices/alerts.en.js';
import { cy as noticesCy } from '../notices/cy.js';
import { SAID_CY } from './cy.js';
import { SAID_EN, type SaidKey } from './en.js';

export type { SaidKey };

/** What a placeholder is filled with: text, a number, a list of either, or another message. */
export type SaidValue = string | number | readonly (string | number)[] | Said;

/**
 * Something the domain or a use case says to a person (a refusal, a reason, a warning), as a
 * catalogue key and the values it names, so that each edge words it in the person's language:
 * the API and the command line in English (`english`), the pages in English or Welsh (`sayIn`).
 */
export interface Said {
  key: SaidKey;
  values: Readonly<Record<string, SaidValue>>;
}

export const said = (key: SaidKey, values: Readonly<Record<string, SaidValue>> = {}): Said => ({ key, values });

export const CATALOGUES: Record<Language, Readonly<Record<SaidKey, string>>> = { en: SAID_EN, cy: SAID_CY };

const isSaid = (value: SaidValue): value is Said => typeof value === 'object' && 'key' in value;

const listOf = (value: SaidValue): string[] =>
  Array.isArray(value) ? value.map(String) : isSaid(value) ? [] : [String(value)];

/** What zod expected where a value of another type was given, in words. */
const EXPECTED: Record<Language, Record<string, string>> = {
  en: {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    object: 'a set of fields',
    array: 'a list',
    date: 'a date',
  },
  cy: {
    string: 'testun',
    number: 'rhif',
    int: 'rhif cyfan',
    boolean: 'gwir neu gau',
    object: 'set o feysydd',
    array: 'rhestr',
    date: 'dyddiad',
  },
};

/** The last two of a list joined by a word ("a, b or c"; "a, b neu c"). */
function joined(items: string[], word: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

const OR: Record<Language, string> = { en: 'or', cy: 'neu' };
const AND: Record<Language, string> = { en: 'and', cy: 'a' };

function alertWord(kind: 'statuses' | 'types' | 'categories', value: string, lang: Language): string {
  const words = (lang === 'cy' ? alertWordsCy : alertWordsEn)[kind] as Record<string, string>;
  return words[value] ?? value.replace(/-/g, ' ');
}

/**
 * How a `{name:format}` placeholder writes its value in a language. A placeholder without a format
 * writes the value as given (a list comma-separated).
 */
const FORMATS: Record<string, (value: SaidValue, lang: Language) => string> = {
  /** "Monday 7 June 2027"; "dydd Llun 7 Mehefin 2027". */
  date: (value, lang) =>
    listOf(value)
      .map((date) => longDateIn(date as LocalDate, lang))
      .join(', '),
  /** Dates joined by "or" ("Monday 1 … or Monday 8 …"). */
  dates: (value, lang) => {
    const dates = listOf(value).map((date) => longDateIn(date as LocalDate, lang));
    // Welsh mutates a word after "neu": "neu ddydd Llun".
    if (lang === 'cy' && dates.length > 1) dates.push((dates.pop() ?? '').replace(/^dydd /, 'ddydd '));
    return joined(dates, OR[lang]);
  },
  /** Items joined by "or" / "neu". */
  or: (value, lang) => joined(listOf(value), OR[lang]),
  /** Items joined by "and" / "a". */
  and: (value, lang) => joined(listOf(value), AND[lang]),
  /** Times of day "HH:MM" as "9:30am" / "9:30yb", comma-joined. */
  time: (value, lang) =>
    listOf(value)
      .map((time) => formatTimeOfDay(time, lang))
      .join(', '),
  /** "1,234" */
  number: (value, lang) => Number(value).toLocaleString(lang === 'cy' ? 'cy' : 'en-GB'),
  expected: (value, lang) => EXPECTED[lang][String(value)] ?? String(value),
  /** One decimal place. */
  decimal: (value) => Number(value).toFixed(1),
  milestone: (value, lang) =>
    listOf(value)
      .map((id) => ((MILESTONE_IDS as readonly string[]).includes(id) ? milestoneName(id as MilestoneId, lang) : id))
      .join(', '),
  /** A milestone id as the plan titles it in English (its rule's title), by its name in Welsh. */
  milestoneTitle: (value, lang) =>
    listOf(value)
      .map((id) =>
        lang === 'en'
          ? (MILESTONE_RULES.find((rule) => rule.id === id)?.title ?? id)
          : (MILESTONE_IDS as readonly string[]).includes(id)
            ? milestoneName(id as MilestoneId, lang)
            : id,
      )
      .join(', '),
  region: (value, lang) => (lang === 'cy' ? (noticesCy.regionNames[String(value)] ?? String(value)) : String(value)),
  /** A role by its id ("spoc") or its title ("single point of contact"). */
  role: (value, lang) => ROLE_NAMES[lang][String(value) as PersonRole] ?? roleNameIn(String(value), lang),
  alertStatus: (value, lang) => alertWord('statuses', String(value), lang),
  alertType: (value, lang) => alertWord('types', String(value), lang),
  alertCategory: (value, lang) => alertWord('categories', String(value), lang),
};

/** The placeholders a message holds ("{count}", "{from:date}", "{count|case|cases}"), for checks. */
export const placeholdersIn = (message: string): string[] =>
  [...message.matchAll(/\{(\w+)(?:[:|][^}]*)?\}/g)].map((match) => match[1] ?? '').sort();

/** The formats a message gives its placeholders ("from:date"), for checking that both languages agree. */
export const formatsIn = (message: string): string[] =>
  [...message.matchAll(/\{(\w+):(\w+)\}/g)].map((match) => `${match[1]}:${match[2]}`).sort();

export const KNOWN_FORMATS = Object.keys(FORMATS);

/**
 * Words a message in a language. `{name}` writes the value; `{name:format}` writes it by one of
 * `FORMATS`; `{name|one|other}` writes the word for one when the value is 1, the other word if not
 * (the number itself is written with `{name}`).
 */
export function sayIn(message: Said, lang: Language): string {
  const template = CATALOGUES[lang][message.key] ?? SAID_EN[message.key] ?? message.key;
  return template.replace(
    /\{(\w+)(?::(\w+)|\|([^|}]*)\|([^}]*))?\}/g,
    (whole, name: string, format?: string, one?: string, other?: string) => {
      const value = message.values[name];
      if (value === undefined) return whole;
      if (isSaid(value)) return sayIn(value, lang);
      if (one !== undefined) return Number(value) === 1 ? one : (other ?? '');
      if (format) return FORMATS[format]?.(value, lang) ?? String(value);
      return listOf(value).join(', ');
    },
  );
}

/** A message in English: what the API, the command line and the logs say. */
export const english = (message: Said): string => sayIn(message, 'en');
