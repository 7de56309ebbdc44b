// Turtle, N-Triples and JSON-LD written from the same quads read back (n3, jsonld.js) as the same graph, byte-stably.
import { describe, expect, it } from 'vitest';
import { DataFactory, type Quad } from 'n3';
import { buildContext, writeContext } from '../../src/serialization/build-context.ts';
import { writeJsonLd } from '../../src/serialization/write-jsonld.ts';
import { writeNTriples } from '../../src/serialization/write-ntriples.ts';
import { writeTurtle } from '../../src/serialization/write-turtle.ts';
import { expectIsomorphic } from '../helpers/rdf.ts';
import { parseJsonLd, parseWithN3 } from './fixtures/parsers.ts';
import { PREFIXES, RICH_QUADS } from './fixtures/rich-graph.ts';

const DOCUMENT_URL = 'https://example.org/dist/qalamoun-2017.jsonld';
const CONTEXT_REF = 'qalamoun-2017.context.jsonld';

function writeAll(quads: Quad[]) {
  const context = buildContext(PREFIXES);
  return {
    turtle: writeTurtle(quads, PREFIXES),
    ntriples: writeNTriples(quads),
    jsonld: writeJsonLd(quads, context, CONTEXT_REF),
    contextFile: writeContext(context),
  };
}

/** A deterministic shuffle (mulberry32), so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  const random = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('the three writers', () => {
  const out = writeAll(RICH_QUADS);

  it('write Turtle that n3 reads back as the input graph', () => {
    expectIsomorphic(parseWithN3(out.turtle, 'Turtle'), RICH_QUADS);
  });

  it('write N-Triples that n3 reads back as the input graph', () => {
    expectIsomorphic(parseWithN3(out.ntriples, 'N-Triples'), RICH_QUADS);
  });

  it('write JSON-LD that jsonld.js (safe mode, offline context) reads back as the input graph', async () => {
    expectIsomorphic(await parseJsonLd(out.jsonld, out.contextFile, DOCUMENT_URL, CONTEXT_REF), RICH_QUADS);
  });

  it('write byte-identical output for the same quads in any order', () => {
    for (const seed of [1, 2, 3]) expect(writeAll(shuffled(RICH_QUADS, seed))).toEqual(out);
  });

  it('write each duplicate triple once', () => {
    expect(writeAll([...RICH_QUADS, ...shuffled(RICH_QUADS, 4)])).toEqual(out);
  });

  it('write no blank node for an IRI-only graph', async () => {
    expect(out.turtle).not.toMatch(/_:|\[/);
    expect(out.ntriples).not.toContain('_:');
    expect(out.jsonld).not.toContain('_:');
    const fromJsonLd = await parseJsonLd(out.jsonld, out.contextFile, DOCUMENT_URL, CONTEXT_REF);
    expect(fromJsonLd.filter((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode')).toEqual(
      [],
    );
  });

  it('refuse a quad in a named graph rather than drop its graph name', () => {
    const { namedNode, quad } = DataFactory;
    const inGraph = [
      quad(
        namedNode('https://example.org/s'),
        namedNode('https://example.org/p'),
        namedNode('https://example.org/o'),
        namedNode('https://example.org/g'),
      ),
    ];
    const message =
      'cannot serialize a quad in the named graph <https://example.org/g>: only the default graph is written';
    expect(() => writeTurtle(inGraph, PREFIXES)).toThrow(message);
    expect(() => writeNTriples(inGraph)).toThrow(message);
    expect(() => writeJsonLd(inGraph, buildContext(PREFIXES), CONTEXT_REF)).toThrow(message);
  });
});
