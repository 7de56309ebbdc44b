// The dataset folder a command works on: --data, else the project's one dataset.
import type { ParsedArgs } from '../command.ts';

/** The folder whose sub-folders holding a dataset.yaml are the datasets (`build` without --data builds them all). */
export const DATA_ROOT = 'data';

export const DEFAULT_DATA_DIR = 'data/qalamoun-2017';

export function dataDirOf(args: ParsedArgs): string {
  return (args.values.data as string | undefined) ?? DEFAULT_DATA_DIR;
}
