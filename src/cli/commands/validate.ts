// `conflict-kg validate`: check the source facts and the SHACL shapes without writing anything.
import { formatSummary, summarizeGraph } from '../../mapping/summarize-graph.ts';
import { buildGraph } from '../../pipeline.ts';
import type { Command } from '../command.ts';
import { dataDirOf } from './data-dir.ts';

export const validate: Command = {
  name: 'validate',
  summary: 'check the source facts and the SHACL shapes; writes nothing',
  usage: 'validate [--data DIR] [--base IRI]',
  options: { data: { type: 'string' }, base: { type: 'string' } },
  async run(args, io) {
    const dataDir = dataDirOf(args);
    const graph = await buildGraph({ dataDir, base: args.values.base as string | undefined });
    io.stdout(`conflict-kg validate: ${graph.datasetId} (${dataDir}) is valid and conforms to the shapes\n${formatSummary(summarizeGraph(graph.quads))}\n`);
    return 0;
  },
};
