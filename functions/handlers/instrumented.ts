import { businessMetrics, tracer } from './powertools.js';

/**
 * A Lambda entry point with what every invocation needs around it: its own X-Ray subsegment
 * (`## name`, annotated with the cold start and the service), and the business metrics it counted
 * written once as it ends, whether it succeeded or threw.
 *
 * A failure only flags the subsegment: the error's message can quote what a service said about a
 * recipient, and the function's log already holds it.
 */
export function instrumented<Event, Result>(
  name: string,
  handle: (event: Event) => Promise<Result>,
): (event: Event) => Promise<Result> {
  return async (event) => {
    const traced = tracer.isTracingEnabled();
    const segment = traced ? tracer.getSegment() : undefined;
    const subsegment = segment?.addNewSubsegment(`## ${name}`);
    if (subsegment) {
      tracer.setSegment(subsegment);
      tracer.annotateColdStart();
      tracer.addServiceNameAnnotation();
    }
    try {
      return await handle(event);
    } catch (error) {
      subsegment?.addErrorFlag();
      throw error;
    } finally {
      subsegment?.close();
      if (segment) tracer.setSegment(segment);
      businessMetrics.flush();
    }
  };
}
