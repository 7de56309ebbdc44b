// Reads the Turtle or N-Triples files a site is built from: the graph, the ontology, the folder of SHACL shapes.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Parser, type Quad } from 'n3';
import { DiagnosticError, error } from '../diagnostics.ts';

/** Parses a Turtle or N-Triples file; fails with E_SOURCE_IO or E_RDF_SYNTAX. */
export async function readGraphFile(file: string): Promise<Quad[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new DiagnosticError([error('E_SOURCE_IO', `cannot read ${file}: ${(e as Error).message}`)]);
  }
  try {
    return new Parser({ format: file.endsWith('.nt') ? 'N-Triples' : 'Turtle' }).parse(text);
  } catch (e) {
    const line = (e as { context?: { line?: number } }).context?.line ?? 1;
    const message = (e as Error).message.replace(/ on line \d+\.$/, '');
    throw new DiagnosticError([error('E_RDF_SYNTAX', message, { file, line, column: 1 })]);
  }
}

/** Every `.ttl` file of a folder (the SHACL shapes), in name order; none when the folder does not exist. */
export async function readGraphFolder(dir: string): Promise<Quad[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.ttl')).sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new DiagnosticError([error('E_SOURCE_IO', `cannot read ${dir}: ${(e as Error).message}`)]);
  }
  const graphs = await Promise.all(names.map((n) => readGraphFile(join(dir, n))));
  return graphs.flat();
}
