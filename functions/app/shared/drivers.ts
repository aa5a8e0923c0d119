import { randomBytes } from 'node:crypto';
import type { WorkflowDriver } from '../../ports/workflowDriver.js';

/**
 * A fresh driver's name: the record's id with a random tail. Step Functions execution names are at
 * most 80 characters of letters, digits, - and _.
 */
export function driverName(base: string): string {
  return `${base}-${randomBytes(4).toString('hex')}`.slice(-80);
}

/**
 * Hands a record to its new driver (already written to the record) and stops the old one. The new
 * driver starts first: if stopping the old one fails, it stops itself on seeing it was replaced.
 */
export async function handOver<Input extends Record<string, string>>(
  driver: WorkflowDriver<Input>,
  input: Input,
  change: { from: string; to: string; reason: string },
): Promise<void> {
  await driver.start(input, change.to);
  await driver.stop(change.from, change.reason);
}
