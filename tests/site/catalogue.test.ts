// `conflict-kg site` over several datasets (the register fixture: alpha and beta, which share red-army and hill-1):
// one page tree, a shared entity's one page with what both datasets say, the catalogue as the home page (a
// dcat:Catalog, its RDF served like every page), one VoID description per dataset, read back by rdflib.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { DataFactory } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { buildSite, type Site } from '../../src/site/index.ts';
import { memoryIo } from '../helpers/memory-io.ts';
import { checkLinks } from './check-links.ts';
import { checkHtml } from './fixture/html-check.ts';
import { ALPHA, BETA, builtRegister, CATALOG, HILL, ntLines, RED_ARMY, registerSite } from './fixture/register-site.ts';

const rdflib = spawnSync('/usr/bin/python3', ['-c', 'import rdflib']).status === 0;
const root = new URL('../../', import.meta.url).pathname;

let cwd: string;
let out: string;
let site: Site;
let printed: string;

beforeAll(async () => {
  cwd = await builtRegister();
  // The working folder of a project: the ontology and the shapes beside dist/, as `site` reads them.
  symlinkSync(join(root, 'ontology'), join(cwd, 'ontology'));
  symlinkSync(join(root, 'shapes'), join(cwd, 'shapes'));
  out = join(cwd, 'site');
  const io = memoryIo({ cwd });
  expect(await run(['site', '--out', out], io), io.err.join('')).toBe(0);
  printed = io.out.join('');
  site = await registerSite(cwd);
});

const page = (doc: string) => readFileSync(join(out, `${doc}.html`), 'utf8');

describe('conflict-kg site without --data or --graph: every dataset built in dist/', () => {
  it('writes one site of both datasets, each one’s resources under its own folder', () => {
    expect(printed).toBe(`wrote ${site.files.size} files (${site.docs.size} resources) to ${out}\n`);
    expect(site.datasets.map((d) => d.iri)).toEqual([ALPHA, BETA]);
    expect(existsSync(join(out, 'doc/alpha/event/first-offensive.html'))).toBe(true);
    expect(existsSync(join(out, 'doc/beta/event/second-offensive.html'))).toBe(true);
    for (const f of ['alpha', 'beta', 'conflict-kg'].flatMap((id) => ['ttl', 'nt', 'jsonld'].map((x) => `${id}.${x}`)))
      expect(readdirSync(join(out, 'dump'))).toContain(f);
  });

  it('writes a shared entity once, at the register’s place, with what both datasets say about it', () => {
    expect(existsSync(join(out, 'doc/actor/red-army.html'))).toBe(true);
    expect(existsSync(join(out, 'doc/alpha/actor'))).toBe(false);
    expect(existsSync(join(out, 'doc/beta/actor'))).toBe(false);
    const html = page('doc/actor/red-army');
    // Both datasets' footnotes, participations and operations.
    for (const href of [
      '../alpha/citation/wiki-1.html',
      '../beta/citation/wiki-2.html',
      '../alpha/participation/red-in-first.html',
      '../beta/participation/red-in-second.html',
      '../alpha/event/first-offensive.html',
      '../beta/event/second-offensive.html',
    ])
      expect(html).toContain(`href="${href}"`);
    const hill = page('doc/place/hill-1');
    for (const href of ['../alpha/event/first-offensive.html', '../beta/event/second-offensive.html'])
      expect(hill).toContain(`href="${href}"`);
    // Its N-Triples document: each triple once, though both datasets state its type.
    const lines = readFileSync(join(out, 'doc/actor/red-army.nt'), 'utf8').split('\n');
    const typed = lines.filter((l) => l.startsWith(`<${RED_ARMY}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>`));
    expect(typed.length).toBeGreaterThan(1);
    expect(new Set(typed).size).toBe(typed.length);
    expect(site.docs.get('doc/place/hill-1')).toBe(HILL);
  });

  it('makes the catalogue the home page: both datasets, their downloads and VoID, the union, the catalogue’s RDF', () => {
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    expect(home).toContain('<a href="doc/alpha/dataset/alpha.html">First offensive</a>');
    expect(home).toContain('<a href="doc/beta/dataset/beta.html">Second offensive</a>');
    for (const href of ['void/alpha.ttl', 'void/beta.ttl', 'dump/alpha.nt', 'dump/beta.nt', 'dump/conflict-kg.nt'])
      expect(home).toContain(`href="${href}"`);
    expect(home).toContain('<link rel="alternate" type="text/turtle" href="doc/catalog.ttl">');
    expect(home).toContain('"@type": "DataCatalog"');
    for (const ext of ['html', 'ttl', 'nt', 'jsonld']) expect(existsSync(join(out, `doc/catalog.${ext}`))).toBe(true);
    expect(site.docs.get('doc/catalog')).toBe(CATALOG);
  });

  it('has no broken internal link, and every page passes the HTML check', async () => {
    const result = await checkLinks(out);
    expect(result.broken).toEqual([]);
    const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    const failures = pages.flatMap((f) => checkHtml(readFileSync(join(out, f), 'utf8')).map((p) => `${f}: ${p}`));
    expect(failures).toEqual([]);
  });

  it('writes what buildSite builds, the same bytes run to run', async () => {
    for (const [name, text] of site.files) expect(readFileSync(join(out, name), 'utf8'), name).toBe(text);
    const again = await registerSite(cwd);
    expect([...again.files]).toEqual([...site.files]);
  });

  it('refuses datasets under different roots (one site mirrors one IRI space)', () => {
    const moved = site.datasets[1]!.quads.map((q) =>
      DataFactory.quad(
        q.subject.termType === 'NamedNode'
          ? DataFactory.namedNode(q.subject.value.replace('https://example.org/', 'https://example.net/'))
          : q.subject,
        q.predicate,
        q.object,
      ),
    );
    expect(() => buildSite({ datasets: [site.datasets[0]!.quads, moved] })).toThrow(
      'expected every dataset of one site under one root IRI, found https://example.org/ (https://example.org/id/alpha/) and https://example.net/ (https://example.net/id/beta/)',
    );
  });
});

