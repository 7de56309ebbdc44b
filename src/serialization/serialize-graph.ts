// Stage 4: renders a built graph in every output format, as file name → text (nothing is written here).
import type { Quad } from 'n3';
import type { MappedGraph } from '../mapping/index.ts';
import {
  NS,
  prefixesFor,
  SHARED_BASE,
  UNION_FILE,
  VOCABULARY_GRAPHS,
  vocabularyGraphOf,
  vocabularyPrefixes,
} from '../vocab.ts';
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

/** The JSON-LD context the vocabulary documents share (`conflict-kg.context.jsonld`). */
export const VOCABULARY_CONTEXT = 'conflict-kg.context.jsonld';

/**
 * The ontology's files beside a dataset's, with the same writers: `conflict-kg-ontology.{ttl,nt,jsonld}` (classes,
 * properties, the ontology node) and `conflict-kg-concepts.{ttl,nt,jsonld}` (the SKOS concept schemes), split by
 * subject (vocabularyGraphOf), and the context their JSON-LD refers to. Same quads, same bytes.
 * @param prefixes the prefixes of the vocabulary (no dataset's)
 */
export function serializeVocabulary(quads: readonly Quad[], prefixes: Record<string, string>): Map<string, string> {
  const context = buildContext(prefixes);
  const files = new Map<string, string>([[VOCABULARY_CONTEXT, writeContext(context)]]);
  for (const graph of VOCABULARY_GRAPHS) {
    const own = quads.filter((q) => vocabularyGraphOf(q.subject.value) === graph);
    files.set(`${graph.file}.ttl`, writeTurtle(own, prefixes));
    files.set(`${graph.file}.nt`, writeNTriples(own));
    files.set(`${graph.file}.jsonld`, writeJsonLd(own, context, VOCABULARY_CONTEXT));
  }
  return files;
}

/**
 * The union of every dataset's graph: `conflict-kg.{ttl,nt,jsonld}` (UNION_FILE), with the same writers, the
 * register's prefixes (`actor:`, `place:` … under the shared base) and the vocabulary's context.
 * @param quads the datasets' triples, in any order and with duplicates (a shared entity is written once)
 */
export function serializeUnion(quads: readonly Quad[]): Map<string, string> {
  const prefixes = prefixesFor(SHARED_BASE);
  return new Map([
    [`${UNION_FILE}.ttl`, writeTurtle(quads, prefixes)],
    [`${UNION_FILE}.nt`, writeNTriples(quads)],
    [`${UNION_FILE}.jsonld`, writeJsonLd(quads, buildContext(vocabularyPrefixes()), VOCABULARY_CONTEXT)],
  ]);
}
