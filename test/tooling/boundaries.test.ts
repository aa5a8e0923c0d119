import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The layering and the no-cycle rule in eslint.config.js, run through ESLint's own API: for each layer,
// virtual files inside it (nothing is written to functions/) show each forbidden import reported with the
// layer's message, as a static import, an `import()` call and an `import()` type, and each allowed one let
// through. Each forbidden case fails if its rule is taken out; each allowed one if a rule reaches too far.

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures', import.meta.url));

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot });
});

const lint = async (filePath: string, code: string): Promise<Linter.LintMessage[]> => {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, filePath) });
  if (result === undefined) throw new Error(`no lint result for ${filePath}`);
  // A parse error or an ignored path would hide every rule: fail on it rather than pass vacuously.
  expect(result.messages.filter((m) => m.fatal === true || m.ruleId === null)).toEqual([]);
  return result.messages;
};

// Each specifier is imported three ways: statically, by an `import()` call and in an `import()` type.
const importsOf = (specifier: string): string =>
  `import '${specifier}';\n` +
  `export const load = () => import('${specifier}');\n` +
  `export type Module = typeof import('${specifier}');\n`;

interface Report {
  line: number;
  rule: string | null;
  message: string;
}

const restricted = async (filePath: string, specifier: string): Promise<Report[]> =>
  (await lint(filePath, importsOf(specifier)))
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
    .map((m) => ({ line: m.line, rule: m.ruleId, message: m.message }));

/** The three imports of `importsOf`, each reported with `message`. */
const reportedEverywhere = (message: string): unknown[] => [
  { line: 1, rule: 'no-restricted-imports', message: expect.stringContaining(message) },
  { line: 2, rule: 'no-restricted-syntax', message: expect.stringContaining(message) },
  { line: 3, rule: 'no-restricted-syntax', message: expect.stringContaining(message) },
];

/** Imports from virtual files in one layer, some nested deeper (each specifier is written for its depth). */
interface Layer {
  message: string;
  forbidden: [file: string, specifier: string][];
  allowed: [file: string, specifier: string][];
}

// Under functions/ the specifiers name a file that does not exist (`x.js`): the rules look only at the
// folders, and no-cycle then has no real module graph to walk (the test stays quick and independent of
// the files in functions/ being moved).
const domain = 'functions/domain/probe.ts';
const domainNested = 'functions/domain/notices/deeper/probe.ts';
const ports = 'functions/ports/probe.ts';
const app = 'functions/app/probe.ts';
const appNested = 'functions/app/alerts/raiseAlert.ts';
const adapters = 'functions/adapters/probe.ts';
const adaptersNested = 'functions/adapters/dynamo/probe.ts';
const web = 'functions/web/probe.ts';
const infra = 'infra/stacks/probe.ts';

const useCaseMessage = 'Use cases import only functions/domain/, functions/ports/ and functions/shared/';

