import nunjucks from 'nunjucks';
import { inlineText } from '../text.js';
import type { NoticeKind } from './catalogue.js';
import type { LanguagePack, NoticeView } from './view.js';

export type Language = 'cy' | 'en';

/** A rendered notice, ready for any email channel. */
export interface RenderedNotice {
  subject: string;
  text: string;
  html: string;
  languages: Language[];
}

type Block =
  { type: 'heading'; text: string } | { type: 'paragraph'; text: string } | { type: 'list'; items: string[] };

/**
 * Marks where a template's own text starts a heading or a bullet. Values never hold it (inlineText
 * turns every control character into a space), so only a template can make a heading or a bullet:
 * a value that reads "## …" or "- …" at the start of a line stays a paragraph's text.
 */
const STRUCTURE = '\u001f';
const HEADING = `${STRUCTURE}## `;
const BULLET = `${STRUCTURE}- `;

/** A body template with its headings ("## ") and bullets ("- ") marked as the template's own. */
function markStructure(source: string): string {
  return source.replace(/^([ \t]*)(## |- )/gm, `$1${STRUCTURE}$2`);
}

/**
 * Splits a rendered body into headings, paragraphs and bullet lists. Paragraphs are separated by
 * blank lines; a heading or bullet is a line the template marked (markStructure). Values are one
 * line each (inlineView), so a value can never start a paragraph, heading, bullet or line.
 */
export function blocksOf(body: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of body.split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    let paragraph: string[] = [];
    let list: string[] = [];
    const flush = () => {
      if (paragraph.length > 0) blocks.push({ type: 'paragraph', text: paragraph.join(' ') });
      if (list.length > 0) blocks.push({ type: 'list', items: list });
      paragraph = [];
      list = [];
    };
    for (const line of lines) {
      if (line.startsWith(HEADING)) {
        flush();
        blocks.push({ type: 'heading', text: line.slice(HEADING.length) });
      } else if (line.startsWith(BULLET)) {
        if (paragraph.length > 0) flush();
        list.push(line.slice(BULLET.length));
      } else {
        if (list.length > 0) flush();
        paragraph.push(line);
      }
    }
    flush();
  }
  return blocks;
}

/**
 * The view with every string in it one inline run of text (functions/domain/text.ts): no line
 * break, control or format character, no run of spaces, at most INLINE_TEXT_MAX characters. Names
 * are refused such characters when they are given; this holds for what comes from outside too (an
 * SES bounce message) and for anything stored before the rule.
 */
function inlineView<T>(value: T): T {
  if (typeof value === 'string') return inlineText(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => inlineView(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inlineView(item)])) as T;
  }
  return value;
}

// Text templates are not HTML: no escaping. The HTML layout escapes every value it is given.
const text = new nunjucks.Environment(null, { autoescape: false, throwOnUndefined: true, trimBlocks: true });
const html = new nunjucks.Environment(null, { autoescape: true, throwOnUndefined: true });

const compiled = new Map<string, nunjucks.Template>();

/** Renders a template string, compiling each distinct one once. */
function render(environment: nunjucks.Environment, source: string, context: object): string {
  const key = `${environment === html ? 'html' : 'text'}|${source}`;
  let template = compiled.get(key);
  if (!template) {
    template = nunjucks.compile(source, environment);
    compiled.set(key, template);
  }
  return template.render(context);
}

