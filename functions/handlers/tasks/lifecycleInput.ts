import * as z from 'zod/mini';
import { EVENT_KINDS } from '../../domain/schedule.js';

/** What the lifecycle's state machine hands each task: the inspection and the driver's token. */
export const driverInput = z.object({
  inspectionId: z.string().check(z.minLength(1)),
  driver: z.string().check(z.minLength(1)),
});

/** What its failure state hands recordFailure: where the driver stopped, and why. */
export const failureInput = z.extend(driverInput, {
  eventId: z.optional(z.string()),
  kind: z.optional(z.enum(EVENT_KINDS)),
  error: z.object({ Error: z.optional(z.string()), Cause: z.optional(z.string()) }),
});
