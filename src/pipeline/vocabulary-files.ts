// Reads the ontology (classes, properties and SKOS concept schemes) that a build exports beside the dataset.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DiagnosticError, error } from '../diagnostics.ts';
import { serializeVocabulary } from '../serialization/index.ts';
import { parseTurtle } from '../validation/index.ts';
import { vocabularyPrefixes } from '../vocab.ts';

/** The project's ontology (`ontology/conflict-kg.ttl` at the repository root). */
export const DEFAULT_ONTOLOGY_FILE = fileURLToPath(new URL('../../ontology/conflict-kg.ttl', import.meta.url));

/**
 * The vocabulary's files for `dist/` (see serializeVocabulary): the ontology and the concept schemes in Turtle,
 * N-Triples and JSON-LD, and their JSON-LD context.
 * @throws DiagnosticError E_SOURCE_IO when the file cannot be read, E_RDF_SYNTAX (at `file:line`) when it does not parse.
 */
export function vocabularyFiles(file: string = DEFAULT_ONTOLOGY_FILE): Map<string, string> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new DiagnosticError([error('E_SOURCE_IO', `expected a readable ontology file at ${file}, found ${code}`)]);
  }
  if (last?.text === text) return new Map(last.files);
  const parsed = parseTurtle(text, file);
  if (!Array.isArray(parsed)) throw new DiagnosticError([parsed]);
  const files = serializeVocabulary(parsed, vocabularyPrefixes());
  last = { text, files };
  return new Map(files);
}

/** The last ontology serialized: a build of several datasets writes the same vocabulary files beside each. */
let last: { text: string; files: Map<string, string> } | undefined;