const HTML_LAYOUT = `<!DOCTYPE html>
<html lang="{{ sections[0].lang }}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ subject }}</title>
{% if sections.length > 1 %}<style>@media only screen and (max-width: 640px) { .dipp-columns, .dipp-columns tbody, .dipp-columns tr, .dipp-column { display: block !important; width: 100% !important; } .dipp-column { padding: 0 0 24px 0 !important; } }</style>{% endif %}
</head>
<body style="font-family: Arial, sans-serif; font-size: 19px; line-height: 1.3; color: #0b0c0c; margin: 0; padding: 16px;">
{% if sections.length > 1 %}<table role="presentation" class="dipp-columns" width="100%" style="border-collapse: collapse;"><tr>{% endif %}
{% for section in sections %}
{% if sections.length > 1 %}<td class="dipp-column" valign="top" width="50%" lang="{{ section.lang }}" style="padding: 0 12px; vertical-align: top;">{% else %}<div lang="{{ section.lang }}">{% endif %}
<p style="font-size: 16px; color: #505a5f;">{{ section.layout.inspectorate }}</p>
<h1 style="font-size: 24px;">{{ section.subject }}</h1>
<p>{{ section.greeting }}</p>
{% for block in section.blocks %}
{% if block.type == 'heading' %}<h2 style="font-size: 20px;">{{ block.text }}</h2>
{% elif block.type == 'list' %}<ul>{% for item in block.items %}<li>{{ item }}</li>{% endfor %}</ul>
{% else %}<p>{{ block.text }}</p>
{% endif %}
{% endfor %}
<p>{{ section.layout.signOff }}<br>{{ section.signature }}</p>
<p style="font-size: 16px; color: #505a5f;">{{ section.layout.automated }}</p>
{% if sections.length > 1 %}</td>{% else %}</div>{% endif %}
{% endfor %}
{% if sections.length > 1 %}</tr></table>{% endif %}
</body>
</html>`;

interface Section {
  lang: Language;
  subject: string;
  greeting: string;
  signature: string;
  blocks: Block[];
  layout: LanguagePack['layout'];
}

function section(
  kind: NoticeKind,
  lang: Language,
  pack: LanguagePack,
  view: NoticeView,
  addressee: string,
  signature: string,
): Section {
  const template = pack.templates[kind];
  const values = inlineView(view);
  const subject = inlineText(render(text, template.subject, values));
  const body = render(text, markStructure(template.body), values).trim();
  const greeting = render(text, pack.layout.greeting, { name: inlineText(addressee) });
  return { lang, subject, greeting, signature: inlineText(signature), blocks: blocksOf(body), layout: pack.layout };
}

function textOf(part: Section): string {
  const body = part.blocks
    .map((block) => {
      if (block.type === 'heading') return block.text.toUpperCase();
      if (block.type === 'list') return block.items.map((item) => `  * ${item}`).join('\n');
      return block.text;
    })
    .join('\n\n');
  return [
    part.layout.inspectorate,
    '',
    part.greeting,
    '',
    body,
    '',
    part.layout.signOff,
    part.signature,
    '',
    part.layout.automated,
  ].join('\n');
}

export interface RenderRequest {
  kind: NoticeKind;
  /** One view and pack per language, in the order they are shown: Welsh first for Wales. */
  languages: { lang: Language; pack: LanguagePack; view: NoticeView }[];
  /** Whom the greeting names ("Regional Probation Director", or a name). */
  addressee: Record<Language, string>;
  /** Who signs: the lead inspector's name and role to the region; the service, within the inspectorate. */
  signature: Record<Language, string>;
}

/**
 * Renders one notice: the subject and body of each language from its templates; for more than
 * one language, the subjects joined and the bodies side by side (HTML) or one after the other
 * (text), with equal prominence. On a phone (a screen under 640 pixels wide) the columns stack, in
 * the order given: Welsh, then English.
 */
export function renderNotice(request: RenderRequest): RenderedNotice {
  const sections = request.languages.map(({ lang, pack, view }) =>
    section(request.kind, lang, pack, view, request.addressee[lang], request.signature[lang]),
  );
  const subject = sections.map((part) => part.subject).join(' / ');
  return {
    subject,
    text: sections.map(textOf).join('\n\n----------------------------------------\n\n'),
    html: render(html, HTML_LAYOUT, { subject, sections }),
    languages: request.languages.map(({ lang }) => lang),
  };
}
