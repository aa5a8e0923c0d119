/** The parts of the Amazon States Language (JSONPath) our definitions use: both AWS and the local engine run them. */
export interface Retrier {
  ErrorEquals: string[];
  IntervalSeconds?: number;
  MaxAttempts?: number;
  BackoffRate?: number;
  MaxDelaySeconds?: number;
  JitterStrategy?: 'FULL' | 'NONE';
}

export interface Catcher {
  ErrorEquals: string[];
  ResultPath?: string;
  Next: string;
}

export type State =
  | {
      Type: 'Task';
      Comment?: string;
      Resource: string;
      Parameters: Record<string, unknown>;
      ResultSelector?: Record<string, unknown>;
      ResultPath?: string;
      TimeoutSeconds: number;
      Retry?: Retrier[];
      Catch?: Catcher[];
      Next: string;
    }
  | { Type: 'Wait'; Comment?: string; TimestampPath: string; Next: string }
  | {
      Type: 'Choice';
      Comment?: string;
      Choices: ({ Next: string } & Record<string, unknown>)[];
      Default: string;
    }
  | { Type: 'Succeed'; Comment?: string }
  | { Type: 'Fail'; Comment?: string; Error: string; Cause: string };

export interface StateMachineDefinition {
  Comment: string;
  StartAt: string;
  TimeoutSeconds?: number;
  States: Record<string, State>;
}

export const LAMBDA_INVOKE = 'arn:aws:states:::lambda:invoke';

/** Each Task state's name and the function it invokes: the local engine wires handlers by state name. */
export function taskFunctions(definition: StateMachineDefinition): { state: string; functionName: string }[] {
  return Object.entries(definition.States).flatMap(([state, value]) =>
    value.Type === 'Task' ? [{ state, functionName: String(value.Parameters.FunctionName) }] : [],
  );
}
