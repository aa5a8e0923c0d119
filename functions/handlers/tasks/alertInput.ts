import * as z from 'zod';

/** What the alert's state machine hands each task: the alert and the driver's token. */
export const alertDriverInput = z.object({
  inspectionId: z.string().min(1),
  alertId: z.string().min(1),
  driver: z.string().min(1),
});

/** What its failure state hands recordAlertFailure. */
export const alertFailureInput = alertDriverInput.extend({
  error: z.object({ Error: z.string().optional(), Cause: z.string().optional() }),
});
