// The differential fuzz: seeded mutations of the exported graph, each checked by both engines, tallied by mutation kind.
import type { Quad } from 'n3';
import { loadShapes } from '../../../src/validation/load-shapes.ts';
import { compileShapes } from '../../../src/validation/compiled/compile-shapes.ts';
import { createCaseGenerator, KINDS, type FuzzCase } from './generate-cases.ts';
import { createJudge, type Judgement, type Verdict } from './compare-engines.ts';
import { readBaseGraph } from './graph-sites.ts';
import { neighbourhood } from './neighbourhood.ts';

export interface FuzzOptions {
  cases: number;
  seed: number;
  /** Check the whole mutated graph (about 3,200 triples) instead of the neighbourhood of the mutations. */
  wholeGraph?: boolean;
  /** The first case number (to run one case again: `first: n, cases: 1`). Default 0. */
  first?: number;
  /** Called for each disagreement as soon as it is found. */
  onDisagreement?: (c: FuzzCase, judgement: Judgement, checked: Quad[]) => void;
  /** Called after every case with the number of cases done. */
  onProgress?: (done: number) => void;
}

/** Cases, results and verdicts counted per mutation kind (a case with several kinds counts under each). */
export interface FuzzSummary {
  cases: number;
  multiple: number;
  triples: number;
  byKind: Map<string, Record<Verdict, number>>;
  total: Record<Verdict, number>;
  /** rdf-validate-shacl's results over all cases, by constraint component and by kind of path (what the cases reached). */
  components: Map<string, number>;
  paths: { inverse: number; sequence: number };
  disagreements: { c: FuzzCase; judgement: Judgement }[];
}

/** A sequence path in ShapeResult text: a step boundary followed by another IRI or an inverse step. */
const SEQUENCE = /\/(\^|https?:)/;
const VERDICTS: Verdict[] = ['agreement', 'dates', 'languages', 'dates+languages', 'disagreement'];
const zero = () => Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;

export async function runFuzz(options: FuzzOptions): Promise<FuzzSummary> {
  const shapes = loadShapes();
  const base = readBaseGraph();
  const generate = createCaseGenerator(base, compileShapes(shapes));
  const judge = createJudge(shapes);
  const summary: FuzzSummary = {
    cases: 0,
    multiple: 0,
    triples: 0,
    byKind: new Map(KINDS.map((k) => [k, zero()])),
    total: zero(),
    components: new Map(),
    paths: { inverse: 0, sequence: 0 },
    disagreements: [],
  };
  const first = options.first ?? 0;
  for (let index = first; index < first + options.cases; index++) {
    const c = generate(options.seed, index);
    const checked = options.wholeGraph ? c.quads : neighbourhood(c.quads, c.touched);
    const judgement = await judge(checked);
    tally(summary, c, judgement, checked.length);
    if (judgement.verdict === 'disagreement') {
      summary.disagreements.push({ c, judgement });
      options.onDisagreement?.(c, judgement, checked);
    }
    options.onProgress?.(index - first + 1);
  }
  return summary;
}

function tally(summary: FuzzSummary, c: FuzzCase, { verdict, reference }: Judgement, triples: number): void {
  summary.cases++;
  for (const r of reference) {
    summary.components.set(r.component, (summary.components.get(r.component) ?? 0) + 1);
    if (r.path?.startsWith('^')) summary.paths.inverse++;
    if (r.path && SEQUENCE.test(r.path)) summary.paths.sequence++;
  }
  summary.triples += triples;
  if (c.mutations.length > 1) summary.multiple++;
  summary.total[verdict]++;
  for (const kind of new Set(c.mutations.map((m) => m.kind))) summary.byKind.get(kind)![verdict]++;
}
