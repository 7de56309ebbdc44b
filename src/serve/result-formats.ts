// What each query form can be answered in, by Accept: SPARQL results (JSON, XML, CSV, TSV) for SELECT, JSON and
// XML for ASK, RDF syntaxes for CONSTRUCT and DESCRIBE; an HTML table for a browser running the form.
import type { QueryForm } from '../sparql-tokens.ts';
import type { ResultsSyntax } from './cut-results.ts';
import { GRAPH_OFFERS, type GraphFormat } from './graph-formats.ts';
import type { Offer } from './negotiate.ts';

export type AnswerFormat = ResultsSyntax | GraphFormat | 'html';

const RESULTS: Record<ResultsSyntax, Offer<ResultsSyntax>> = {
  json: { name: 'json', types: ['application/sparql-results+json', 'application/json'] },
  xml: { name: 'xml', types: ['application/sparql-results+xml', 'application/xml'] },
  csv: { name: 'csv', types: ['text/csv'] },
  tsv: { name: 'tsv', types: ['text/tab-separated-values'] },
};
const HTML: Offer<'html'> = { name: 'html', types: ['text/html', 'application/xhtml+xml'] };

/** The offers for a query form, in the server's order of preference (`*\/*` gets the first). */
export function offersFor(form: QueryForm): readonly Offer<AnswerFormat>[] {
  if (form === 'SELECT') return [RESULTS.json, RESULTS.xml, RESULTS.csv, RESULTS.tsv, HTML];
  if (form === 'ASK') return [RESULTS.json, RESULTS.xml, HTML];
  return [...GRAPH_OFFERS, HTML];
}

/** The media type sent for a results syntax. */
export const RESULTS_CONTENT_TYPES: Record<ResultsSyntax, string> = {
  json: 'application/sparql-results+json',
  xml: 'application/sparql-results+xml',
  csv: 'text/csv; charset=utf-8',
  tsv: 'text/tab-separated-values; charset=utf-8',
};

/** The media type oxigraph is asked for: graphs always as N-Triples (cut at the limit, then converted), tables as JSON. */
export function engineFormat(format: AnswerFormat, isGraph: boolean): string {
  if (isGraph) return 'application/n-triples';
  if (format === 'html') return RESULTS.json.types[0]!;
  if (format in RESULTS) return RESULTS[format as ResultsSyntax].types[0]!;
  return 'application/n-triples';
}

export function isResultsSyntax(format: AnswerFormat): format is ResultsSyntax {
  return format in RESULTS;
}
