import * as z from 'zod/mini';

/** What the alert's state machine hands each task: the alert and the driver's token. */
export const alertDriverInput = z.object({
  inspectionId: z.string().check(z.minLength(1)),
  alertId: z.string().check(z.minLength(1)),
  driver: z.string().check(z.minLength(1)),
});

/** What its failure state hands recordAlertFailure. */
export const alertFailureInput = z.extend(alertDriverInput, {
  error: z.object({ Error: z.optional(z.string()), Cause: z.optional(z.string()) }),
});
