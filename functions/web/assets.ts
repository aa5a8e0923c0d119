import { extname, join, resolve, sep } from 'node:path';
import { webFiles } from './render.js';

/**
 * The pages' static files: GOV.UK Frontend's and MoJ Frontend's stylesheets, fonts and images,
 * served from their packages (locally) or the Lambda bundle. Never a file outside those folders.
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

/** The URL paths under which static files are served (public: they hold nothing of ours). */
export const ASSET_ROUTES = [
  '/assets/{proxy+}',
  '/moj/assets/{proxy+}',
  '/stylesheets/{proxy+}',
  '/javascripts/{proxy+}',
] as const;

export function assetFile(pathname: string): { path: string; contentType: string } | undefined {
  const { govuk, moj, static: own } = webFiles();
  const files: Record<string, string> = {
    '/stylesheets/govuk-frontend.min.css': join(govuk, 'dist', 'govuk', 'govuk-frontend.min.css'),
    '/stylesheets/moj-frontend.min.css': join(moj, 'moj', 'moj-frontend.min.css'),
    '/javascripts/govuk-frontend.min.js': join(govuk, 'dist', 'govuk', 'govuk-frontend.min.js'),
    '/javascripts/init.mjs': join(own, 'init.mjs'),
  };
  const folders: [prefix: string, folder: string][] = [
    ['/assets/', join(govuk, 'dist', 'govuk', 'assets')],
    ['/moj/assets/', join(moj, 'moj', 'assets')],
  ];
  const found = (path: string) => ({ path, contentType: TYPES[extname(path)] ?? 'application/octet-stream' });
  if (files[pathname]) return found(files[pathname]);
  for (const [prefix, folder] of folders) {
    if (!pathname.startsWith(prefix)) continue;
    let relative: string;
    try {
      relative = decodeURIComponent(pathname.slice(prefix.length));
    } catch {
      return undefined;
    }
    const file = resolve(folder, relative);
    return file.startsWith(folder + sep) ? found(file) : undefined;
  }
  return undefined;
}
