import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { webFiles } from '../../functions/web/render.js';

/**
 * No view writes English of its own: every word a page shows comes from the catalogues
 * (functions/web/i18n/). Scans each view's text outside Nunjucks tags, comments and HTML tags, and
 * the string literals inside its tags that a page shows (`text:`, `label:`, `html:`, `titleText:`).
 */
const ALLOWED: Record<string, string[]> = {
  // The local identity provider's page stands in for Cognito's managed login on a developer's
  // machine only (functions/local/identity/); on AWS nobody sees it.
  'local-sign-in.njk': ['*'],
  // The switch names each language in that language, whichever the page is in.
  // The programme's name is the same in both (each page's title ends "– DIPP –").
  'layout.njk': ['English', 'Cymraeg', 'DIPP'],
};

/** Words (three or more letters) a view shows as it is, outside the catalogues. */
function hardCodedWords(source: string): string[] {
  const withoutComments = source.replace(/\{#[\s\S]*?#\}/g, '');
  const tags = [...withoutComments.matchAll(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g)].map((m) => m[0]);
  const text = withoutComments
    .replace(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z]+;/g, ' ');
  const shownLiterals = tags.flatMap((tag) =>
    // A literal put through a filter is a value the filter words (`"individual" | alertType`).
    [...tag.matchAll(/\b(?:text|label|html|titleText)\s*:\s*"((?:[^"\\]|\\.)*)"(?!\s*\|)/g)].map((m) =>
      (m[1] ?? '').replace(/\\"/g, '"'),
    ),
  );
  return [...text.split(/\s+/), ...shownLiterals.flatMap((literal) => literal.replace(/<[^>]*>/g, ' ').split(/\s+/))]
    .map((word) => word.trim())
    .filter((word) => /[A-Za-z]{3,}/.test(word));
}

describe('the views', () => {
  const folder = webFiles().views;
  const views = readdirSync(folder).filter((name) => name.endsWith('.njk'));

  it.each(views)('%s shows no English of its own', (view) => {
    const allowed = ALLOWED[view] ?? [];
    if (allowed.includes('*')) return;

    const words = hardCodedWords(readFileSync(join(folder, view), 'utf8')).filter((word) => !allowed.includes(word));

    expect(words).toEqual([]);
  });
});
