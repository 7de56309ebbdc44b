// The public face of src/validation/: what other folders may import from it.
export { toShapeResults } from './compiled/to-shape-results.ts';
export { type CompiledValidateOptions, createCompiledValidator } from './compiled/validate-compiled.ts';
export { loadShapes, parseTurtle } from './load-shapes.ts';
export { reportToDiagnostics } from './report-to-diagnostics.ts';
export { skolemizeReport } from './skolemize-report.ts';
export type { ShapeResult, ValidationOutcome } from './validate-graph.ts';
export { validateGraph } from './validate-graph.ts';
