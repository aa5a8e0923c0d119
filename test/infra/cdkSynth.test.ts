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
    const template = JSON.parse(readFileSync(path.join(outdir, 'DippLifecycle.template.json'), 'utf8')) as {
      Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
    };
    // Our functions' code (CDK's own functions, which run only while deploying, apart).
    const ourKeys = new Set(
      Object.values(template.Resources)
        .filter((resource) => resource.Type === 'AWS::Lambda::Function')
        .filter(
          (resource) =>
            (resource.Properties.Environment as { Variables?: Record<string, string> } | undefined)?.Variables
              ?.POWERTOOLS_SERVICE_NAME === 'dipp-orchestrator',
        )
        .map((resource) => (resource.Properties.Code as { S3Key: string }).S3Key),
    );
    const bundles = Object.entries(assets.files)
      .filter(([hash]) => ourKeys.has(`${hash}.zip`))
      .map(([, file]) => file);
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
    // The public files, laid out by URL for the bucket CloudFront serves them from.
    const staged = Object.values(assets.files).filter((file) =>
      existsSync(path.join(outdir, file.source.path, 'stylesheets', 'govuk-frontend.min.css')),
    );
    expect(staged).toHaveLength(1);
    for (const file of [
      'stylesheets/moj-frontend.min.css',
      'javascripts/govuk-frontend.min.js',
      'javascripts/init.mjs',
      'assets/images/favicon.svg',
      'moj/assets/images/icon-document.png',
    ]) {
      expect(existsSync(path.join(outdir, staged[0]?.source.path ?? '', file)), file).toBe(true);
    }
  }, 180_000);
});
