// rapper (raptor2) and rdflib read our Turtle, N-Triples and JSON-LD files as the same triples we wrote.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildContext, writeContext } from '../../src/serialization/build-context.ts';
import { writeJsonLd } from '../../src/serialization/write-jsonld.ts';
import { writeNTriples } from '../../src/serialization/write-ntriples.ts';
import { writeTurtle } from '../../src/serialization/write-turtle.ts';
import {
  HAS_RAPPER,
  HAS_RDFLIB,
  canonicalLines,
  parseWithRapper,
  parseWithRdflib,
  skipWithout,
} from './fixtures/parsers.ts';
import { PREFIXES, RICH_QUADS } from './fixtures/rich-graph.ts';

const ID = 'qalamoun-2017';
let dir: string;
const file = (name: string) => join(dir, name);
const expected = canonicalLines(RICH_QUADS);

beforeAll(() => {
  // The files sit side by side as in dist/, so rdflib resolves the relative context reference to a local file.
  dir = mkdtempSync(join(tmpdir(), 'ckg-serialization-'));
  const context = buildContext(PREFIXES);
  writeFileSync(file(`${ID}.ttl`), writeTurtle(RICH_QUADS, PREFIXES));
  writeFileSync(file(`${ID}.nt`), writeNTriples(RICH_QUADS));
  writeFileSync(file(`${ID}.context.jsonld`), writeContext(context));
  writeFileSync(file(`${ID}.jsonld`), writeJsonLd(RICH_QUADS, context, `${ID}.context.jsonld`));
});

describe('rapper (raptor2-utils)', () => {
  it.skipIf(skipWithout(HAS_RAPPER, 'raptor2-utils'))('reads our Turtle as the same triples', () => {
    expect(canonicalLines(parseWithRapper(file(`${ID}.ttl`), 'turtle'))).toEqual(expected);
  });

  it.skipIf(skipWithout(HAS_RAPPER, 'raptor2-utils'))('reads our N-Triples as the same triples', () => {
    expect(canonicalLines(parseWithRapper(file(`${ID}.nt`), 'ntriples'))).toEqual(expected);
  });
});

describe('rdflib (python3-rdflib, lexical forms not normalized)', () => {
  it.skipIf(skipWithout(HAS_RDFLIB, 'python3-rdflib'))('reads our Turtle as the same triples', () => {
    expect(canonicalLines(parseWithRdflib(file(`${ID}.ttl`), 'turtle'))).toEqual(expected);
  });

  it.skipIf(skipWithout(HAS_RDFLIB, 'python3-rdflib'))('reads our N-Triples as the same triples', () => {
    expect(canonicalLines(parseWithRdflib(file(`${ID}.nt`), 'nt'))).toEqual(expected);
  });

  it.skipIf(skipWithout(HAS_RDFLIB, 'python3-rdflib'))(
    'reads our JSON-LD, with the context file beside it, as the same triples',
    () => {
      expect(canonicalLines(parseWithRdflib(file(`${ID}.jsonld`), 'json-ld'))).toEqual(expected);
    },
  );
});
