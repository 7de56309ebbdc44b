// Reads the W3C SHACL Core test cases (the copy in tests/validation/w3c-core/) and turns reports into comparable rows.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Term } from '@rdfjs/types';
import { Parser, Store, type Quad } from 'n3';
import { NS } from '../../../src/vocab.ts';
import { termText } from '../../../src/validation/validate-graph.ts';
import type { CompiledResult } from '../../../src/validation/compiled/validate-compiled.ts';

/** The core manifest: it includes one manifest per folder (node, property, path, misc, targets, complex, validation-reports). */
export const SUITE = new URL('../w3c-core/', import.meta.url);

const MF = 'http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#';
const SHT = 'http://www.w3.org/ns/shacl-test#';
const SH = NS.sh;

export interface W3cCase {
  /** The entry's IRI relative to the suite: `property/minCount-001`. */
  id: string;
  label: string;
  data: Quad[];
  shapes: Quad[];
  conforms: boolean;
  /** The expected report's results, as rows (see ReportRow). */
  results: ReportRow[];
}

/**
 * One validation result as the suite compares them: each field's term in text form (`-` when absent), the path read
 * structurally. Blank nodes compare by label: the expected report names those of its own file, parsed once with the data
 * and shapes graphs (readEntry throws for one that is in neither graph).
 */
export type ReportRow = [
  focusNode: string,
  resultPath: string,
  value: string,
  sourceShape: string,
  component: string,
  severity: string,
];

const files = new Map<string, Quad[]>();

/** The quads of a suite file, parsed once (so a file used as both data and shapes graph shares its blank nodes). */
function load(url: string): Quad[] {
  let quads = files.get(url);
  if (!quads) {
    quads = new Parser({ format: 'text/turtle', baseIRI: url }).parse(readFileSync(fileURLToPath(url), 'utf8'));
    files.set(url, quads);
  }
  return quads;
}

/** Every sht:Validate entry reached from the core manifest, in manifest order. */
export function loadSuite(): W3cCase[] {
  const cases: W3cCase[] = [];
  const visit = (url: string) => {
    const store = new Store(load(url));
    for (const inc of store.getObjects(url, `${MF}include`, null)) visit(inc.value);
    for (const head of store.getObjects(url, `${MF}entries`, null))
      for (const entry of list(store, head)) cases.push(readEntry(store, entry));
  };
  visit(new URL('manifest.ttl', SUITE).href);
  return cases;
}

function readEntry(store: Store, entry: Term): W3cCase {
  const one = (s: Term, p: string) => {
    const [o, extra] = store.getObjects(s, p, null);
    if (!o || extra) throw new Error(`W3C suite: ${entry.value} must have exactly one <${p}>`);
    return o;
  };
  if (store.countQuads(entry, `${NS.rdf}type`, `${SHT}Validate`, null) === 0) {
    throw new Error(`W3C suite: ${entry.value} is not an sht:Validate entry`);
  }
  const action = one(entry, `${MF}action`);
  const report = one(entry, `${MF}result`);
  const data = load(one(action, `${SHT}dataGraph`).value);
  const shapes = load(one(action, `${SHT}shapesGraph`).value);
  const graphs = new Store([...data, ...shapes]);
  const results = store.getObjects(report, `${SH}result`, null).map((r): ReportRow => {
    const field = (p: string) => store.getObjects(r, SH + p, null)[0];
    const node = (t: Term | undefined) => {
      if (
        t?.termType === 'BlankNode' &&
        graphs.countQuads(t, null, null, null) + graphs.countQuads(null, null, t, null) === 0
      ) {
        throw new Error(
          `W3C suite: ${entry.value} names blank node ${t.value}, which is in neither the data nor the shapes graph`,
        );
      }
      return t ? termText(t) : '-';
    };
    const path = field('resultPath');
    return [
      node(field('focusNode')),
      path ? pathText(store, path) : '-',
      node(field('value')),
      node(field('sourceShape')),
      field('sourceConstraintComponent')?.value ?? '-',
      field('resultSeverity')?.value ?? '-',
    ];
  });
  return {
    id: entry.value.slice(SUITE.href.length),
    label: store.getObjects(entry, `${NS.rdfs}label`, null)[0]?.value ?? '',
    data,
    shapes,
    conforms: one(report, `${SH}conforms`).value === 'true',
    results: results.sort(compareRows),
  };
}

/** The compiled validator's results as rows (its result paths are read back from the shapes graph). */
export function compiledRows(results: readonly CompiledResult[], shapes: readonly Quad[]): ReportRow[] {
  const store = new Store([...shapes]);
  return results
    .map(
      (r): ReportRow => [
        termText(r.focusNode),
        r.path ? pathText(store, r.path) : '-',
        r.value ? termText(r.value) : '-',
        termText(r.shape.node),
        SH + r.component,
        r.severity.value,
      ],
    )
    .sort(compareRows);
}

function compareRows(a: ReportRow, b: ReportRow): number {
  const [ka, kb] = [a.join('\u0000'), b.join('\u0000')];
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * A SHACL path in SPARQL notation, read structurally (so blank path nodes of different graphs compare): `<p>`, `^<p>`,
 * `(<a>/<b>)`. A node that is a list and something else is the sequence, as the suite reads it (path/path-strange-001).
 */
export function pathText(store: Store, path: Term): string {
  if (path.termType === 'NamedNode') return `<${path.value}>`;
  if (store.countQuads(path, `${NS.rdf}first`, null, null) > 0)
    return `(${list(store, path)
      .map((p) => pathText(store, p))
      .join('/')})`;
  const get = (name: string) => store.getObjects(path, SH + name, null)[0];
  const unary: Record<string, (inner: string) => string> = {
    inversePath: (p) => `^${p}`,
    zeroOrMorePath: (p) => `${p}*`,
    oneOrMorePath: (p) => `${p}+`,
    zeroOrOnePath: (p) => `${p}?`,
  };
  for (const [name, wrap] of Object.entries(unary)) {
    const inner = get(name);
    if (inner) return wrap(pathText(store, inner));
  }
  const alternatives = get('alternativePath');
  if (alternatives)
    return `(${list(store, alternatives)
      .map((p) => pathText(store, p))
      .join('|')})`;
  throw new Error(`W3C suite: ${path.value} is no SHACL path`);
}

function list(store: Store, head: Term): Term[] {
  const out: Term[] = [];
  for (let node = head; node.value !== `${NS.rdf}nil`; ) {
    out.push(store.getObjects(node, `${NS.rdf}first`, null)[0]);
    node = store.getObjects(node, `${NS.rdf}rest`, null)[0];
  }
  return out;
}
