// Turns SHACL results into diagnostics located at the YAML entry that produced the offending node.
import { error, type Diagnostic, type SourceSpan } from '../diagnostics.ts';
import type { MappedGraph } from '../mapping/index.ts';
import type { ShapeResult, ValidationOutcome } from './validate-graph.ts';
import { NS } from '../vocab.ts';
import { prefixedName } from '../terms.ts';

/** One diagnostic per SHACL result: `file:line:col: error E_SHACL_VIOLATION: <sh:message> (focus …, path …)`. */
export function reportToDiagnostics(outcome: ValidationOutcome, graph: MappedGraph): Diagnostic[] {
  const prefixes = { ...graph.prefixes, sh: NS.sh, ckgsh: NS.ckgsh };
  return outcome.results.map((r) => {
    const d = error('E_SHACL_VIOLATION', describe(r, prefixes), locate(r.focusNode, graph));
    if (r.severity !== 'violation') d.severity = 'warning';
    return d;
  });
}

function describe(r: ShapeResult, prefixes: Record<string, string>): string {
  const parts = [`focus ${compact(r.focusNode, prefixes)}`];
  if (r.path) parts.push(`path ${compact(r.path, prefixes)}`);
  if (r.value !== undefined)
    parts.push(
      `value ${r.value.replace(/<([^<>]*)>/g, (iri, inner: string) => (compact(inner, prefixes) === inner ? iri : compact(inner, prefixes)))}`,
    );
  parts.push(`${r.component}${r.shape ? ` of ${compact(r.shape, prefixes)}` : ''}`);
  return `${r.message} (${parts.join(', ')})`;
}

/** The YAML position of the node, or of the first entry that links to it (citations are made from `cite` lists). */
function locate(focus: string, graph: MappedGraph): SourceSpan | undefined {
  const direct = graph.provenance.get(focus);
  if (direct) return direct;
  const referrer = graph.quads.find((q) => q.object.value === focus && graph.provenance.has(q.subject.value));
  return referrer ? graph.provenance.get(referrer.subject.value) : undefined;
}

/** `https://…/ontology#Event` → `ckg:Event` with the graph's prefixes; other values unchanged. */
function compact(value: string, prefixes: Record<string, string>): string {
  return prefixedName(value, prefixes) ?? value;
}
