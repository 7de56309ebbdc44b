// Reads the Turtle or N-Triples file a site is built from.
import { readFile } from 'node:fs/promises';
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
