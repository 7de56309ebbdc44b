// Tests loadShapes and parseTurtle: reading a shapes folder (E_SHAPES when there is none), and Turtle syntax errors as E_RDF_SYNTAX.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DiagnosticError, formatDiagnostic } from '../../src/diagnostics.ts';
import { loadShapes, parseTurtle } from '../../src/validation/load-shapes.ts';
import { NS } from '../../src/vocab.ts';

const dirs: string[] = [];

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ckg-shapes-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The formatted diagnostics of the DiagnosticError a call throws (fails when it throws anything else, or nothing). */
function problems(call: () => unknown): string[] {
  try {
    call();
  } catch (e) {
    if (e instanceof DiagnosticError) return e.diagnostics.map(formatDiagnostic);
    throw e;
  }
  throw new Error('expected a DiagnosticError, nothing was thrown');
}

const SHAPE = `@prefix sh: <${NS.sh}> .\n@prefix ex: <https://example.org/> .\nex:S a sh:NodeShape ; sh:targetClass ex:C .\n`;

describe('loadShapes', () => {
  it('loads the project shapes from shapes/ by default', () => {
    const quads = loadShapes();
    const targets = quads.filter((q) => q.predicate.value === `${NS.sh}targetClass`).map((q) => q.object.value);
    expect(targets).toContain(`${NS.ckg}Event`);
    expect(targets).toContain(`${NS.ckg}Instant`);
  });

  it('reads every .ttl file of a folder and ignores other files', () => {
    const dir = folder({ 'a.ttl': SHAPE, 'b.ttl': SHAPE.replace('ex:S', 'ex:T'), 'notes.md': 'not Turtle' });
    expect(
      loadShapes(dir)
        .map((q) => q.subject.value)
        .filter((s, i, a) => a.indexOf(s) === i),
    ).toEqual(['https://example.org/S', 'https://example.org/T']);
  });

  it('reports each file with a syntax error as E_RDF_SYNTAX at file:line, all at once', () => {
    const dir = folder({
      'a.ttl': `${SHAPE}ex:S sh:property ex:P\n`,
      'b.ttl': SHAPE,
      'c.ttl': '@prefix sh: <http://www.w3.org/ns/shacl#> .\n\nex:S a sh:NodeShape .\n',
    });
    let thrown: unknown;
    try {
      loadShapes(dir);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(DiagnosticError);
    expect((thrown as DiagnosticError).diagnostics.map(formatDiagnostic)).toEqual([
      `${join(dir, 'a.ttl')}:5:1: error E_RDF_SYNTAX: invalid Turtle: Expected punctuation to follow "https://example.org/P"`,
      `${join(dir, 'c.ttl')}:3:1: error E_RDF_SYNTAX: invalid Turtle: Undefined prefix "ex:"`,
    ]);
  });

  it('reports E_SHAPES for a folder without shapes', () => {
    const dir = folder({ 'readme.md': '' });
    expect(problems(() => loadShapes(dir))).toEqual([
      `error E_SHAPES: expected SHACL shapes (*.ttl files) in ${dir}, found none`,
    ]);
  });

  it('reports E_SHAPES for a folder that does not exist', () => {
    const dir = join(folder({}), 'missing');
    expect(problems(() => loadShapes(dir))).toEqual([
      `error E_SHAPES: expected a folder of SHACL shapes (*.ttl files) at ${dir}, found nothing there`,
    ]);
  });

  it('reports E_SHAPES for a file given as the shapes folder', () => {
    const file = join(folder({ 'a.ttl': SHAPE }), 'a.ttl');
    expect(problems(() => loadShapes(file))).toEqual([
      `error E_SHAPES: expected a folder of SHACL shapes (*.ttl files) at ${file}, found a file`,
    ]);
  });

  it('reports E_SHAPES for a .ttl entry it cannot read as a file', () => {
    const dir = folder({});
    mkdirSync(join(dir, 'nested.ttl'));
    expect(problems(() => loadShapes(dir))).toEqual([
      `error E_SHAPES: expected a readable SHACL shapes file at ${join(dir, 'nested.ttl')}, found a folder`,
    ]);
  });
});

describe('parseTurtle', () => {
  it('returns the quads of a valid document', () => {
    expect(parseTurtle(SHAPE, 'x.ttl')).toHaveLength(2);
  });

  it('returns the diagnostic of the first syntax error with its line', () => {
    expect(parseTurtle('@prefix ex: <https://example.org/> .\nex:a ex:b "unterminated .\n', 'x.ttl')).toEqual({
      code: 'E_RDF_SYNTAX',
      severity: 'error',
      message: 'invalid Turtle: Unexpected ""unterminated"',
      span: { file: 'x.ttl', line: 2, column: 1 },
    });
  });
});
