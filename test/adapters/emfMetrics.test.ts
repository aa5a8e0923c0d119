import { Metrics } from '@aws-lambda-powertools/metrics';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EmfMetrics } from '../../functions/adapters/emfMetrics.js';
import { instrumented } from '../../functions/handlers/instrumented.js';
import { businessMetrics, tracer } from '../../functions/handlers/powertools.js';
import { METRICS_NAMESPACE, SERVICE_NAME } from '../../functions/shared/telemetry.js';

/** What an EMF line holds: CloudWatch's directive under `_aws`, each dimension and metric at the top. */
type EmfLine = {
  _aws: {
    Timestamp: number;
    CloudWatchMetrics: { Namespace: string; Dimensions: string[][]; Metrics: { Name: string; Unit: string }[] }[];
  };
} & Record<string, unknown>;

/** Every line Powertools writes to standard output while `work` runs (the Lambda log, in AWS). */
async function written(work: () => unknown): Promise<string[]> {
  const lines: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    return true;
  });
  try {
    await work();
  } finally {
    spy.mockRestore();
  }
  return lines;
}

const emf = () => new EmfMetrics(new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE_NAME }));

afterEach(() => vi.restoreAllMocks());

describe('business metrics in the embedded metric format', () => {
  it('writes one line per flush: the counts by name, under the DIPP namespace and the service dimension', async () => {
    const metrics = emf();

    const lines = await written(() => {
      metrics.count('NoticeFailed');
      metrics.count('NoticeSent');
      metrics.count('NoticeSent');
      metrics.flush();
    });

    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0] as string) as EmfLine;
    expect(line._aws.CloudWatchMetrics).toEqual([
      {
        Namespace: 'DIPP',
        Dimensions: [['service']],
        Metrics: [
          { Name: 'NoticeFailed', Unit: 'Count' },
          { Name: 'NoticeSent', Unit: 'Count' },
        ],
      },
    ]);
    expect(typeof line._aws.Timestamp).toBe('number');
    // Nothing but the directive, the dimension and the counts: no person, address or case.
    expect(line).toEqual({
      _aws: line._aws,
      service: 'dipp-orchestrator',
      NoticeFailed: 1,
      NoticeSent: [1, 1],
    });
    expect(lines[0]).not.toMatch(/@|inspection|CASE|north-east/i);
  });

  it('writes nothing, and warns of nothing, when an invocation counted nothing', async () => {
    const metrics = emf();
    // Powertools warns on its own console, to standard error.
    const warned = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);

    const lines = await written(() => metrics.flush());

    expect(lines).toEqual([]);
    expect(warned).not.toHaveBeenCalled();
  });

  it('does not write the same counts twice', async () => {
    const metrics = emf();
    metrics.count('DriverFailed');

    const lines = await written(() => {
      metrics.flush();
      metrics.flush();
    });

    expect(lines).toHaveLength(1);
  });
});

describe('a Lambda entry point, instrumented', () => {
  it('writes what its invocation counted as it ends, and again only for the next invocation', async () => {
    const handler = instrumented('test', async (event: { events: number }) => {
      for (let i = 0; i < event.events; i += 1) businessMetrics.count('AlertEscalated');
      return 'done';
    });

    const lines = await written(async () => {
      expect(await handler({ events: 2 })).toBe('done');
      await handler({ events: 0 });
      await handler({ events: 1 });
    });

    expect(lines.map((line) => (JSON.parse(line) as EmfLine).AlertEscalated)).toEqual([[1, 1], 1]);
  });

  it('writes what was counted before it threw, and throws on', async () => {
    const handler = instrumented('test', async () => {
      businessMetrics.count('DriverFailed');
      throw new Error('the table is unavailable');
    });

    const lines = await written(() => expect(handler({})).rejects.toThrow('the table is unavailable'));

    expect(lines.map((line) => (JSON.parse(line) as EmfLine).DriverFailed)).toEqual([1]);
  });

  it('traces nothing outside Lambda: the local runtime and the tests never reach for X-Ray', () => {
    expect(process.env.AWS_EXECUTION_ENV).toBeUndefined();
    expect(tracer.isTracingEnabled()).toBe(false);
  });
});
