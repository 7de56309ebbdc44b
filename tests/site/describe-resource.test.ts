// What a resource's documents hold, read back with real tools from the written Qalamoun site: each resource's
// outgoing and incoming triples (rdflib, rapper), and the whole ontology, its version and the SHACL shapes at their
// IRIs, followed through `serve` by rapper -g and by rdflib's content negotiation.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Parser } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/serve/server.ts';
import type { Site } from '../../src/site/index.ts';
import { ONTOLOGY_FILE, rapper, rdflibCheck, SHAPES_FILE, writeQalamounSite } from './fixture/qalamoun-site.ts';

interface DescriptionCheck {
  checked: number;
  failures: { doc: string; missing: number; extra: number }[];
  counts: Record<string, { triples: number; out: number; in: number }>;
}
type FetchCheck = Record<string, { url?: string; triples: number; ok: boolean | null }>;

const HEZBOLLAH = 'https://w3id.org/conflict-kg/id/actor/hezbollah';
/** A document about a resource of the data: the dataset's own (doc/qalamoun-2017/…) or a shared entity's (doc/actor/…). */
const isDataDoc = (doc: string) => /^doc\/(qalamoun-2017|actor|place|event|link|geometry)\//.test(doc);
const CASUALTY_COUNT = 'https://w3id.org/conflict-kg/ontology#CasualtyCount';

let site: Site;
let dir: string;
let server: RunningServer;
let descriptions: DescriptionCheck;

beforeAll(async () => {
  ({ site, dir } = await writeQalamounSite());
  const docsFile = join(mkdtempSync(join(tmpdir(), 'ckg-docs-')), 'docs.json');
  const dataDocs = [...site.docs].filter(([doc]) => isDataDoc(doc));
  writeFileSync(docsFile, JSON.stringify(dataDocs));
  descriptions = await rdflibCheck<DescriptionCheck>('descriptions', dir, docsFile, ONTOLOGY_FILE);
  rmSync(dirname(docsFile), { recursive: true, force: true });
  server = await startServer({ site, host: '127.0.0.1', port: 0, timeoutMs: 5000, resultLimit: 100 });
}, 120_000);
afterAll(async () => {
  await server?.close();
  rmSync(dirname(dir), { recursive: true, force: true });
});

/** The triples rapper gets when it follows `url` (`rapper -g`: content negotiation, redirects), as quads. */
async function rapperGraph(url: string) {
  const { stdout } = await rapper('-q', '-g', '-o', 'ntriples', url);
  return new Parser({ format: 'N-Triples' }).parse(stdout);
}

const fileQuads = (file: string) => new Parser().parse(readFileSync(file, 'utf8'));

describe('a resource document', () => {
  it('holds, in Turtle, N-Triples, JSON-LD and its page, its outgoing and incoming triples and the labels of both ends (rdflib)', () => {
    expect(descriptions.checked).toBe([...site.docs.keys()].filter(isDataDoc).length);
    expect(descriptions.checked).toBeGreaterThan(400);
    expect(descriptions.failures).toEqual([]);
  });

  it('gives Hezbollah the triples pointing at it: its participations, members and events (rapper counts what rdflib expects)', async () => {
    const hezbollah = descriptions.counts[HEZBOLLAH]!;
    expect(hezbollah.in).toBeGreaterThanOrEqual(45);
    const { stderr } = await rapper('-i', 'turtle', '-c', join(dir, 'doc/actor/hezbollah.ttl'));
    expect(stderr).toContain(`returned ${hezbollah.triples} triples`);
    const turtle = readFileSync(join(dir, 'doc/actor/hezbollah.ttl'), 'utf8');
    expect(turtle).toMatch(/^participation:[\w-]+ [\s\S]*?\n {4}ckg:actor actor:hezbollah [;.]$/m);
    expect(turtle).toMatch(/^actor:hassan-nasrallah schema:memberOf actor:hezbollah ;$/m);
  });
});

describe('a concept scheme document', () => {
  it('holds the scheme and every triple of each of its concepts (concept/role)', () => {
    const ontology = fileQuads(ONTOLOGY_FILE);
    const scheme = 'https://w3id.org/conflict-kg/concept/role';
    const concepts = new Set(
      ontology
        .filter((q) => q.predicate.value.endsWith('core#inScheme') && q.object.value === scheme)
        .map((q) => q.subject.value),
    );
    expect(concepts.size).toBeGreaterThan(5);
    const doc = fileQuads(join(dir, 'doc/concept/role.ttl'));
    for (const q of ontology.filter((q) => q.subject.value === scheme || concepts.has(q.subject.value)))
      expect(
        doc.some((d) => d.equals(q)),
        `${q.subject.value} ${q.predicate.value}`,
      ).toBe(true);
  });
});

describe('the vocabulary at its IRIs, through serve', () => {
  it.each(['/ontology', '/ontology/0.1.0'])('gives rapper -g on %s the whole ontology file', async (path) => {
    const got = await rapperGraph(server.url + path);
    const ontology = fileQuads(ONTOLOGY_FILE);
    expect(got.length).toBe(ontology.length);
    expect(isomorphic(got, ontology)).toBe(true);
  });

  it('gives rapper -g on a term IRI (…/ontology#CasualtyCount) a document holding the term’s triples', async () => {
    const got = await rapperGraph(`${server.url}/ontology#CasualtyCount`);
    const own = fileQuads(ONTOLOGY_FILE).filter((q) => q.subject.value === CASUALTY_COUNT);
    expect(own.length).toBeGreaterThan(3);
    for (const q of own)
      expect(
        got.some((g) => g.equals(q)),
        `${q.predicate.value} ${q.object.value}`,
      ).toBe(true);
    const termDoc = fileQuads(join(dir, 'doc/ontology/CasualtyCount.ttl'));
    for (const q of own) expect(termDoc.some((g) => g.equals(q))).toBe(true);
  });

  it('gives rapper -g on /shapes every SHACL shape, blank nodes and lists included', async () => {
    const got = await rapperGraph(`${server.url}/shapes`);
    const shapes = fileQuads(SHAPES_FILE);
    expect(got.length).toBe(shapes.length);
    expect(isomorphic(got, shapes)).toBe(true);
  });

  it.each([
    ['/ontology', ONTOLOGY_FILE],
    ['/ontology/0.1.0', ONTOLOGY_FILE],
    ['/ontology#CasualtyCount', ONTOLOGY_FILE],
    ['/shapes', SHAPES_FILE],
  ])('lets rdflib follow %s in Turtle, N-Triples, JSON-LD, HTML and by its own negotiation', async (path, file) => {
    const result = await rdflibCheck<FetchCheck>('fetch', server.url + path, file);
    for (const [format, r] of Object.entries(result))
      expect([format, r.ok], JSON.stringify(r)).not.toEqual([format, false]);
    expect(Object.keys(result).sort()).toEqual(['html', 'json-ld', 'negotiated', 'nt', 'turtle']);
  });
});
