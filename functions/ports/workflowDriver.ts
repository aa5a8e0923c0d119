/** Starts and stops the workflow executions that drive inspections and alerts (Step Functions, or the local engine). */
export interface WorkflowDriver<Input extends Record<string, string> = { inspectionId: string }> {
  /** Starts a driver named `name` with `input` (keys only); the name is unique per start. */
  start(input: Input, name: string): Promise<void>;
  /** Stops a driver; stopping one that has ended is not an error. */
  stop(name: string, reason: string): Promise<void>;
}

/** A driver that cannot start or stop anything, and says why (a function not given the state machines). */
export function refusingDriver(reason: string): WorkflowDriver<never> {
  const refuse = () => Promise.reject(new Error(reason));
  return { start: refuse, stop: refuse };
}
