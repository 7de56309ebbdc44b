// End to end: the committed dist/ is what a fresh build writes, and independent parsers read the same graph from it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Parser, Writer, type Quad } from 'n3';
import jsonld from 'jsonld';

/** jsonld.js takes `safe`, which @types/jsonld does not list. */
type ToRdfOptions = Parameters<typeof jsonld.toRDF>[1];
import { exportAll } from '../../src/pipeline/index.ts';
import { offlineDocumentLoader } from '../helpers/document-loader.ts';

const ID = 'qalamoun-2017';
const LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';
const dist = (f: string) => readFileSync(join('dist', f), 'utf8');
const hasTool = (cmd: string, args: string[]) => spawnSync(cmd, args).status === 0;
const rapper = hasTool('rapper', ['--version']);
const rdflib = hasTool('/usr/bin/python3', ['-c', 'import rdflib']);
const missing = (ok: boolean, pkg: string) =>
  !ok && !process.env.CI && `${pkg} is not installed (scripts/install-system-packages.sh installs it)`;

/** Sorted, deduplicated N-Triples lines of a graph, for comparing graphs without blank nodes. */
function lines(quads: Quad[]): string[] {
  const writer = new Writer({ format: 'N-Triples' });
  return [...new Set(quads.map((q) => writer.quadToString(q.subject, q.predicate, q.object)))].sort();
}
const parse = (text: string, format: string) => new Parser({ format }).parse(text);

