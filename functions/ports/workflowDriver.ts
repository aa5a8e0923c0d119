/** Starts and stops the workflow executions that drive inspections (Step Functions, or the local engine). */
export interface WorkflowDriver {
  /** Starts a driver named `name` for the inspection; the name is unique per start. */
  start(inspectionId: string, name: string): Promise<void>;
  /** Stops a driver; stopping one that has ended is not an error. */
  stop(name: string, reason: string): Promise<void>;
}
