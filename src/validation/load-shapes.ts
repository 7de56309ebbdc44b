// Reads the SHACL shapes (every `*.ttl` of a folder, in name order) into n3 quads; Turtle syntax errors become diagnostics.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser, type Quad } from 'n3';
import { DiagnosticError, error, type Diagnostic } from '../diagnostics.ts';
import { shapesError } from './shapes-error.ts';

/** The project's own shapes folder (`shapes/` at the repository root). */
export const DEFAULT_SHAPES_DIR = fileURLToPath(new URL('../../shapes/', import.meta.url));

/**
 * Parses every `*.ttl` file of `dir` and returns all their quads.
 * @throws DiagnosticError with one `E_RDF_SYNTAX` per file that does not parse (at `file:line`).
 * @throws DiagnosticError with one `E_SHAPES` when the folder or one of its files cannot be read, or it holds no `.ttl` file.
 * @example loadShapes('shapes') //=> [Quad, Quad, …]
 */
export function loadShapes(dir: string = DEFAULT_SHAPES_DIR): Quad[] {
  const quads: Quad[] = [];
  const problems: Diagnostic[] = [];
  for (const name of shapeFiles(dir)) {
    const file = join(dir, name);
    const parsed = parseTurtle(readText(file), file);
    if (Array.isArray(parsed)) quads.push(...parsed);
    else problems.push(parsed);
  }
  if (problems.length > 0) throw new DiagnosticError(problems);
  return quads;
}

/** What a failed read found, by error code. */
const FOUND: Record<string, string> = {
  ENOENT: 'nothing there',
  ENOTDIR: 'a file',
  EISDIR: 'a folder',
  EACCES: 'one it may not read',
};
const found = (e: unknown) => FOUND[(e as NodeJS.ErrnoException).code ?? ''] ?? `an error (${(e as Error).message})`;

/** The `*.ttl` names of the folder, sorted. */
function shapeFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    throw shapesError(`expected a folder of SHACL shapes (*.ttl files) at ${dir}, found ${found(e)}`);
  }
  const files = names.filter((f) => f.endsWith('.ttl')).sort();
  if (files.length === 0) throw shapesError(`expected SHACL shapes (*.ttl files) in ${dir}, found none`);
  return files;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw shapesError(`expected a readable SHACL shapes file at ${file}, found ${found(e)}`);
  }
}

/**
 * Turtle already parsed in this process, by its text: a build of several datasets reads the same shapes and
 * ontology for each. The quads are immutable; each caller gets its own array.
 */
const parsed = new Map<string, Quad[]>();

/**
 * Parses one Turtle document; returns its quads, or the `E_RDF_SYNTAX` diagnostic of its first syntax error.
 * The span has the line n3 reports and column 1: n3's token offsets include the whitespace before a token.
 * @example parseTurtle('ex:a ex:b ex:c .', 'x.ttl') //=> { code: 'E_RDF_SYNTAX', message: 'invalid Turtle: Undefined prefix "ex:"', span: { file: 'x.ttl', line: 1, column: 1 } }
 */
export function parseTurtle(text: string, file: string): Quad[] | Diagnostic {
  const known = parsed.get(text);
  if (known) return [...known];
  try {
    const quads = new Parser({ format: 'text/turtle' }).parse(text);
    parsed.set(text, quads);
    return [...quads];
  } catch (e) {
    const err = e as Error & { context?: { line?: number } };
    const line = err.context?.line ?? Number(/on line (\d+)/.exec(err.message)?.[1] ?? 1);
    const message = err.message.replace(/ on line \d+\.?$/, '');
    return error('E_RDF_SYNTAX', `invalid Turtle: ${message}`, { file, line, column: 1 });
  }
}
