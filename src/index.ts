// conflict-kg as a library, a small surface in the spirit of oxigraph's (load, query, dump): export a dataset
// folder as checked linked data, open a SPARQL store on what was exported, publish it to a triple store.
// Every function reports bad input as a DiagnosticError (code, message, file:line:col); nothing here exits.
export type { Diagnostic, DiagnosticCode, SourceSpan } from './diagnostics.ts';
export { DiagnosticError, formatDiagnostic } from './diagnostics.ts';
export type { BuildOptions, CheckedGraph, ExportResult } from './pipeline/index.ts';
export { checkDataset, exportDataset } from './pipeline/index.ts';
export type { PublishOptions, PublishReport } from './publish/index.ts';
export { publishGraph } from './publish/index.ts';
export type { QueryResult, QueryText, SparqlStore } from './query/index.ts';
export { loadFiles, openStore, runQuery } from './query/index.ts';
