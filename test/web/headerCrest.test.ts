import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { assetFile } from '../../functions/web/assets.js';
import { memoryDeps } from '../support/memoryDeps.js';
import { pagesFor } from './inProcessPages.js';

/**
 * The MoJ header's crest is a file the browser keeps, not a 72 KB drawing written into every page
 * (as the MoJ header macro writes it), and it is the MoJ header's own drawing.
 */

const CREST_URL = '/assets/images/moj-header-crest.svg';
const pathsOf = (svg: string) => svg.match(/<path\b[^>]*\/>/g) ?? [];

describe('the header’s crest', () => {
  it('is served as an SVG file holding the MoJ header’s drawing, path for path', () => {
    const served = assetFile(CREST_URL);
    expect(served?.contentType).toBe('image/svg+xml');
    expect(served && existsSync(served.path)).toBe(true);

    const template = readFileSync(
      createRequire(import.meta.url).resolve('@ministryofjustice/frontend/moj/components/header/template.njk'),
      'utf8',
    );
    const inline = /<svg[^>]*moj-header__logotype-crest[\s\S]*?<\/svg>/.exec(template)?.[0] ?? '';
    const paths = pathsOf(inline);
    expect(paths.length).toBeGreaterThan(0);
    // An upgrade of MoJ Frontend that redraws the crest fails here: copy its paths into the file.
    expect(pathsOf(readFileSync(served?.path ?? '', 'utf8'))).toEqual(paths);
  });

  it('is shown on a page by its file, and the page no longer carries the drawing', async () => {
    const page = await pagesFor(memoryDeps())('GET', '/');

    expect(page.status).toBe(200);
    expect(page.body).toContain(`<img class="moj-header__logotype-crest" src="${CREST_URL}" alt=""`);
    expect(page.body).not.toMatch(/<svg[^>]*moj-header__logotype-crest/);
    expect(Buffer.byteLength(page.body)).toBeLessThan(25_000);
  });
});