describe('dist/', () => {
  let fresh: string;
  beforeAll(async () => {
    fresh = mkdtempSync(join(tmpdir(), 'ckg-dist-'));
    await exportAll({ dataRoot: 'data', outDir: fresh });
  });

  it('is byte for byte what a fresh build of every dataset writes (rebuild with `npm start` and commit)', () => {
    const names = readdirSync(fresh).sort();
    expect(names).toContain('conflict-kg.nt');
    for (const name of names)
      expect(dist(name), `dist/${name} differs from a fresh build`).toBe(readFileSync(join(fresh, name), 'utf8'));
  });

  it('holds the same graph in Turtle, N-Triples and JSON-LD, without any blank node', async () => {
    const nt = lines(parse(dist(`${ID}.nt`), 'N-Triples'));
    expect(nt.length).toBeGreaterThan(500);
    expect(lines(parse(dist(`${ID}.ttl`), 'Turtle'))).toEqual(nt);
    const doc = JSON.parse(dist(`${ID}.jsonld`));
    const context = JSON.parse(dist(`${ID}.context.jsonld`));
    const base = `file://${join(process.cwd(), 'dist')}/`;
    const loader = offlineDocumentLoader(new Map([[`${base}${ID}.context.jsonld`, context]]));
    const quads = (await jsonld.toRDF(doc, {
      base: `${base}${ID}.jsonld`,
      documentLoader: loader,
      safe: true,
    } as ToRdfOptions)) as unknown as Quad[];
    expect(lines(quads)).toEqual(nt);
    expect(nt.filter((l) => l.includes('_:'))).toEqual([]);
  });

  it.skipIf(missing(rapper, 'raptor2-utils'))('parses with rapper (raptor2) to the same graph', () => {
    if (!rapper) throw new Error('rapper is required in CI');
    const viaRapper = execFileSync('rapper', ['-q', '-i', 'turtle', '-o', 'ntriples', join('dist', `${ID}.ttl`)], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    expect(lines(parse(viaRapper, 'N-Triples'))).toEqual(lines(parse(dist(`${ID}.nt`), 'N-Triples')));
  });

  it.skipIf(missing(rdflib, 'python3-rdflib'))(
    'parses with rdflib (Turtle and JSON-LD, context read from the local file) to the same graph',
    () => {
      if (!rdflib) throw new Error('python3-rdflib is required in CI');
      const script = [
        'import sys, rdflib',
        'rdflib.NORMALIZE_LITERALS = False',
        'g = rdflib.Graph(); g.parse(sys.argv[1], format=sys.argv[2])',
        'sys.stdout.write(g.serialize(format="nt"))',
      ].join('\n');
      const expected = lines(parse(dist(`${ID}.nt`), 'N-Triples'));
      for (const [file, format] of [
        [`${ID}.ttl`, 'turtle'],
        [`${ID}.jsonld`, 'json-ld'],
      ]) {
        const out = execFileSync('/usr/bin/python3', ['-c', script, join('dist', file), format], {
          encoding: 'utf8',
          maxBuffer: 256 * 1024 * 1024,
        });
        expect(lines(parse(out, 'N-Triples')), file).toEqual(expected);
      }
    },
  );

  it('exports the ontology and the concept schemes: together exactly ontology/conflict-kg.ttl, split by subject', () => {
    const ontology = lines(parse(dist('conflict-kg-ontology.nt'), 'N-Triples'));
    const concepts = lines(parse(dist('conflict-kg-concepts.nt'), 'N-Triples'));
    expect(lines(parse(readFileSync('ontology/conflict-kg.ttl', 'utf8'), 'Turtle'))).toEqual(
      [...ontology, ...concepts].sort(),
    );
    expect(concepts.every((l) => l.startsWith('<https://w3id.org/conflict-kg/concept/'))).toBe(true);
    expect(ontology.some((l) => l.startsWith('<https://w3id.org/conflict-kg/concept/'))).toBe(false);
    const header =
      '<https://w3id.org/conflict-kg/ontology> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2002/07/owl#Ontology>';
    expect(ontology.filter((l) => l.startsWith(header))).toHaveLength(1);
  });

  it.skipIf(missing(rapper && rdflib, 'raptor2-utils and python3-rdflib'))(
    'holds the ontology and the concept schemes as the same graph in Turtle (rapper), JSON-LD (rdflib) and N-Triples',
    () => {
      if (!rapper || !rdflib) throw new Error('rapper and rdflib are required in CI');
      const script = [
        'import sys, rdflib',
        'rdflib.NORMALIZE_LITERALS = False',
        'g = rdflib.Graph(); g.parse(sys.argv[1], format="json-ld")',
        'sys.stdout.write(g.serialize(format="nt"))',
      ].join('\n');
      for (const name of ['conflict-kg-ontology', 'conflict-kg-concepts']) {
        const expected = lines(parse(dist(`${name}.nt`), 'N-Triples'));
        const turtle = execFileSync('rapper', ['-q', '-i', 'turtle', '-o', 'ntriples', join('dist', `${name}.ttl`)], {
          encoding: 'utf8',
          maxBuffer: 256 * 1024 * 1024,
        });
        expect(lines(parse(turtle, 'N-Triples')), `${name}.ttl`).toEqual(expected);
        const json = execFileSync('/usr/bin/python3', ['-c', script, join('dist', `${name}.jsonld`)], {
          encoding: 'utf8',
          maxBuffer: 256 * 1024 * 1024,
        });
        expect(lines(parse(json, 'N-Triples')), `${name}.jsonld`).toEqual(expected);
      }
    },
  );

  it('gives every subject of the graph an rdfs:label in Korean and in English, generated ones included', () => {
    const quads = parse(dist(`${ID}.nt`), 'N-Triples');
    const langs = new Map<string, Set<string>>();
    for (const q of quads) {
      const seen = langs.get(q.subject.value) ?? new Set<string>();
      langs.set(q.subject.value, seen);
      if (q.predicate.value === LABEL && q.object.termType === 'Literal') seen.add(q.object.language);
    }
    const unlabelled = [...langs].filter(([, seen]) => !seen.has('ko') || !seen.has('en')).map(([s]) => s);
    expect(unlabelled).toEqual([]);
    expect(langs.size).toBeGreaterThan(300);
    const labelOf = (iri: string) =>
      quads
        .filter((q) => q.subject.value === iri && q.predicate.value === LABEL)
        .map((q) => `${q.object.value}@${(q.object as { language: string }).language}`)
        .sort();
    const own = `https://w3id.org/conflict-kg/id/${ID}/`;
    expect(labelOf(`${own}participation/hezbollah-belligerent`)).toEqual([
      'Hezbollah in Qalamoun offensive (July–August 2017): belligerent@en',
      '칼라문 공세 (2017년)의 헤즈볼라: 교전 당사자@ko',
    ]);
    expect(labelOf(`${own}quantity/hezbollah-strength`)).toEqual([
      'Hezbollah personnel strength: 4,000 — Qalamoun offensive (July–August 2017)@en',
      '헤즈볼라 병력: 4,000 — 칼라문 공세 (2017년)@ko',
    ]);
    expect(labelOf(`${own}timespan/qalamoun-offensive-2017`)).toEqual([
      'time of Qalamoun offensive (July–August 2017)@en',
      '칼라문 공세 (2017년) 기간@ko',
    ]);
  });

  it('records the evidence of every link out: each owl:sameAs and skos:closeMatch has its ckg:LinkEvidence', () => {
    const quads = parse(dist(`${ID}.nt`), 'N-Triples');
    const CKG = 'https://w3id.org/conflict-kg/ontology#';
    const links = quads.filter((q) =>
      ['http://www.w3.org/2002/07/owl#sameAs', 'http://www.w3.org/2004/02/skos/core#closeMatch'].includes(
        q.predicate.value,
      ),
    );
    const value = (s: string, p: string) =>
      quads.filter((q) => q.subject.value === s && q.predicate.value === CKG + p).map((q) => q.object.value);
    const evidenced = new Set(
      quads
        .filter((q) => q.predicate.value === `${CKG}linkSubject`)
        .filter((q) => value(q.subject.value, 'evidence').some((url) => /^https?:\/\//.test(url)))
        .flatMap((q) => value(q.subject.value, 'linkTarget').map((t) => `${q.object.value} ${t}`)),
    );
    expect(links.length).toBeGreaterThan(20);
    expect(links.map((q) => `${q.subject.value} ${q.object.value}`).filter((l) => !evidenced.has(l))).toEqual([]);
  });

  it('never asserts the triple of a claim (a denial or a report stays a claim)', () => {
    const quads = parse(dist(`${ID}.nt`), 'N-Triples');
    const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
    const part = (claim: string, name: string) =>
      quads.find((q) => q.subject.value === claim && q.predicate.value === RDF + name)?.object.value;
    const claims = quads
      .filter((q) => q.predicate.value === `${RDF}type` && q.object.value.endsWith('ontology#Claim'))
      .map((q) => q.subject.value);
    expect(claims.length).toBeGreaterThanOrEqual(6);
    for (const c of claims) {
      const [s, p, o] = [part(c, 'subject'), part(c, 'predicate'), part(c, 'object')];
      expect(s && p && o, c).toBeTruthy();
      expect(
        quads.some((q) => q.subject.value === s && q.predicate.value === p && q.object.value === o),
        `${c} is asserted`,
      ).toBe(false);
    }
  });

  it('records a conforming SHACL report beside the data', () => {
    expect(existsSync(join('dist', `${ID}.validation.ttl`))).toBe(true);
    const report = parse(dist(`${ID}.validation.ttl`), 'Turtle');
    const conforms = report.filter((q) => q.predicate.value === 'http://www.w3.org/ns/shacl#conforms');
    expect(conforms.map((q) => q.object.value)).toEqual(['true']);
    expect(report.some((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode')).toBe(false);
  });
});
