import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'cdk.out/', '.local/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Domain logic is pure: no AWS, no I/O. Adapters implement its ports.
    files: ['functions/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@aws-sdk/*', 'aws-cdk-lib', 'aws-cdk-lib/*', '@aws-lambda-powertools/*'],
              message: 'Domain code is pure: put AWS calls in an adapter behind a port.',
            },
            {
              group: ['node:fs', 'node:fs/*', 'node:http', 'node:net', 'node:child_process'],
              message: 'Domain code does no I/O.',
            },
          ],
        },
      ],
    },
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
