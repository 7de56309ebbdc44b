// `conflict-kg site`: writes the static linked-data site (a page with Turtle, JSON-LD and N-Triples per resource) of
// every dataset built in dist/ (with their catalogue), or of one (--data, --graph).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Quad } from 'n3';
import { UsageError, type Command, type ParsedArgs } from '../command.ts';
import type { Io } from '../io.ts';
import { buildSite, readGraphFile, readGraphFolder, writeSite, type Site } from '../../site/index.ts';
import { checkOutputFolder } from '../../output-folder.ts';
import { formatDiagnostic } from '../../diagnostics.ts';
import { vocabularyFileGraph } from '../../vocab.ts';
import { buildGraph } from '../../pipeline/index.ts';
import { dataFiles } from '../../query/index.ts';

/** The options that say which graph a site is built from; `serve` takes them too. */
export const GRAPH_OPTIONS = {
  data: { type: 'string' },
  base: { type: 'string' },
  graph: { type: 'string' },
  ontology: { type: 'string' },
} as const;

export const site: Command = {
  name: 'site',
  usage: 'site [--data DIR [--base IRI] | --graph FILE] [--ontology FILE] [--out DIR [--force]]',
  options: { ...GRAPH_OPTIONS, out: { type: 'string' }, force: { type: 'boolean' } },
  async run(args, io) {
    graphArgs(args);
    const out = resolve(io.cwd, (args.values.out as string | undefined) ?? 'dist/site');
    // --out replaces only a folder an earlier run wrote (or, with --force, any folder); refuse before the build.
    const force = args.values.force === true;
    await checkOutputFolder(out, { force });
    const built = await siteFromArgs(args, io);
    await writeSite(built, out, { force });
    io.stdout(`wrote ${built.files.size} files (${built.docs.size} resources) to ${out}\n`);
    return 0;
  },
};

/**
 * Builds the site from `--data` (one dataset, built and validated by the pipeline), `--graph` (one Turtle or
 * N-Triples file), or by default every dataset built in dist/ (each `<id>.nt`; the union and the vocabulary are not
 * datasets): one dataset's site, or of several, one site of all with their catalogue. With the ontology and the SHACL
 * shapes (`shapes/*.ttl`) for the vocabulary documents; shared with `serve`. Prints the site's warnings to stderr.
 */
export async function siteFromArgs(args: ParsedArgs, io: Io): Promise<Site> {
  const { data, graph, base } = graphArgs(args);
  const datasets = data
    ? [(await buildGraph({ dataDir: resolve(io.cwd, data), base })).quads]
    : graph
      ? [await readGraphFile(resolve(io.cwd, graph))]
      : await Promise.all(builtDatasets(io.cwd).map((f) => readGraphFile(f)));
  const ontologyArg = args.values.ontology as string | undefined;
  const ontologyFile = resolve(io.cwd, ontologyArg ?? 'ontology/conflict-kg.ttl');
  const ontologyQuads: Quad[] = ontologyArg || existsSync(ontologyFile) ? await readGraphFile(ontologyFile) : [];
  const shapesQuads = await readGraphFolder(resolve(io.cwd, 'shapes'));
  const built = buildSite({ datasets, ontologyQuads, shapesQuads });
  // What the site left out (a geometry it could not read) is said once here; the pages say it too.
  for (const w of built.warnings) io.stderr(`${formatDiagnostic(w)}\n`);
  return built;
}

/** The graph options, checked (UsageError): `--data` or `--graph`, not both; `--base` with `--data` only. */
function graphArgs(args: ParsedArgs): { data?: string; graph?: string; base?: string } {
  const { data, graph, base } = args.values as Record<string, string | undefined>;
  if (data && graph) throw new UsageError('give --data or --graph, not both');
  if (base && !data) throw new UsageError('--base applies to --data only');
  return { data, graph, base };
}

/** Every dataset's N-Triples that `build` wrote into dist/, in name order (not the union, not the vocabulary). */
function builtDatasets(cwd: string): string[] {
  const dist = join(cwd, 'dist');
  const found = existsSync(dist) ? dataFiles(dist).filter((f) => f.endsWith('.nt') && !vocabularyFileGraph(f)) : [];
  if (found.length === 0)
    throw new UsageError(
      'give --data DIR or --graph FILE, or run `conflict-kg build` first (found no dataset in dist/)',
    );
  return found;
}
