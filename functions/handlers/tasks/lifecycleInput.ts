import * as z from 'zod';
import { EVENT_KINDS } from '../../domain/schedule.js';

/** What the lifecycle's state machine hands each task: the inspection and the driver's token. */
export const driverInput = z.object({ inspectionId: z.string().min(1), driver: z.string().min(1) });

/** What its failure state hands recordFailure: where the driver stopped, and why. */
export const failureInput = driverInput.extend({
  eventId: z.string().optional(),
  kind: z.enum(EVENT_KINDS).optional(),
  error: z.object({ Error: z.string().optional(), Cause: z.string().optional() }),
});
