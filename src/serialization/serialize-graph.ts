// Stage 4: renders a built graph in every output format, as file name → text (nothing is written here).
import type { Quad } from 'n3';
import type { MappedGraph } from '../mapping/index.ts';
import { NS } from '../vocab.ts';
import { writeTurtle } from './write-turtle.ts';
import { writeNTriples } from './write-ntriples.ts';
import { buildContext, writeContext } from './build-context.ts';
import { writeJsonLd } from './write-jsonld.ts';

/** The files of one dataset: `<id>.ttl`, `<id>.nt`, `<id>.jsonld`, `<id>.context.jsonld`, `<id>.validation.ttl`. */
export function serializeGraph(graph: MappedGraph, reportQuads: Quad[]): Map<string, string> {
  const id = graph.datasetId;
  const contextName = `${id}.context.jsonld`;
  const context = buildContext(graph.prefixes);
  return new Map([
    [`${id}.ttl`, writeTurtle(graph.quads, graph.prefixes)],
    [`${id}.nt`, writeNTriples(graph.quads)],
    [`${id}.jsonld`, writeJsonLd(graph.quads, context, contextName)],
    [contextName, writeContext(context)],
    [`${id}.validation.ttl`, writeTurtle(reportQuads, { ...graph.prefixes, sh: NS.sh, ckgsh: NS.ckgsh })],
  ]);
}