const layers: Record<string, Layer> = {
  domain: {
    message: 'Domain code imports only functions/domain/',
    forbidden: [
      [domain, '../ports/x.js'],
      [domain, '../app/x.js'],
      [domain, '../adapters/x.js'],
      [domain, '../handlers/x.js'],
      [domain, '../web/x.js'],
      [domain, '../local/x.js'],
      [domain, '../cli/x.js'],
      [domain, '../shared/x.js'],
      [domain, '#shared/x.js'],
      [domain, '../../infra/x.js'],
      [domain, '../../workflows/x.js'],
      [domainNested, '../../../ports/x.js'],
      [domainNested, '../../../shared/x.js'],
      [domainNested, '../../../../infra/x.js'],
    ],
    allowed: [
      [domain, './x.js'],
      [domain, './notices/x.js'],
      [domain, '#domain/x.js'],
      [domainNested, '../../x.js'],
      [domainNested, '../x.js'],
      [domain, 'zod/mini'],
      [domain, 'luxon'],
      [domain, 'date-holidays'],
      [domain, 'ics'],
      [domain, 'nunjucks'],
    ],
  },
  ports: {
    message: 'Ports import only functions/domain/ and functions/ports/',
    forbidden: [
      [ports, '../app/x.js'],
      [ports, '../adapters/x.js'],
      [ports, '../handlers/x.js'],
      [ports, '../web/x.js'],
      [ports, '../local/x.js'],
      [ports, '../cli/x.js'],
      [ports, '../shared/x.js'],
      [ports, '#shared/x.js'],
      [ports, '../../infra/x.js'],
      [ports, '../../workflows/x.js'],
      ['functions/ports/nested/probe.ts', '../../app/x.js'],
    ],
    allowed: [
      [ports, '../domain/x.js'],
      [ports, '#domain/x.js'],
      [ports, './x.js'],
      ['functions/ports/nested/probe.ts', '../../domain/x.js'],
      ['functions/ports/nested/probe.ts', '../x.js'],
      [ports, 'zod/mini'],
    ],
  },
  app: {
    message: useCaseMessage,
    forbidden: [
      [app, '../adapters/x.js'],
      [app, '../handlers/x.js'],
      [app, '../web/x.js'],
      [app, '../local/x.js'],
      [app, '../cli/x.js'],
      [app, '../../infra/x.js'],
      [app, '../../workflows/x.js'],
      [appNested, '../../adapters/x.js'],
      [appNested, '../../handlers/x.js'],
      ['functions/app/a/b/c/probe.ts', '../../../../adapters/dynamo/x.js'],
    ],
    allowed: [
      [app, '../domain/x.js'],
      [app, '../ports/x.js'],
      [app, '../shared/x.js'],
      [app, '#shared/x.js'],
      [app, '#domain/x.js'],
      [appNested, '../../domain/x.js'],
      [appNested, '../../ports/x.js'],
      [appNested, '../../shared/x.js'],
      [appNested, '../shared/x.js'],
      [appNested, '../x.js'],
      [app, 'zod/mini'],
    ],
  },
  adapters: {
    message: 'Adapters implement ports: they may import domain/, ports/ and shared/',
    forbidden: [
      [adapters, '../app/x.js'],
      [adapters, '../handlers/x.js'],
      [adapters, '../web/x.js'],
      [adapters, '../local/x.js'],
      [adapters, '../cli/x.js'],
      [adaptersNested, '../../app/x.js'],
      [adaptersNested, '../../handlers/x.js'],
    ],
    allowed: [
      [adapters, '../ports/x.js'],
      [adapters, '../domain/x.js'],
      [adapters, '../shared/x.js'],
      [adaptersNested, '../../ports/x.js'],
      [adaptersNested, '../x.js'],
      [adapters, '@aws-sdk/client-dynamodb'],
    ],
  },
  web: {
    message: 'Web code may import domain/, ports/, app/ and shared/',
    forbidden: [
      [web, '../handlers/x.js'],
      [web, '../adapters/x.js'],
      [web, '../local/x.js'],
      [web, '../cli/x.js'],
      ['functions/web/nested/probe.ts', '../../handlers/x.js'],
    ],
    allowed: [
      [web, './x.js'],
      [web, '../app/x.js'],
      [web, '../domain/x.js'],
      [web, '../shared/x.js'],
      [web, 'nunjucks'],
    ],
  },
  infra: {
    message: 'Infra deploys handlers by file name and imports no use case or handler code',
    forbidden: [
      [infra, '../../functions/app/deps.js'],
      [infra, '../../functions/app/alerts/raiseAlert.js'],
      [infra, '../../functions/handlers/api.js'],
      [infra, '../../functions/handlers/routeManifest.extra.js'],
      [infra, '../../functions/web/pages.js'],
      [infra, '../../functions/local/localStack.js'],
      [infra, '../../functions/cli/dipp.js'],
      ['infra/app.ts', '../functions/handlers/sfn.findNext.js'],
    ],
    allowed: [
      [infra, '../../functions/handlers/routeManifest.js'],
      [infra, '../../functions/web/assets.js'],
      [infra, '../../functions/adapters/dynamo/table.js'],
      [infra, '../../functions/domain/milestones.js'],
      [infra, '../../functions/shared/config.js'],
      [infra, '../app.js'],
      [infra, '../../workflows/lifecycle.js'],
      [infra, 'aws-cdk-lib'],
    ],
  },
};

