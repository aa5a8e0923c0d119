import type { Language } from './planner.js';

const SUFFIXES: Record<Language, { am: string; pm: string }> = {
  en: { am: 'am', pm: 'pm' },
  // y bore / y prynhawn: for the Welsh translator's review.
  cy: { am: 'yb', pm: 'yp' },
};

/**
 * A UK local time of day ("HH:MM", 24-hour) as GOV.UK style writes it: "10am", "2:30pm", noon
 * "12pm", midnight "12am"; minutes only when there are some.
 */
export function formatTimeOfDay(time: string, lang: Language = 'en'): string {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) throw new Error(`not a time of day: ${time}`);
  const hours = Number(match[1]);
  const minutes = match[2] ?? '00';
  const suffix = hours < 12 ? SUFFIXES[lang].am : SUFFIXES[lang].pm;
  const hour = hours % 12 === 0 ? 12 : hours % 12;
  return `${hour}${minutes === '00' ? '' : `:${minutes}`}${suffix}`;
}
