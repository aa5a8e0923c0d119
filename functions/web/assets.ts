import { extname, join, resolve, sep } from 'node:path';
import { webFiles } from './render.js';

/**
 * The pages' static files: GOV.UK Frontend's and MoJ Frontend's stylesheets, fonts and images.
 * Served from their packages by the local servers (never a file outside those folders), and from
 * S3 behind CloudFront in AWS.
 */
const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** One public file or folder: its URL path (a folder's ends in `/`) and where it is on disk. */
export interface AssetSource {
  url: string;
  from: string;
}

/**
 * Where every public file comes from: the Frontend packages' stylesheets, scripts, fonts and images
 * and our one script. The local servers serve them from here; the CDK app copies them, laid out
 * by URL, into the bucket CloudFront serves them from (infra/constructs/edge.ts).
 */
export function assetSources(): AssetSource[] {
  const { govuk, moj, static: own } = webFiles();
  return [
    { url: '/stylesheets/govuk-frontend.min.css', from: join(govuk, 'dist', 'govuk', 'govuk-frontend.min.css') },
    { url: '/stylesheets/moj-frontend.min.css', from: join(moj, 'moj', 'moj-frontend.min.css') },
    { url: '/javascripts/govuk-frontend.min.js', from: join(govuk, 'dist', 'govuk', 'govuk-frontend.min.js') },
    { url: '/javascripts/init.mjs', from: join(own, 'init.mjs') },
    // The MoJ header's crest as a file (views/layout.njk), before the directory its URL sits in.
    { url: '/assets/images/moj-header-crest.svg', from: join(own, 'moj-header-crest.svg') },
    { url: '/assets/', from: join(govuk, 'dist', 'govuk', 'assets') },
    { url: '/moj/assets/', from: join(moj, 'moj', 'assets') },
  ];
}

/** The URL path prefixes of the public files: none of them runs any of our code in AWS. */
export const ASSET_PREFIXES = ['/assets/', '/moj/assets/', '/stylesheets/', '/javascripts/'] as const;

/** The content type a browser needs for a file (a module script must be JavaScript). */
export function contentTypeOf(file: string): string {
  return TYPES[extname(file)] ?? 'application/octet-stream';
}

export function assetFile(pathname: string): { path: string; contentType: string } | undefined {
  const found = (path: string) => ({ path, contentType: contentTypeOf(path) });
  for (const { url, from } of assetSources()) {
    if (!url.endsWith('/')) {
      if (pathname === url) return found(from);
      continue;
    }
    if (!pathname.startsWith(url)) continue;
    let relative: string;
    try {
      relative = decodeURIComponent(pathname.slice(url.length));
    } catch {
      return undefined;
    }
    const file = resolve(from, relative);
    return file.startsWith(from + sep) ? found(file) : undefined;
  }
  return undefined;
}
