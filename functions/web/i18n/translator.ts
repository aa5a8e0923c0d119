import type { Language } from '../../domain/planner.js';
import { cy } from './cy.js';
import { en, type MessageKey } from './en.js';

export type { Language, MessageKey };

/** Values put into a message where it names them in braces: "Showing {shown} of {total}". */
export type MessageValues = Record<string, string | number>;

/** Looks a page string up in one language's catalogue and fills in its `{name}` placeholders. */
export type Translator = ((key: MessageKey, values?: MessageValues) => string) & {
  /** The language it translates into (for what the use cases said: functions/domain/messages). */
  readonly lang: Language;
};

export const CATALOGUES: Record<Language, Record<MessageKey, string>> = { en, cy };

/** The `{name}` placeholders a message holds, for checking that both languages use the same. */
export const placeholdersOf = (message: string): string[] =>
  [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

export function translator(lang: Language): Translator {
  const catalogue = CATALOGUES[lang];
  const translate = (key: MessageKey, values: MessageValues = {}) =>
    (catalogue[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
  return Object.assign(translate, { lang });
}
