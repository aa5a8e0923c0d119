import { createRequire } from 'node:module';
import { StateMachine } from 'aws-local-stepfunctions';
import { expect, it } from 'vitest';
import type { Retrier, State, StateMachineDefinition } from '../../workflows/asl.js';

/** Checks shared by the workflow definitions' tests (lifecycle, alert). */

// asl-validator ships no type declarations: load it through require, with the shape it documents.
export const aslValidator = createRequire(import.meta.url)('asl-validator') as (definition: unknown) => {
  isValid: boolean;
  errors: unknown[];
};

/** Keys the local engine ignores or gets wrong: a definition must use none. */
export const FORBIDDEN_KEYS = [
  'QueryLanguage',
  'Assign',
  'ItemReader',
  'ItemBatcher',
  'CausePath',
  'ErrorPath',
  'Arguments',
  'Output',
];

export type TaskState = Extract<State, { Type: 'Task' }>;

export function tasks(def: StateMachineDefinition): [string, TaskState][] {
  return Object.entries(def.States).flatMap(([name, state]) =>
    state.Type === 'Task' ? [[name, state] as [string, TaskState]] : [],
  );
}

/** Every state a state can move to: Next, Default, Choices and Catch targets. */
export function targets(state: State): string[] {
  const out: string[] = [];
  if ('Next' in state) out.push(state.Next);
  if (state.Type === 'Choice') out.push(state.Default, ...state.Choices.map((choice) => choice.Next));
  if (state.Type === 'Task') out.push(...(state.Catch ?? []).map((catcher) => catcher.Next));
  return out;
}

/** Every key used anywhere in a JSON value, however deep. */
export function allKeys(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(allKeys);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => [key, ...allKeys(inner)]);
}

export function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(allStrings);
}

/** The retrier an engine uses for an error: the first whose ErrorEquals names it or States.ALL. */
export function retrierFor(retry: Retrier[], error: string): Retrier | undefined {
  return retry.find((retrier) => retrier.ErrorEquals.includes(error) || retrier.ErrorEquals.includes('States.ALL'));
}

/** An error with the name a handler would throw. */
export function failure(name: string, message = `${name} raised by a test`): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

/**
 * The checks every definition must pass, as tests of the calling `describe`: valid Amazon States
 * Language, accepted by the local engine, and using nothing the local engine ignores or gets wrong.
 * `definition` builds a fresh one each time (asl-validator writes into the object it checks).
 */
export function itIsPortable(definition: () => StateMachineDefinition): void {
  it('is valid Amazon States Language when built with Lambda ARNs', () => {
    const result = aslValidator(definition());

    expect(result.errors).toEqual([]);
    expect(result.isValid).toBe(true);
  });

  it('is accepted by the local engine with its own validation on', () => {
    const build = () => new StateMachine(definition() as never);

    expect(build).not.toThrow();
  });

  it('uses no feature the local engine ignores or gets wrong', () => {
    const def = definition();

    expect(allKeys(def).filter((key) => FORBIDDEN_KEYS.includes(key))).toEqual([]);
    // JSONata expressions are written {% ... %}.
    expect(allStrings(def).filter((text) => text.includes('{%'))).toEqual([]);
  });
}
