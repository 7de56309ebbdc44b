// Which built files hold a dataset (dist/<dataset>.nt, or .ttl), their media types, and the base of a dataset IRI.
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { closest } from '../closest.ts';
import { codeTokens } from '../sparql-tokens.ts';
import { DiagnosticError, error, quote } from '../diagnostics.ts';
import { ckg, rdf, RESOURCE_KINDS, UNION_FILE, vocabularyFileGraph } from '../vocab.ts';
import type { SparqlStore } from './sparql-store.ts';

const FORMATS: Record<string, string> = {
  '.nt': 'application/n-triples',
  '.ttl': 'text/turtle',
  '.nq': 'application/n-quads',
};

/**
 * The files a data path stands for: the path itself if it is a file, else every `.nt` file in the folder,
 * or every `.ttl` file when there is no `.nt` (the same graph is written in several formats; load one). The union
 * of the datasets (`conflict-kg.nt`, UNION_FILE) is left out: each dataset is loaded into its own graph, and the
 * union only as the default graph (loadFiles, unionFile). With a `dataset` id, only that dataset's file and the
 * vocabulary's are taken.
 */
export function dataFiles(path: string, dataset?: string): string[] {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat)
    throw new DiagnosticError([
      error('E_SOURCE_IO', `no built data at ${path}: run \`conflict-kg build\` first, or pass --from DIR`),
    ]);
  if (stat.isFile()) return [path];
  const names = readdirSync(path).sort();
  for (const ext of ['.nt', '.ttl']) {
    const all = names.filter((n) => n.endsWith(ext) && !n.endsWith('.validation.ttl') && n !== `${UNION_FILE}${ext}`);
    if (all.length === 0) continue;
    if (dataset === undefined) return all.map((n) => join(path, n));
    if (!all.includes(`${dataset}${ext}`)) throw unknownDataset(path, dataset, all, ext);
    return all.filter((n) => n === `${dataset}${ext}` || vocabularyFileGraph(n)).map((n) => join(path, n));
  }
  throw new DiagnosticError([error('E_SOURCE_IO', `no .nt or .ttl file in ${path}: run \`conflict-kg build\` first`)]);
}

function unknownDataset(path: string, dataset: string, files: string[], ext: string): DiagnosticError {
  const ids = files.filter((n) => !vocabularyFileGraph(n)).map((n) => n.slice(0, -ext.length));
  const near = closest(dataset, ids);
  return new DiagnosticError([
    error(
      'E_USAGE',
      `no dataset ${quote(dataset)} in ${path}: expected one of ${ids.join(', ')}`,
      undefined,
      near ? `did you mean ${quote(near)}?` : undefined,
    ),
  ]);
}

/** The oxigraph media type of a file, by its extension. */
export function mediaType(file: string): string {
  const ext = Object.keys(FORMATS).find((e) => file.endsWith(e));
  if (!ext)
    throw new DiagnosticError([
      error('E_SOURCE_IO', `cannot tell the RDF format of ${file} (expected .nt, .ttl or .nq)`),
    ]);
  return FORMATS[ext];
}

/** The resource base of a dataset IRI: `https://…/id/qalamoun-2017/dataset/qalamoun-2017` → `https://…/id/qalamoun-2017/`. */
export function baseOfDataset(iri: string | undefined): string | undefined {
  const marker = `/${RESOURCE_KINDS[0]}/`;
  return iri?.includes(marker) ? iri.slice(0, iri.lastIndexOf(marker) + 1) : undefined;
}

/**
 * Loads the files into the store, each read by the store itself (in a worker store, in the worker), each into its
 * named graph (graphOfFile). Queries read the union of the graphs as their default graph (runQuery), unless a
 * `union` file is given: then it and the vocabulary files are also loaded into the store's default graph, which a
 * query reads instead (`mergedDefaultGraph`), since oxigraph's union of named graphs repeats a triple that several
 * datasets hold (a shared entity's) where the RDF merge of the graphs holds it once.
 * With a union and `named: false`, the named graphs are left out: a query that names no graph (readsNamedGraphs)
 * sees the default graph only, and loading them would read every triple twice.
 * @returns whether the store's own default graph is the one to query
 */
export async function loadFiles(
  store: SparqlStore,
  files: string[],
  union?: string,
  options: { named?: boolean } = {},
): Promise<boolean> {
  const named = union === undefined || options.named !== false ? files : [];
  // Every load is queued at once (the store runs them in order): no round trip between two files.
  const graphs = await Promise.all(named.map((path) => graphOfFile(path)));
  const loads = named.map((path, i) => store.load({ path, format: mediaType(path), graph: graphs[i] }));
  if (union !== undefined)
    for (const path of [union, ...files.filter((f) => vocabularyFileGraph(f))])
      loads.push(store.load({ path, format: mediaType(path) }));
  await Promise.all(loads);
  return union !== undefined;
}

/**
 * Whether a query can see the store's named graphs: it has a GRAPH pattern, or a FROM (NAMED) clause. Else
 * it reads its default graph only.
 */
export function readsNamedGraphs(sparql: string): boolean {
  return codeTokens(sparql).some((t) => t.kind === 'word' && /^(?:GRAPH|FROM)$/i.test(t.text));
}

/**
 * The union a build wrote beside the datasets (`conflict-kg.nt`), when the files hold more than one dataset's and it
 * is there; else undefined (one dataset's graph needs no merging).
 */
export function unionFile(path: string, files: string[]): string | undefined {
  const datasets = files.filter((f) => f.endsWith('.nt') && !vocabularyFileGraph(f));
  const union = join(path, `${UNION_FILE}.nt`);
  return datasets.length > 1 && existsSync(union) ? union : undefined;
}

/**
 * The named graph a built file goes into: the ontology's or the concept schemes' for the vocabulary files
 * (`conflict-kg-ontology.nt`, `conflict-kg-concepts.nt`), the `ckg:Dataset` IRI for a dataset's N-Triples (the
 * same graph `serve` names), else none: the default graph (a Turtle file, or N-Triples without a dataset).
 */
export async function graphOfFile(path: string): Promise<string | undefined> {
  return vocabularyFileGraph(path) ?? (path.endsWith('.nt') ? await datasetIn(path) : undefined);
}

/** The subject of the first `rdf:type ckg:Dataset` line of an N-Triples file, read up to that line only. */
async function datasetIn(path: string): Promise<string | undefined> {
  const tail = `> <${rdf.type.value}> <${ckg.Dataset.value}> .`;
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
  try {
    for await (const line of lines) {
      if (line.startsWith('<') && line.endsWith(tail)) return line.slice(1, -tail.length);
    }
    return undefined;
  } finally {
    lines.close();
  }
}