describe('layering (no-restricted-imports and no-restricted-syntax in eslint.config.js)', () => {
  describe.each(Object.entries(layers))('%s', (_name, layer) => {
    it.each(layer.forbidden)('%s may not import %s', async (file, specifier) => {
      expect(await restricted(file, specifier)).toEqual(reportedEverywhere(layer.message));
    });

    it.each(layer.allowed)('%s may import %s', async (file, specifier) => {
      expect(await restricted(file, specifier)).toEqual([]);
    });
  });

  it('catches re-exports and type-only imports too', async () => {
    for (const code of [
      "export { x } from '../../adapters/x.js';\n",
      "export * from '../../adapters/x.js';\n",
      "import type { X } from '../../adapters/x.js';\nexport type Y = X;\n",
    ]) {
      const messages = (await lint(appNested, code)).filter((m) => m.ruleId === 'no-restricted-imports');
      expect(messages.map((m) => m.message)).toEqual([expect.stringContaining(useCaseMessage)]);
    }
  });

  it('keeps the domain free of AWS and I/O', async () => {
    for (const specifier of ['@aws-sdk/client-dynamodb', '@aws-lambda-powertools/logger', 'aws-cdk-lib/aws-s3']) {
      expect(await restricted(domain, specifier)).toEqual(reportedEverywhere('Domain code is pure'));
    }
    for (const specifier of ['node:fs', 'node:fs/promises', 'node:http', 'node:net', 'node:child_process']) {
      expect(await restricted(domainNested, specifier)).toEqual(reportedEverywhere('Domain code does no I/O'));
    }
  });

  it('keeps the AWS SDK out of use cases', async () => {
    expect(await restricted(appNested, '@aws-sdk/client-sfn')).toEqual(
      reportedEverywhere('Use cases reach AWS only through a port'),
    );
  });

  it('keeps classic zod out of every file, so no bundle carries it', async () => {
    for (const file of [
      domain,
      appNested,
      'functions/handlers/probe.ts',
      'infra/constructs/probe.ts',
      'test/probe.test.ts',
    ]) {
      for (const specifier of ['zod', 'zod/v4', 'zod/v4/classic']) {
        expect(await restricted(file, specifier)).toEqual(reportedEverywhere("Schemas use 'zod/mini'"));
      }
      expect(await restricted(file, 'zod/mini')).toEqual([]);
    }
  });

  it('leaves tests free to import any layer', async () => {
    expect(await restricted('test/adapters/probe.test.ts', '../../functions/adapters/sdkClient.js')).toEqual([]);
  });
});

describe('import cycles (import-x/no-cycle in eslint.config.js)', () => {
  it('reports both halves of a cycle under functions/, and not a file that merely imports one', async () => {
    // The fixtures are laid out as functions/cycle/ under test/tooling/fixtures, so the repository's own
    // config (with that folder as its base path) treats them as functions/ code.
    const fixtureLint = new ESLint({ cwd: fixtures, overrideConfigFile: path.join(repoRoot, 'eslint.config.js') });
    const results = await fixtureLint.lintFiles(['functions/cycle']);
    const byFile = Object.fromEntries(
      results.map((r) => [
        path.relative(fixtures, r.filePath),
        r.messages.map((m) => `${m.ruleId ?? 'fatal'}: ${m.message}`),
      ]),
    );
    expect(byFile).toEqual({
      'functions/cycle/caller.ts': [],
      'functions/cycle/ping.ts': ['import-x/no-cycle: Dependency cycle detected'],
      'functions/cycle/pong.ts': ['import-x/no-cycle: Dependency cycle detected'],
    });
  });

  it('keeps the fixtures out of the normal `eslint .` run', async () => {
    expect(await eslint.isPathIgnored(path.join(fixtures, 'functions/cycle/ping.ts'))).toBe(true);
  });
});
