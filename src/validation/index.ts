// The public face of src/validation/: what other folders may import from it.
export type { CompiledShapes } from './compiled/compile-shapes.ts';
export { DataIndex, termKey } from './compiled/data-index.ts';
export type { Check, CompiledShape } from './compiled/model.ts';
export type { ShapesGraph } from './compiled/shapes-graph.ts';
export { focusNodes, readTargets } from './compiled/targets.ts';
export { toShapeResults } from './compiled/to-shape-results.ts';
export { createCompiledValidator } from './compiled/validate-compiled.ts';
export { loadShapes } from './load-shapes.ts';
export { reportToDiagnostics } from './report-to-diagnostics.ts';
export { skolemizeReport } from './skolemize-report.ts';
export { validateGraph } from './validate-graph.ts';
export type { ShapeResult, ValidationOutcome } from './validate-graph.ts';
