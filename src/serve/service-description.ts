// The SPARQL 1.1 Service Description of /sparql (what a client gets asking the endpoint for RDF without a query):
// the endpoint, its language and result formats, and its dataset (the graphs, their sizes, and the VoID description).
import { DataFactory, type Quad } from 'n3';
import { formats, rdf, sd, voidVocab, xsd } from '../vocab.ts';

const { namedNode, literal, quad } = DataFactory;

export interface ServiceInput {
  endpoint: string;
  /** Each named graph the endpoint holds and its number of triples; their union is the default graph. */
  graphs: Map<string, number>;
  /** Triples in the default graph when it is the RDF merge of the graphs (each triple once); else their sum. */
  defaultTriples?: number;
  /** The dataset's VoID/DCAT description, served with it. */
  voidQuads: Quad[];
}

const RESULT_FORMATS = [
  formats.SPARQL_Results_JSON,
  formats.SPARQL_Results_XML,
  formats.SPARQL_Results_CSV,
  formats.SPARQL_Results_TSV,
  formats.Turtle,
  formats['N-Triples'],
  formats['JSON-LD'],
  formats.RDF_XML,
];

/** The description's quads: no blank nodes (the nodes are fragments of the endpoint's IRI). */
export function describeService(input: ServiceInput): Quad[] {
  const service = namedNode(`${input.endpoint}#service`);
  const dataset = namedNode(`${input.endpoint}#dataset`);
  const defaultGraph = namedNode(`${input.endpoint}#default-graph`);
  const count = (n: number) => literal(String(n), xsd.integer);
  const total = input.defaultTriples ?? [...input.graphs.values()].reduce((a, b) => a + b, 0);
  const out: Quad[] = [
    quad(service, rdf.type, sd.Service),
    quad(service, sd.endpoint, namedNode(input.endpoint)),
    quad(service, sd.supportedLanguage, sd.SPARQL11Query),
    // Without default-graph-uri and named-graph-uri, the default graph is the union of the named graphs.
    quad(service, sd.feature, sd.UnionDefaultGraph),
    ...RESULT_FORMATS.map((f) => quad(service, sd.resultFormat, f)),
    quad(service, sd.defaultDataset, dataset),
    quad(dataset, rdf.type, sd.Dataset),
    quad(dataset, sd.defaultGraph, defaultGraph),
    quad(defaultGraph, rdf.type, sd.Graph),
    quad(defaultGraph, voidVocab.triples, count(total)),
  ];
  [...input.graphs].forEach(([name, triples], i) => {
    const node = namedNode(`${input.endpoint}#graph-${i + 1}`);
    out.push(
      quad(dataset, sd.namedGraph, node),
      quad(node, rdf.type, sd.NamedGraph),
      quad(node, sd.name, namedNode(name)),
      quad(node, voidVocab.triples, count(triples)),
    );
  });
  return [...out, ...input.voidQuads];
}
