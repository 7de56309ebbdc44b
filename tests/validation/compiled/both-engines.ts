// Validates small Turtle graphs with both SHACL engines, for tests that pin what each one reports.
import { Parser, type Quad } from 'n3';
import { validateGraph, type ShapeResult } from '../../../src/validation/validate-graph.ts';
import {
  createCompiledValidator,
  type CompiledValidateOptions,
} from '../../../src/validation/compiled/validate-compiled.ts';
import { toShapeResults } from '../../../src/validation/compiled/to-shape-results.ts';

const PREFIXES = `@prefix ex: <http://example.org/> . @prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n`;

/** Parses Turtle with the ex:, sh:, xsd:, rdf: and rdfs: prefixes declared. */
export function turtle(text: string): Quad[] {
  return new Parser({ format: 'text/turtle' }).parse(PREFIXES + text);
}

/** The compiled validator's results, as validateGraph gives them. */
export function compiledResults(shapes: string, data: string, options: CompiledValidateOptions = {}): ShapeResult[] {
  const validator = createCompiledValidator(turtle(shapes));
  return toShapeResults(validator.validate(validator.index(turtle(data)), options), validator.compiled);
}

/** rdf-validate-shacl's results. */
export async function referenceResults(shapes: string, data: string): Promise<ShapeResult[]> {
  return (await validateGraph(turtle(data), turtle(shapes))).results;
}

/** Focus node, component and value of each result (the short form tests pin). */
export function brief(results: ShapeResult[]): string[] {
  return results.map((r) => `${r.focusNode} ${r.component}${r.value === undefined ? '' : ` ${r.value}`}`);
}
