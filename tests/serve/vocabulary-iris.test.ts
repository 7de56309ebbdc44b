// The vocabulary at its IRIs, as linked-data clients follow them from the server: rapper (raptor2) and rdflib get the
// whole ontology at the ontology IRI, at a term IRI (its fragment dropped, as HTTP does) and at the version IRI, the
// SHACL shapes at /shapes and a concept's own triples at its IRI; the counts are those of the files.
import { execFile, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/serve/server.ts';
import { buildSite } from '../../src/site/build-site.ts';
import { ONTOLOGY_FILE, SHAPES_FILE } from '../site/fixture/qalamoun-site.ts';

const hasRapper = spawnSync('rapper', ['--version']).status === 0;
const hasRdflib = spawnSync('/usr/bin/python3', ['-c', 'import rdflib']).status === 0;
const skip = (ok: boolean, pkg: string) => !ok && !process.env.CI && `${pkg} is not installed`;

const turtle = (file: string) => new Parser().parse(readFileSync(file, 'utf8'));
const ontology = turtle(ONTOLOGY_FILE);
const shapes = turtle(SHAPES_FILE);
const CKG = 'https://w3id.org/conflict-kg/ontology#';
const COMMANDER = 'https://w3id.org/conflict-kg/concept/role/commander';

let server: RunningServer;
beforeAll(async () => {
  const quads = new Parser({ format: 'N-Triples' }).parse(readFileSync('dist/qalamoun-2017.nt', 'utf8'));
  const site = buildSite({ quads, ontologyQuads: ontology, shapesQuads: shapes });
  server = await startServer({ site, host: '127.0.0.1', port: 0, timeoutMs: 10_000, resultLimit: 1000 });
});
afterAll(() => server.close());

/** The triples rapper reads at a URL (it negotiates, follows the 303 and guesses the syntax from the answer). */
async function viaRapper(path: string): Promise<string[]> {
  const { stdout } = await promisify(execFile)('rapper', ['-q', '-g', `${server.url}${path}`, '-o', 'ntriples'], {
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  return stdout.split('\n').filter((l) => l !== '');
}

/** The triples rdflib reads at a URL, as N-Triples lines. */
async function viaRdflib(path: string): Promise<string[]> {
  const script = [
    'import sys, rdflib',
    'g = rdflib.Graph(); g.parse(sys.argv[1])',
    'sys.stdout.write(g.serialize(format="nt"))',
  ].join('\n');
  const { stdout } = await promisify(execFile)('/usr/bin/python3', ['-c', script, `${server.url}${path}`], {
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  return stdout.split('\n').filter((l) => l !== '');
}

const readers = [
  ['rapper', viaRapper, skip(hasRapper, 'raptor2-utils')],
  ['rdflib', viaRdflib, skip(hasRdflib, 'python3-rdflib')],
] as const;

describe.each(readers)('%s following the vocabulary IRIs', (_name, read, skipped) => {
  it.skipIf(skipped)('gets the whole ontology, concept schemes included, at the ontology IRI', async () => {
    const lines = await read('/ontology');
    expect(lines).toHaveLength(ontology.length);
    expect(lines.some((l) => l.startsWith(`<${CKG}CasualtyCount> <http://www.w3.org/2000/01/rdf-schema#label>`))).toBe(
      true,
    );
  });

  it.skipIf(skipped)("gets the term's triples at a term IRI and the whole ontology at the version IRI", async () => {
    const term = await read('/ontology#CasualtyCount');
    expect(term.filter((l) => l.startsWith(`<${CKG}CasualtyCount> `)).length).toBe(
      ontology.filter((q) => q.subject.value === `${CKG}CasualtyCount`).length,
    );
    expect(await read('/ontology/0.1.0')).toHaveLength(ontology.length);
  });

  it.skipIf(skipped)("gets every shape at /shapes and a concept's triples at its IRI", async () => {
    expect(await read('/shapes')).toHaveLength(shapes.length);
    const concept = await read('/concept/role/commander');
    expect(concept.filter((l) => l.startsWith(`<${COMMANDER}> `)).length).toBe(
      ontology.filter((q) => q.subject.value === COMMANDER).length,
    );
  });
});
