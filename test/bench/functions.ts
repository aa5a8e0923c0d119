// npm run bench (or tsx test/bench/functions.ts): each Lambda function's bundle as `cdk synth`
// builds it, its size (minified, AWS SDK left out as Lambda's runtime provides it, source map not
// counted) and how long Node takes to load it, in a fresh process, before any work: the part of
// every cold start that is ours. Figures, not pass/fail: the targets (300 KB, 150 ms) are in the README.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const NODE_MODULES = fileURLToPath(new URL('../../node_modules', import.meta.url));
const LOADS = Number(process.env.BENCH_LOADS ?? 7);

interface Resource {
  Type: string;
  Properties: { Code?: { S3Key?: string }; Environment?: { Variables?: Record<string, unknown> } };
}

/** Synthesizes the app as `npx cdk synth` does, with esbuild's metafile beside each bundle. */
async function synth(outdir: string): Promise<void> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('AWS_') && !name.startsWith('CDK_')),
  );
  await run('npx', ['cdk', 'synth', '--quiet', '--no-notices', '-o', outdir], {
    env: { ...env, CDK_DISABLE_VERSION_CHECK: 'true', DIPP_BUNDLE_METAFILE: 'true' },
    timeout: 300_000,
  });
}

/** Each of our functions (logical id) and its bundle's folder in the cloud assembly. */
function ourBundles(outdir: string): { name: string; folder: string; environment: Record<string, string> }[] {
  const template = JSON.parse(readFileSync(path.join(outdir, 'DippLifecycle.template.json'), 'utf8')) as {
    Resources: Record<string, Resource>;
  };
  const assets = JSON.parse(readFileSync(path.join(outdir, 'DippLifecycle.assets.json'), 'utf8')) as {
    files: Record<string, { source: { path: string } }>;
  };
  return Object.entries(template.Resources)
    .filter(([, resource]) => resource.Type === 'AWS::Lambda::Function')
    .filter(
      ([, resource]) => resource.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME === 'dipp-orchestrator',
    )
    .map(([name, resource]) => {
      const hash = resource.Properties.Code?.S3Key?.replace(/\.zip$/, '') ?? '';
      const source = assets.files[hash]?.source.path ?? '';
      // Values CloudFormation resolves at deploy time (ARNs, names) become placeholders of the right shape.
      const environment = Object.fromEntries(
        Object.entries(resource.Properties.Environment?.Variables ?? {}).map(([key, value]) => [
          key,
          typeof value === 'string' ? value : placeholderFor(key),
        ]),
      );
      return { name, folder: path.join(outdir, source), environment };
    });
}

function placeholderFor(variable: string): string {
  if (variable.endsWith('_ARN')) return 'arn:aws:states:eu-west-2:123456789012:stateMachine:dipp-placeholder';
  if (variable.endsWith('_URL') || variable.endsWith('_ISSUER')) return 'https://dipp.example.gov.uk';
  if (variable.endsWith('_SECRET')) return 'a-placeholder-secret-long-enough-for-the-check';
  return 'dipp-placeholder';
}

/** Milliseconds to load the bundle in a fresh Node, the median of several; and the same with the SDK already loaded. */
async function loadTimes(bundle: string, environment: Record<string, string>) {
  const time = async (preloadSdk: boolean) => {
    const script = [
      preloadSdk ? SDK_PACKAGES.map((name) => `try { require('${name}') } catch {}`).join(';') : '',
      'const started = performance.now();',
      `require(${JSON.stringify(bundle)});`,
      'process.stdout.write(String(performance.now() - started));',
    ].join('\n');
    try {
      const { stdout } = await run(process.execPath, ['-e', script], {
        // The function's own NODE_OPTIONS, as deployed (none of the bench's own).
        env: {
          ...process.env,
          ...environment,
          NODE_PATH: NODE_MODULES,
          AWS_REGION: 'eu-west-2',
          NODE_OPTIONS: environment.NODE_OPTIONS ?? '',
        },
      });
      return Number(stdout);
    } catch (error) {
      const said = (error as { stderr?: string }).stderr?.match(/^\w*Error: .*$/m)?.[0];
      throw new Error(`loading ${bundle} failed: ${said ?? String(error)}`);
    }
  };
  const median = async (preloadSdk: boolean) => {
    const figures: number[] = [];
    for (let i = 0; i < LOADS; i += 1) figures.push(await time(preloadSdk));
    figures.sort((a, b) => a - b);
    return figures[Math.floor(figures.length / 2)] ?? NaN;
  };
  return { total: await median(false), own: await median(true) };
}

const SDK_PACKAGES = [
  '@aws-sdk/client-dynamodb',
  '@aws-sdk/lib-dynamodb',
  '@aws-sdk/client-s3',
  '@aws-sdk/client-sesv2',
  '@aws-sdk/client-sfn',
  '@aws-sdk/s3-presigned-post',
  '@aws-sdk/s3-request-presigner',
];

/** The packages and folders that weigh most in a bundle, from esbuild's metafile. */
function heaviest(folder: string, count: number): string {
  let meta: { outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }> };
  try {
    meta = JSON.parse(readFileSync(path.join(folder, 'index.meta.json'), 'utf8')) as typeof meta;
  } catch {
    return '';
  }
  const bytes = new Map<string, number>();
  for (const output of Object.values(meta.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const key = input
        .replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, '$1')
        .replace(/^.*functions\/([^/]+\/[^/.]+).*$/, '$1');
      bytes.set(key, (bytes.get(key) ?? 0) + bytesInOutput);
    }
  }
  return [...bytes]
    .sort(([, a], [, b]) => b - a)
    .slice(0, count)
    .map(([name, size]) => `${name} ${Math.round(size / 1024)}`)
    .join(', ');
}

const outdir = mkdtempSync(path.join(tmpdir(), 'dipp-bench-functions-'));
try {
  await synth(outdir);
  process.stdout.write('\nLambda functions, as cdk synth bundles them (AWS SDK excluded; KB = 1,024 bytes)\n');
  process.stdout.write(
    `  ${'function'.padEnd(28)} ${'size'.padStart(8)} ${'load'.padStart(8)} ${'own load'.padStart(9)}  heaviest parts (KB)\n`,
  );
  for (const { name, folder, environment } of ourBundles(outdir).sort((a, b) => a.name.localeCompare(b.name))) {
    const bundle = path.join(folder, 'index.js');
    const size = statSync(bundle).size;
    const { total, own } = await loadTimes(bundle, environment);
    process.stdout.write(
      `  ${name.replace(/[0-9A-F]{8}$/, '').padEnd(28)} ${`${Math.round(size / 1024)} KB`.padStart(8)} ${`${total.toFixed(0)} ms`.padStart(8)} ${`${own.toFixed(0)} ms`.padStart(9)}  ${heaviest(folder, 6)}\n`,
    );
  }
  process.stdout.write(
    `  (load: a fresh Node requiring the bundle, SDK included, median of ${LOADS}; own load: with the SDK already loaded)\n`,
  );
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
