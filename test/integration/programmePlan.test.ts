import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../functions/domain/access.js';
import { routeNamed } from '../../functions/handlers/api.js';
import { apiOverHttp } from '../../functions/handlers/http.js';
import { routeKeyOf } from '../../functions/handlers/routeManifest.js';
import type { LocalStack } from '../../functions/local/localStack.js';
import { programmeCsv, programmeRows } from '../support/programmeFile.js';
import { SIGNED_IN, useEmulators } from './harness.js';

const env = useEmulators();

/** POST /api/programme/plan as the administrator, through the HTTP adapter, on DynamoDB Local. */
async function planOverHttp(stack: LocalStack, body: Record<string, unknown>) {
  const response = await stack.run(() =>
    apiOverHttp(stack.deps)({
      routeKey: routeKeyOf(routeNamed('planProgramme')),
      pathParameters: null,
      queryStringParameters: null,
      body: JSON.stringify(body),
      requestContext: { authorizer: { jwt: { claims: claimsOf(SIGNED_IN.isa) } } },
    }),
  );
  return {
    status: response.statusCode,
    ...(JSON.parse(response.body) as { value?: { saved: boolean; plans: unknown[] }; errors?: { field: string }[] }),
  };
}

/** A programme planned from one CSV file (issue 15), on the emulators: the 12 regions from 13 September 2027. */
describe('planning a programme from one file', () => {
  it('saves nothing when one row is bad, naming its row and column', async () => {
    const stack = await env.stack('2027-01-04T09:00:00Z');
    const csv = programmeCsv(programmeRows(), (row, index) =>
      index === 5 ? { ...row, 'Lead email': 'not-an-address' } : row,
    );

    const refused = await planOverHttp(stack, { csv, confirm: true });

    expect(refused.status).toBe(400);
    expect(refused.errors?.map((error) => error.field)).toEqual(['row 7, column "Lead email"']);
    expect(await stack.deps.timeline.listInspections()).toEqual([]);
    expect(stack.engine.active).toBe(0);
  });

  it('previews twelve plans saving nothing, then saves the twelve with their drivers once confirmed', async () => {
    const stack = await env.stack('2027-01-04T09:00:00Z');

    const preview = await planOverHttp(stack, { csv: programmeCsv() });
    expect(preview.status).toBe(200);
    expect(preview.value?.saved).toBe(false);
    expect(preview.value?.plans).toHaveLength(12);
    expect(await stack.deps.timeline.listInspections()).toEqual([]);

    const planned = await planOverHttp(stack, { csv: programmeCsv(), confirm: true });

    expect(planned.status).toBe(200);
    expect(planned.value?.saved).toBe(true);
    const stored = await stack.deps.timeline.listInspections();
    expect(stored).toHaveLength(12);
    expect(new Set(stored.map((inspection) => inspection.regionId)).size).toBe(12);
    const northEast = await stack.deps.timeline.loadTimeline('north-east-2027-09-13');
    expect(northEast?.milestones).toHaveLength(16);
    expect(stack.engine.active).toBe(12);
  });
});
