// The RDF syntaxes the server writes a graph in (documents, CONSTRUCT and DESCRIBE answers, the service
// description), and the conversion from N-Triples, done by oxigraph in this thread (graphs here are small).
import { openStore } from '../query/index.ts';
import type { Offer } from './negotiate.ts';

export type GraphFormat = 'turtle' | 'ntriples' | 'jsonld' | 'rdfxml';

/** Graph syntaxes in the server's order of preference; aliases count only when named exactly. */
export const GRAPH_OFFERS: readonly Offer<GraphFormat>[] = [
  { name: 'turtle', types: ['text/turtle', 'application/x-turtle', 'application/turtle'] },
  { name: 'ntriples', types: ['application/n-triples', 'text/plain'] },
  { name: 'jsonld', types: ['application/ld+json', 'application/json'] },
  { name: 'rdfxml', types: ['application/rdf+xml', 'application/xml'] },
];

/** The Content-Type of each syntax. */
export const GRAPH_CONTENT_TYPES: Record<GraphFormat, string> = {
  turtle: 'text/turtle; charset=utf-8',
  ntriples: 'application/n-triples; charset=utf-8',
  jsonld: 'application/ld+json',
  rdfxml: 'application/rdf+xml',
};

/** N-Triples in another syntax: N-Triples is already Turtle; JSON-LD (expanded) and RDF/XML are written by oxigraph. */
export async function convertGraph(ntriples: string, format: GraphFormat): Promise<string> {
  if (format === 'ntriples' || format === 'turtle') return ntriples;
  const store = openStore();
  await store.load({ text: ntriples, format: 'application/n-triples' });
  const type = format === 'jsonld' ? 'application/ld+json' : 'application/rdf+xml';
  const body = await store.query({ sparql: 'CONSTRUCT WHERE { ?s ?p ?o }', format: type });
  await store.close();
  return body.endsWith('\n') ? body : `${body}\n`;
}
