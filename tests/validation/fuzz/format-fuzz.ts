// Prints the fuzz summary as a table, and a disagreement as its mutations and both engines' results.
import type { Quad, Term } from 'n3';
import { termText } from '../../../src/validation/validate-graph.ts';
import type { FuzzCase } from './generate-cases.ts';
import { resultKey, type Judgement } from './compare-engines.ts';
import type { FuzzSummary } from './run-fuzz.ts';

const COLUMNS = ['cases', 'agree', 'documented: dates/times', 'documented: languages', 'documented: both', 'disagree'];

/** One row per mutation kind, then the totals. */
export function formatSummary(s: FuzzSummary): string {
  const rows = [...s.byKind].map(([kind, v]) => [kind, ...counts(v)]);
  rows.push(['all cases', ...counts(s.total)]);
  const head = ['mutation kind', ...COLUMNS];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: (string | number)[]) =>
    cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const notes = `${s.cases} cases (${s.multiple} with 2–4 mutations; a case counts under each of its kinds), ${Math.round(s.triples / Math.max(s.cases, 1))} triples checked per case on average`;
  return [line(head), rule, ...rows.slice(0, -1).map(line), rule, line(rows[rows.length - 1]), notes, reached(s)].join(
    '\n',
  );
}

/** What the cases reached: rdf-validate-shacl's results by constraint component and on inverse and sequence paths. */
function reached(s: FuzzSummary): string {
  const components = [...s.components]
    .sort((a, b) => b[1] - a[1])
    .map(([c, n]) => `${c.replace('ConstraintComponent', '')} ${n}`);
  return `rdf-validate-shacl results by component: ${components.join(', ')}; on inverse paths ${s.paths.inverse}, on sequence paths ${s.paths.sequence}`;
}

function counts(v: Record<string, number>): number[] {
  const cases = Object.values(v).reduce((a, b) => a + b, 0);
  return [cases, v.agreement, v.dates, v.languages, v['dates+languages'], v.disagreement];
}

/** The case (seed, number, every mutation as N-Triples) and the results only one engine gave. */
export function formatDisagreement(c: FuzzCase, j: Judgement): string {
  const lines = [`DISAGREEMENT: seed ${c.seed}, case ${c.index} (run again with --seed ${c.seed} --case ${c.index})`];
  for (const m of c.mutations) {
    lines.push(
      `  mutation ${m.kind}:`,
      ...m.remove.map((q) => `    - ${ntriple(q)}`),
      ...m.add.map((q) => `    + ${ntriple(q)}`),
    );
  }
  const only = (a: Judgement['compiled'], b: Judgement['compiled']) => {
    const rest = b.map(resultKey);
    return a.map(resultKey).filter((k) => {
      const i = rest.indexOf(k);
      if (i < 0) return true;
      rest.splice(i, 1);
      return false;
    });
  };
  lines.push('  only the compiled validator:', ...only(j.compiled, j.reference).map((k) => `    ${k}`));
  lines.push('  only rdf-validate-shacl:', ...only(j.reference, j.compiled).map((k) => `    ${k}`));
  lines.push(`  compiled validator (${j.compiled.length} results):`, ...j.compiled.map((r) => `    ${resultKey(r)}`));
  lines.push(`  rdf-validate-shacl (${j.reference.length} results):`, ...j.reference.map((r) => `    ${resultKey(r)}`));
  return lines.join('\n');
}

function ntriple(q: Quad): string {
  const text = (t: Term) => (t.termType === 'NamedNode' ? `<${t.value}>` : termText(t));
  return `${text(q.subject)} ${text(q.predicate)} ${text(q.object)} .`;
}