/**
 * What rdflib reads in the catalogue's documents and the VoID descriptions: the catalogue's datasets in each format of
 * its document and in `.well-known/void`, whether those formats hold one graph, and every `void:triples` of a dataset
 * or the catalogue in the file that describes it.
 */
function readWithRdflib(dir: string): {
  datasets: Record<string, string[]>;
  sameGraph: boolean;
  triples: Record<string, number>;
} {
  const script = `
import json, os, sys, rdflib
from rdflib.compare import isomorphic
rdflib.NORMALIZE_LITERALS = False
site = sys.argv[1]
DCAT = rdflib.Namespace("http://www.w3.org/ns/dcat#")
VOID = rdflib.Namespace("http://rdfs.org/ns/void#")
def g(path, fmt):
    return rdflib.Graph().parse(os.path.join(site, path), format=fmt)
docs = {"doc/catalog.ttl": g("doc/catalog.ttl", "turtle"), "doc/catalog.nt": g("doc/catalog.nt", "nt"),
        "doc/catalog.jsonld": g("doc/catalog.jsonld", "json-ld"), ".well-known/void": g(".well-known/void", "turtle")}
datasets = {name: sorted(str(d) for c in gr.subjects(rdflib.RDF.type, DCAT.Catalog) for d in gr.objects(c, DCAT.dataset))
            for name, gr in docs.items()}
same = isomorphic(docs["doc/catalog.ttl"], docs["doc/catalog.nt"]) and isomorphic(docs["doc/catalog.ttl"], docs["doc/catalog.jsonld"])
triples = {}
for path, node in (("void/alpha.ttl", sys.argv[2]), ("void/beta.ttl", sys.argv[3]), (".well-known/void", sys.argv[4])):
    triples[path] = int(g(path, "turtle").value(rdflib.URIRef(node), VOID.triples))
print(json.dumps({"datasets": datasets, "sameGraph": same, "triples": triples}))
`;
  const text = execFileSync('/usr/bin/python3', ['-c', script, dir, ALPHA, BETA, CATALOG], { encoding: 'utf8' });
  return JSON.parse(text);
}

describe.skipIf(!rdflib && !process.env.CI)('the catalogue and the VoID descriptions, read by rdflib', () => {
  it('is a dcat:Catalog listing both datasets, the same graph in Turtle, N-Triples and JSON-LD', () => {
    const read = readWithRdflib(out);
    for (const name of ['doc/catalog.ttl', 'doc/catalog.nt', 'doc/catalog.jsonld', '.well-known/void'])
      expect(read.datasets[name], name).toEqual([ALPHA, BETA]);
    expect(read.sameGraph).toBe(true);
  });

  it('counts each dataset’s own triples in its VoID, and the union’s in the catalogue’s', () => {
    const { triples } = readWithRdflib(out);
    const alpha = ntLines(cwd, 'alpha.nt');
    const beta = ntLines(cwd, 'beta.nt');
    const union = ntLines(cwd, 'conflict-kg.nt');
    expect(triples['void/alpha.ttl']).toBe(alpha.length);
    expect(triples['void/beta.ttl']).toBe(beta.length);
    // The union is the set union: the sum of the datasets' triples less those both hold (a shared entity's).
    const shared = alpha.filter((l) => beta.includes(l)).length;
    expect(shared).toBeGreaterThan(0);
    expect(triples['.well-known/void']).toBe(union.length);
    expect(union.length).toBe(alpha.length + beta.length - shared);
  });
});
