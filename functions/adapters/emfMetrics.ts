import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { BusinessEvent, BusinessMetrics } from '../ports/metrics.js';

/**
 * Business metrics in CloudWatch's embedded metric format, through Powertools Metrics: each count
 * is held until the invocation ends, then written to the log as one JSON line, from which
 * CloudWatch makes the metrics (no API call, no extra permission). Only the event's name and the
 * service dimension are written: nothing about a person or a case.
 */
export class EmfMetrics implements BusinessMetrics {
  constructor(private readonly metrics: Metrics) {}

  count(event: BusinessEvent): void {
    this.metrics.addMetric(event, MetricUnit.Count, 1);
  }

  /**
   * Writes what this invocation counted, once, at its end. Nothing counted, nothing written (and
   * no warning from Powertools that there was nothing: most invocations count nothing).
   */
  flush(): void {
    if (this.metrics.hasStoredMetrics()) this.metrics.publishStoredMetrics();
  }
}
