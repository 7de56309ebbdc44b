// The shape of a subcommand: its options (node:util parseArgs config), its usage text and its run function.
import type { ParseArgsConfig } from 'node:util';
import type { Io } from './io.ts';

export type Options = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export interface Command {
  name: string;
  /** The usage text, without the leading "usage: conflict-kg". */
  usage: string;
  options: Options;
  allowPositionals?: boolean;
  /** Returns the exit code: 0 ok, 1 invalid input or failed check, 2 usage error. */
  run(args: ParsedArgs, io: Io): Promise<number>;
}

/** A usage error raised by a command's own argument checks; main prints it with the usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
