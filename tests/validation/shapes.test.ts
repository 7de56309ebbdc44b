// Runs the project's SHACL shapes on every fixture in fixtures/: each file holds a data graph and its expected results.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Parser, type Quad, type Term } from 'n3';
import { describe, expect, it } from 'vitest';
import { loadShapes } from '../../src/validation/load-shapes.ts';
import { validateGraph, type ShapeResult } from '../../src/validation/validate-graph.ts';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
/** The test vocabulary of the fixtures (t:case, t:expect …); nothing in src/ uses it. */
const T = 'https://w3id.org/conflict-kg/test#';
const COMMENT = 'http://www.w3.org/2000/01/rdf-schema#comment';

interface Expected {
  focus: string;
  component: string;
  path?: string;
  message?: string;
}

interface Fixture {
  title: string;
  data: Quad[];
  conforms: boolean;
  expected: Expected[];
}

/** Splits a fixture into its data graph and the `t:case` description (which is not data). */
function readFixture(file: string): Fixture {
  const quads = new Parser().parse(readFileSync(FIXTURES + file, 'utf8'));
  const caseNodes = new Set([`${T}case`]);
  for (const q of quads)
    if (q.subject.value === `${T}case` && q.predicate.value === `${T}expect`) caseNodes.add(q.object.value);
  const meta = quads.filter((q) => caseNodes.has(q.subject.value));
  const value = (s: string, p: string): Term | undefined =>
    meta.find((q) => q.subject.value === s && q.predicate.value === T + p)?.object;
  const expected = meta
    .filter((q) => q.predicate.value === `${T}expect`)
    .map((q): Expected => {
      const e: Expected = {
        focus: value(q.object.value, 'focus')!.value,
        component: value(q.object.value, 'component')!.value,
      };
      const path = value(q.object.value, 'path');
      const message = value(q.object.value, 'message');
      if (path) e.path = path.value;
      if (message) e.message = message.value;
      return e;
    });
  return {
    title: meta.find((q) => q.predicate.value === COMMENT)!.object.value,
    data: quads.filter((q) => !caseNodes.has(q.subject.value)),
    conforms: value(`${T}case`, 'conforms')!.value === 'true',
    expected,
  };
}

/** A result as `focus component path`; a blank focus node is written `t:AnyBlankNode` as in the fixtures. */
function key(r: { focus: string; component: string; path?: string }): string {
  const focus = r.focus.startsWith('_:') ? `${T}AnyBlankNode` : r.focus;
  return `${focus} ${r.component} ${r.path ?? '-'}`;
}

const actualKey = (r: ShapeResult) => key({ focus: r.focusNode, component: r.component, path: r.path });

describe('shapes/conflict-kg.shapes.ttl', () => {
  const shapes = loadShapes();
  const files = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.ttl'))
    .sort();

  it('has fixtures that conform and fixtures that do not', () => {
    const fixtures = files.map(readFixture);
    expect(fixtures.filter((f) => f.conforms).length).toBeGreaterThanOrEqual(3);
    expect(fixtures.filter((f) => !f.conforms).length).toBeGreaterThanOrEqual(15);
  });

  for (const file of files) {
    const fixture = readFixture(file);
    it(`${fixture.title} (${file})`, async () => {
      const outcome = await validateGraph(fixture.data, shapes);
      expect(outcome.results.map(actualKey).sort()).toEqual(fixture.expected.map(key).sort());
      expect(outcome.conforms).toBe(fixture.conforms);
      for (const e of fixture.expected.filter((x) => x.message !== undefined)) {
        const match = outcome.results.find((r) => actualKey(r) === key(e) && r.message === e.message);
        expect(match, `no result ${key(e)} with message "${e.message}"`).toBeDefined();
      }
    });
  }
});
