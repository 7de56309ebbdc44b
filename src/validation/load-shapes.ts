// Reads the SHACL shapes (every `*.ttl` of a folder, in name order) into n3 quads; Turtle syntax errors become diagnostics.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser, type Quad } from 'n3';
import { DiagnosticError, error, type Diagnostic } from '../diagnostics.ts';

/** The project's own shapes folder (`shapes/` at the repository root). */
export const DEFAULT_SHAPES_DIR = fileURLToPath(new URL('../../shapes/', import.meta.url));

/**
 * Parses every `*.ttl` file of `dir` and returns all their quads.
 * @throws DiagnosticError with one `E_RDF_SYNTAX` per file that does not parse (at `file:line`).
 * @throws Error when the folder cannot be read or holds no `.ttl` file.
 * @example loadShapes('shapes') //=> [Quad, Quad, …]
 */
export function loadShapes(dir: string = DEFAULT_SHAPES_DIR): Quad[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.ttl')).sort();
  if (files.length === 0) throw new Error(`no SHACL shapes (*.ttl) in ${dir}`);
  const quads: Quad[] = [];
  const problems: Diagnostic[] = [];
  for (const name of files) {
    const file = join(dir, name);
    const parsed = parseTurtle(readFileSync(file, 'utf8'), file);
    if (Array.isArray(parsed)) quads.push(...parsed);
    else problems.push(parsed);
  }
  if (problems.length > 0) throw new DiagnosticError(problems);
  return quads;
}

/**
 * Parses one Turtle document; returns its quads, or the `E_RDF_SYNTAX` diagnostic of its first syntax error.
 * The span has the line n3 reports and column 1: n3's token offsets include the whitespace before a token.
 * @example parseTurtle('ex:a ex:b ex:c .', 'x.ttl') //=> { code: 'E_RDF_SYNTAX', message: 'invalid Turtle: Undefined prefix "ex:"', span: { file: 'x.ttl', line: 1, column: 1 } }
 */
export function parseTurtle(text: string, file: string): Quad[] | Diagnostic {
  try {
    return new Parser({ format: 'text/turtle' }).parse(text);
  } catch (e) {
    const err = e as Error & { context?: { line?: number } };
    const line = err.context?.line ?? Number(/on line (\d+)/.exec(err.message)?.[1] ?? 1);
    const message = err.message.replace(/ on line \d+\.?$/, '');
    return error('E_RDF_SYNTAX', `invalid Turtle: ${message}`, { file, line, column: 1 });
  }
}
