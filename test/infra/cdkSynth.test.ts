import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('npx cdk synth', () => {
  it('works offline with no AWS credentials and no Docker: esbuild bundles every function, cdk-nag passes', async () => {
    const outdir = mkdtempSync(path.join(tmpdir(), 'dipp-cdk-'));
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !name.startsWith('AWS_') && !name.startsWith('CDK_')),
    );
    const { stdout, stderr } = await run('npx', ['cdk', 'synth', '--quiet', '--no-notices', '-o', outdir], {
      env: { ...env, CDK_DISABLE_VERSION_CHECK: 'true' },
      timeout: 150_000,
    });

    expect(`${stdout}\n${stderr}`).not.toMatch(/ERROR|Synthesis finished with errors/);
    const assets = JSON.parse(readFileSync(path.join(outdir, 'DippLifecycle.assets.json'), 'utf8')) as {
      files: Record<string, { source: { path: string; packaging?: string } }>;
    };
    const bundles = Object.values(assets.files).filter((file) => file.source.packaging === 'zip');
    // One bundle per handler, each holding what esbuild built (the API's two functions share one).
    expect(bundles).toHaveLength(10);
    for (const bundle of bundles) expect(existsSync(path.join(outdir, bundle.source.path, 'index.js'))).toBe(true);
    // The pages' bundle carries their templates and the GOV.UK and MoJ Frontend files they use.
    const withPages = bundles.filter((bundle) => existsSync(path.join(outdir, bundle.source.path, 'web')));
    expect(withPages).toHaveLength(1);
    const web = path.join(outdir, withPages[0]?.source.path ?? '', 'web');
    for (const file of [
      'views/layout.njk',
      'static/init.mjs',
      'govuk-frontend/dist/govuk/govuk-frontend.min.js',
      'govuk-frontend/dist/govuk/template.njk',
      'govuk-frontend/dist/govuk/govuk-frontend.min.css',
      'govuk-frontend/dist/govuk/assets/images/favicon.svg',
      'moj-frontend/moj/moj-frontend.min.css',
    ]) {
      expect(existsSync(path.join(web, file)), file).toBe(true);
    }
  }, 180_000);
});
