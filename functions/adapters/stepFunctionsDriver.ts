import { ExecutionDoesNotExist, SFNClient, StartExecutionCommand, StopExecutionCommand } from '@aws-sdk/client-sfn';
import type { WorkflowDriver } from '../ports/workflowDriver.js';

/** Starts and stops executions of one state machine (the lifecycle, or alerts) in AWS Step Functions. */
export class StepFunctionsDriver<
  Input extends Record<string, string> = { inspectionId: string },
> implements WorkflowDriver<Input> {
  constructor(
    private readonly client: SFNClient,
    private readonly stateMachineArn: string,
  ) {}

  async start(input: Input, name: string): Promise<void> {
    await this.client.send(
      new StartExecutionCommand({
        stateMachineArn: this.stateMachineArn,
        name,
        input: JSON.stringify(input),
      }),
    );
  }

  async stop(name: string, reason: string): Promise<void> {
    const executionArn = `${this.stateMachineArn.replace(':stateMachine:', ':execution:')}:${name}`;
    try {
      await this.client.send(new StopExecutionCommand({ executionArn, cause: reason.slice(0, 32_000) }));
    } catch (error) {
      if (error instanceof ExecutionDoesNotExist) return;
      throw error;
    }
  }
}
