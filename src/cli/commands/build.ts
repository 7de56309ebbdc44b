// `conflict-kg build`: load, map, validate and write the dataset's linked data into dist/.
import type { Command } from '../command.ts';

export const build: Command = {
  name: 'build',
  summary: 'export the dataset as Turtle, JSON-LD and N-Triples into dist/',
  usage: 'build [--data DIR] [--out DIR] [--base IRI]',
  options: { data: { type: 'string' }, out: { type: 'string' }, base: { type: 'string' } },
  async run() {
    throw new Error('not yet wired');
  },
};
