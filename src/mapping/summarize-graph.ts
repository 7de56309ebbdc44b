// Counts what a graph holds: entities and facts by class, triples, and the citations used.
import type { Quad } from 'n3';
import { NS, ckg, prov, rdf } from '../vocab.ts';

export interface GraphSummary {
  triples: number;
  /** ckg class local name → number of instances, in the order of CLASSES. */
  byClass: [string, number][];
  /** Footnote citation IRIs that at least one node derives from, and the whole sources cited. */
  citationsUsed: number;
  sourcesCitedWhole: number;
}

const CLASSES = [
  'ArmedConflict',
  'MilitaryOperation',
  'Phase',
  'Incident',
  'Side',
  'Participation',
  'Quantity',
  'Outcome',
  'Claim',
  'Actor',
  'State',
  'ArmedForces',
  'ArmedGroup',
  'Unit',
  'Person',
  'Place',
  'TimeSpan',
  'Instant',
  'SourceDocument',
  'Citation',
] as const;

export function summarizeGraph(quads: Quad[]): GraphSummary {
  const summary = createSummary();
  summary.add(quads);
  return summary.result();
}

/** A summary built a batch of quads at a time (the partitioned export sees one partition at a time). */
export function createSummary(): { add(quads: readonly Quad[]): void; result(): GraphSummary } {
  const counts = new Map<string, number>();
  const cited = new Set<string>();
  const citations = new Set<string>();
  let triples = 0;
  return {
    add(quads) {
      triples += quads.length;
      for (const q of quads) {
        if (q.predicate.equals(rdf.type) && q.object.value.startsWith(NS.ckg)) {
          const name = q.object.value.slice(NS.ckg.length);
          counts.set(name, (counts.get(name) ?? 0) + 1);
          if (q.object.equals(ckg.Citation)) citations.add(q.subject.value);
        }
        if (q.predicate.equals(prov.wasDerivedFrom)) cited.add(q.object.value);
      }
    },
    result() {
      const footnotes = [...cited].filter((c) => citations.has(c)).length;
      return {
        triples,
        byClass: CLASSES.map((c) => [c, counts.get(c) ?? 0]),
        citationsUsed: footnotes,
        sourcesCitedWhole: cited.size - footnotes,
      };
    },
  };
}

/** The summary as aligned lines for the terminal. */
export function formatSummary(s: GraphSummary): string {
  const rows: [string, number][] = [
    ...s.byClass.filter(([, n]) => n > 0),
    ['triples', s.triples],
    ['footnotes cited', s.citationsUsed],
    ['sources cited whole', s.sourcesCitedWhole],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, n]) => `  ${k.padEnd(width)}  ${String(n).padStart(7)}`).join('\n');
}
