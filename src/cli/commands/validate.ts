// `conflict-kg validate`: load, map, validate and write the dataset's linked data into dist/.
import type { Command } from '../command.ts';

export const validate: Command = {
  name: 'validate',
  summary: 'check the source facts and the SHACL shapes without writing anything',
  usage: 'validate [--data DIR] [--base IRI]',
  options: { data: { type: 'string' }, base: { type: 'string' } },
  async run() {
    throw new Error('not yet wired');
  },
};
