import { parseArgs, type ParseArgsConfig } from 'node:util';

/** What a command may touch: output streams and the clock, injected so tests can hold them. */
export interface CommandContext {
  stdout(text: string): void;
  stderr(text: string): void;
  now(): Date;
}

/** Wrong use of the command line: the message is shown with the command's usage. */
export class UsageError extends Error {}

export function optionsOf<const T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/s, ''));
  }
}
