// Turns compiled results into validateGraph's ShapeResult strings, sorted the same way, so the two engines compare directly.
import type { Term } from '@rdfjs/types';
import { NS } from '../../vocab.ts';
import { localName } from '../../terms.ts';
import { compareResults, termText, type ShapeResult } from '../validate-graph.ts';
import type { CompiledShapes } from './compile-shapes.ts';
import type { CompiledResult } from './validate-compiled.ts';

/** The results as validateGraph reports them. */
export function toShapeResults(results: readonly CompiledResult[], compiled: CompiledShapes): ShapeResult[] {
  return results.map((r) => toShapeResult(r, compiled)).sort(compareResults);
}

function toShapeResult(r: CompiledResult, compiled: CompiledShapes): ShapeResult {
  const out: ShapeResult = {
    focusNode: termText(r.focusNode),
    message: r.messages.join('; ') || `${r.component} failed`,
    severity: localName(r.severity.value).toLowerCase() as ShapeResult['severity'],
    component: r.component,
  };
  if (r.path) out.path = r.path.termType === 'NamedNode' ? r.path.value : r.shape.path!.text;
  if (r.value) out.value = termText(r.value);
  const shape = shapeName(r.shape.node, compiled);
  if (shape) out.shape = shape;
  return out;
}

function shapeName(shape: Term, compiled: CompiledShapes): string | undefined {
  if (shape.termType === 'NamedNode') return shape.value;
  const holder = compiled.graph.in(shape, `${NS.sh}property`)[0];
  return holder?.termType === 'NamedNode' ? holder.value : undefined;
}
