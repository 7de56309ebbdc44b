// Replaces the blank nodes of a SHACL validation report with deterministic IRIs under a base, so the report is publishable.
import { createHash } from 'node:crypto';
import { DataFactory, type Quad, type Quad_Object, type Quad_Subject, type Term } from 'n3';
import { rdf, sh } from '../vocab.ts';

const { namedNode, quad } = DataFactory;

type Index = Map<string, Quad[]>;

/** Blank subject → its quads. */
export function indexBlankSubjects(quads: Quad[]): Index {
  const index: Index = new Map();
  for (const q of quads) {
    if (q.subject.termType !== 'BlankNode') continue;
    const list = index.get(q.subject.value) ?? [];
    list.push(q);
    index.set(q.subject.value, list);
  }
  return index;
}

/** A short content hash (16 hex digits of SHA-256). */
export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** A term as text; a blank node is replaced by the sorted description of what it has (recursively). */
export function describeTerm(term: Term, index: Index, seen: Set<string> = new Set()): string {
  if (term.termType === 'NamedNode') return `<${term.value}>`;
  if (term.termType === 'Literal') {
    return `${JSON.stringify(term.value)}${term.language ? `@${term.language}` : `^^<${term.datatype.value}>`}`;
  }
  const quads = index.get(term.value);
  if (!quads || seen.has(term.value)) return '[]';
  const inner = new Set(seen).add(term.value);
  const lines = quads.map((q) => `<${q.predicate.value}> ${describeTerm(q.object, index, inner)}`).sort();
  return `[ ${lines.join(' ; ')} ]`;
}

/**
 * The report with every blank node named:
 * the report `<base>report`; each result `<base>result/<hash of focus node, path, component and value>`
 * (`-2`, `-3` … for results that share all four); a shape `<base>shape/<hash of its description in the shapes graph>`;
 * a node the report describes `<base>node/<hash of that description>`; any other blank node (a blank node of the data)
 * `<base>blank/<hash of its label>`.
 * @example skolemizeReport(report, shapes, 'https://…/validation/') // [ <…/validation/report> sh:result <…/validation/result/3f9a0c1d2e4b5a67> … ]
 */
export function skolemizeReport(report: Quad[], shapes: Quad[], base: string): Quad[] {
  const reportIndex = indexBlankSubjects(report);
  const shapesIndex = indexBlankSubjects(shapes);
  const names = nameResults(report, reportIndex, base);
  for (const q of report) {
    if (q.predicate.equals(rdf.type) && q.object.equals(sh.ValidationReport))
      names.set(q.subject.value, `${base}report`);
  }
  const name = (t: Term): string => {
    const known = names.get(t.value);
    if (known) return known;
    const iri = shapesIndex.has(t.value)
      ? `${base}shape/${shortHash(describeTerm(t, shapesIndex))}`
      : reportIndex.has(t.value)
        ? `${base}node/${shortHash(describeTerm(t, reportIndex))}`
        : `${base}blank/${shortHash(t.value)}`;
    names.set(t.value, iri);
    return iri;
  };
  const rename = <T extends Term>(t: T) => (t.termType === 'BlankNode' ? namedNode(name(t)) : t);
  return report.map((q) => quad(rename(q.subject) as Quad_Subject, q.predicate, rename(q.object) as Quad_Object));
}

/** Names each result node from its focus node, path, component and value; results alike in all four are numbered in content order. */
function nameResults(report: Quad[], index: Index, base: string): Map<string, string> {
  const results = report.filter((q) => q.predicate.equals(sh.result)).map((q) => q.object);
  const keyed = results.map((r) => {
    const get = (p: string) => (index.get(r.value) ?? []).find((q) => q.predicate.value === p)?.object;
    const key = [sh.focusNode, sh.resultPath, sh.sourceConstraintComponent, sh.value]
      .map((term) => term.value)
      .map((p) => {
        const t = get(p);
        return t ? describeTerm(t, index) : '';
      })
      .join('\n');
    return { node: r.value, hash: shortHash(key), content: describeTerm(r, index) };
  });
  keyed.sort((a, b) => (a.hash + a.content < b.hash + b.content ? -1 : 1));
  const names = new Map<string, string>();
  const used = new Map<string, number>();
  for (const { node, hash } of keyed) {
    const n = (used.get(hash) ?? 0) + 1;
    used.set(hash, n);
    names.set(node, `${base}result/${hash}${n > 1 ? `-${n}` : ''}`);
  }
  return names;
}
