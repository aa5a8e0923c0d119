import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * The workflow functions that word things in English alone (refusals, failures, the logs) carry no
 * Welsh: the Welsh catalogues load only where notices are sent or pages shown (messages/sayIn.ts).
 */

async function inputsOf(entry: string): Promise<string[]> {
  const bundled = await build({
    entryPoints: [`functions/handlers/${entry}.ts`],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['@aws-sdk/*'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return Object.keys(bundled.metafile.inputs);
}

const WELSH = /functions\/domain\/(messages|notices)\/[^/]*\bcy\.ts$|functions\/domain\/messages\/welsh\.ts$/;

describe('functions that speak English only', () => {
  it.each(['sfn.findNext', 'sfn.recordFailure', 'sfn.recordAlertFailure', 'ops.resumeDrivers'])(
    '%s carries no Welsh catalogue',
    async (entry) => {
      const inputs = await inputsOf(entry);

      expect(inputs).toContain('functions/domain/messages/en.ts');
      expect(inputs.filter((input) => WELSH.test(input))).toEqual([]);
    },
  );

  it('while the function that sends notices carries both languages', async () => {
    const inputs = await inputsOf('sfn.sendNotices');

    expect(inputs).toEqual(
      expect.arrayContaining(['functions/domain/messages/cy.ts', 'functions/domain/notices/cy.ts']),
    );
  });
});
