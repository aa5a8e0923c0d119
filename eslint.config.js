import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

// The layering of functions/ (README, Architecture): domain <- ports <- app <- adapters, web <- handlers,
// local, cli; infra deploys the handlers by file name rather than importing their code.
// test/tooling/boundaries.test.ts shows each rule firing.
//
// The rules see only the specifier, so `into(...)` matches any run of `../` (any depth, so
// `functions/app/alerts/raise.ts` importing `../../adapters/x.js` is caught), optionally through
// `functions/`, landing in one of the named folders; `#name/*` aliases named after a folder count too.
// A layer's own sub-folder must therefore not be named after a layer it may not import.
const into = (...folders) => String.raw`^(?:#|(?:\./)?(?:\.\./)+(?:functions/)?)(?:${folders.join('|')})(?:/|$)`;

// Each restriction is { regex, message }: the message says what the files may import. no-restricted-imports
// covers `import`/`export … from`, type-only included; no-restricted-syntax covers what it does not see,
// `import('…')` calls and `import('…')` types.
//
// Every file set also refuses classic zod (a later config's rule replaces an earlier one's, so each carries it).
const CLASSIC_ZOD = {
  regex: String.raw`^zod(?:/v4(?:/classic)?)?$`,
  message:
    "Schemas use 'zod/mini': classic zod's chainable schemas cannot be tree-shaken and add about 70 KB to every Lambda bundle, and time to its load.",
};
const restrict = (files, layerRestrictions) => {
  const restrictions = [...layerRestrictions, CLASSIC_ZOD];
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: restrictions }],
      'no-restricted-syntax': [
        'error',
        ...restrictions.map(({ regex, message }) => ({
          selector: `:matches(ImportExpression, TSImportType) > Literal.source[value=/${regex.replaceAll('/', '\\/')}/]`,
          message,
        })),
      ],
    },
  };
};

const layer = (folder, { forbidden, message, packages = [] }) =>
  restrict([`functions/${folder}/**/*.ts`], [{ regex: into(...forbidden), message }, ...packages]);

export default tseslint.config(
  { ignores: ['node_modules/', 'cdk.out/', '.local/', 'coverage/', 'test/tooling/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  restrict(['**/*.ts'], []),
  // Domain logic is pure: no AWS, no I/O, nothing from another layer. Adapters implement its ports.
  layer('domain', {
    forbidden: ['ports', 'app', 'adapters', 'handlers', 'web', 'local', 'cli', 'shared', 'infra', 'workflows', 'test'],
    message: 'Domain code imports only functions/domain/ and pure npm libraries (zod, luxon, …).',
    packages: [
      {
        regex: String.raw`^(?:@aws-sdk/|aws-cdk-lib(?:/|$)|@aws-lambda-powertools/)`,
        message: 'Domain code is pure: put AWS calls in an adapter behind a port.',
      },
      { regex: String.raw`^node:(?:fs|http|net|child_process)(?:/|$)`, message: 'Domain code does no I/O.' },
    ],
  }),
  layer('ports', {
    forbidden: ['app', 'adapters', 'handlers', 'web', 'local', 'cli', 'shared', 'infra', 'workflows', 'test'],
    message: 'Ports import only functions/domain/ and functions/ports/.',
  }),
  layer('app', {
    forbidden: ['adapters', 'handlers', 'web', 'local', 'cli', 'infra', 'workflows', 'test'],
    message:
      'Use cases import only functions/domain/, functions/ports/ and functions/shared/; adapters come in through ports.',
    packages: [
      { regex: '^@aws-sdk/', message: 'Use cases reach AWS only through a port; the SDK belongs in an adapter.' },
    ],
  }),
  layer('adapters', {
    forbidden: ['app', 'handlers', 'web', 'local', 'cli'],
    message:
      'Adapters implement ports: they may import domain/, ports/ and shared/, never app/, handlers/, web/, local/ or cli/.',
  }),
  layer('web', {
    forbidden: ['handlers', 'adapters', 'local', 'cli'],
    message: 'Web code may import domain/, ports/, app/ and shared/, never handlers/, adapters/, local/ or cli/.',
  }),
  // Infra deploys handlers by file name; from functions/ it reads the route manifest and the asset list.
  restrict(
    ['infra/**/*.ts'],
    [
      {
        regex: String.raw`^(?:\./)?(?:\.\./)+functions/(?:app|local|cli|handlers/(?!routeManifest\.js$)|web/(?!assets\.js$))`,
        message:
          'Infra deploys handlers by file name and imports no use case or handler code: from functions/ it may import handlers/routeManifest.ts, web/assets.ts, domain/, ports/, shared/ and adapters/, never app/, local/ or cli/.',
      },
    ],
  ),
  {
    // No import cycles within functions/ (type-only imports excepted: they vanish at run time).
    files: ['functions/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // Only our .ts files are parsed and followed: a cycle through node_modules is not ours to find.
      'import-x/extensions': ['.ts'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      // NodeNext: `./x.js` is the file `./x.ts`; `#domain/*` and `#shared/*` come from package.json `imports`.
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.js', '.mjs', '.json'], extensionAlias: { '.js': ['.ts', '.js'] } }),
      ],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    // Focused or skipped tests are errors, not reminders.
    files: ['test/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['describe', 'it', 'test'].flatMap((object) =>
          ['only', 'skip', 'todo'].map((property) => ({
            object,
            property,
            message: 'Focused, skipped or pending tests do not land.',
          })),
        ),
      ],
    },
  },
);
