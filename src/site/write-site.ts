// Reads the graph files a site is built from, and writes a built site to a folder.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Parser, type Quad } from 'n3';
import { DiagnosticError, error } from '../diagnostics.ts';
import type { Site } from './build-site.ts';

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

/** Writes every file of the site under `outDir`, replacing what an earlier run left there. */
export async function writeSite(site: Site, outDir: string): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  for (const [name, content] of site.files) {
    const target = join(outDir, name);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, content);
  }
}
