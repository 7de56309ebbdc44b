// Stage 3: checks a data graph against the SHACL shapes with rdf-validate-shacl and returns plain results plus a skolemized report.
import type { Term as RdfjsTerm } from '@rdfjs/types';
import { DataFactory, Store, type Quad, type Term } from 'n3';
import type SHACLValidator from 'rdf-validate-shacl';
import { DEFAULT_RESOURCE_BASE, NS } from '../vocab.ts';
import { localName } from '../terms.ts';
import { describeTerm, indexBlankSubjects, skolemizeReport } from './skolemize-report.ts';

/** One SHACL result, as plain strings (IRIs in full; literals as `"text"@lang` or `"text"^^<datatype>`). */
export interface ShapeResult {
  focusNode: string;
  /** The property path: an IRI, or `^<iri>` for an inverse path and the like for other paths. */
  path?: string;
  value?: string;
  /** The shape's sh:message (several joined by "; "), else the engine's own message. */
  message: string;
  severity: 'violation' | 'warning' | 'info';
  /** The local name of the constraint component: `MinCountConstraintComponent`. */
  component: string;
  /** The IRI of the source shape; for a blank property shape, the IRI of the named shape that holds it. */
  shape?: string;
}

export interface ValidationOutcome {
  conforms: boolean;
  /** Sorted by focus node, path, component, value and message. */
  results: ShapeResult[];
  /** The sh:ValidationReport, with no blank nodes (see skolemizeReport). */
  reportQuads: Quad[];
}

export interface ValidateOptions {
  /** The base under which the report's nodes are named; default `<DEFAULT_RESOURCE_BASE>validation/`. */
  reportBase?: string;
}

const { namedNode, blankNode, literal, quad, defaultGraph } = DataFactory;

/** A term of any RDF/JS factory (the engine's own factory is not n3's). */
interface AnyTerm {
  termType: string;
  value: string;
  language?: string;
  datatype?: { value: string };
}

/** The same term made with n3's factory, so n3 writers and stores take it. */
function fromTerm(t: AnyTerm): Term {
  if (t.termType === 'NamedNode') return namedNode(t.value);
  if (t.termType === 'BlankNode') return blankNode(t.value);
  if (t.termType === 'Literal') return literal(t.value, t.language || namedNode(t.datatype!.value));
  if (t.termType === 'DefaultGraph') return defaultGraph();
  throw new Error(`unexpected ${t.termType} term in a SHACL report`);
}

function fromQuad(q: { subject: AnyTerm; predicate: AnyTerm; object: AnyTerm }): Quad {
  return quad(
    fromTerm(q.subject) as Quad['subject'],
    fromTerm(q.predicate) as Quad['predicate'],
    fromTerm(q.object) as Quad['object'],
  );
}

type EngineResult = Awaited<ReturnType<SHACLValidator['validate']>>['results'][number];

/**
 * Validates `data` against `shapes` (SHACL Core; the data graph is an N3.Store, as measured fastest).
 * @example await validateGraph(quads, loadShapes()) //=> { conforms: true, results: [], reportQuads: [ … ] }
 */
export async function validateGraph(
  data: Quad[],
  shapes: Quad[],
  options: ValidateOptions = {},
): Promise<ValidationOutcome> {
  const { conforms, results, reportQuads } = await createReferenceValidator(shapes)(data);
  const base = options.reportBase ?? `${DEFAULT_RESOURCE_BASE}validation/`;
  return { conforms, results, reportQuads: skolemizeReport(reportQuads, shapes, base) };
}

/**
 * rdf-validate-shacl with the shapes read once, for validating many data graphs one after the other (never two at a
 * time: the engine keeps its report between calls). The report quads keep their blank nodes.
 */
export function createReferenceValidator(shapes: Quad[]): (data: Quad[]) => Promise<ValidationOutcome> {
  // Loaded on first use: a build runs the compiled validator and never needs this engine.
  let validator: Promise<SHACLValidator> | undefined;
  return async (data) => {
    validator ??= import('rdf-validate-shacl').then((m) => new m.default(new Store(shapes)));
    const report = await (await validator).validate(new Store(data));
    const reportQuads = [...report.dataset.match(null, null, null, null)].map((q) => fromQuad(q));
    const context = { report: indexBlankSubjects(reportQuads), shapes };
    const results = report.results.map((r) => toShapeResult(r, context)).sort(compareResults);
    return { conforms: report.conforms, results, reportQuads };
  };
}

interface Context {
  report: ReturnType<typeof indexBlankSubjects>;
  shapes: Quad[];
}

function toShapeResult(r: EngineResult, context: Context): ShapeResult {
  const component = r.sourceConstraintComponent.value;
  const result: ShapeResult = {
    focusNode: termText(fromTerm(r.focusNode)),
    message: r.message.map((m) => m.value).join('; ') || `${localName(component)} failed`,
    severity: localName(r.severity.value).toLowerCase() as ShapeResult['severity'],
    component: localName(component),
  };
  if (r.path) result.path = pathText(fromTerm(r.path), context);
  if (r.value) result.value = termText(fromTerm(r.value));
  const shape = shapeName(fromTerm(r.sourceShape), context.shapes);
  if (shape) result.shape = shape;
  return result;
}

/** An IRI as itself, a literal as `"text"@lang` / `"text"^^<datatype>` (`"text"` for xsd:string), a blank node as `_:label`. */
export function termText(t: RdfjsTerm): string {
  if (t.termType === 'NamedNode') return t.value;
  if (t.termType === 'BlankNode') return `_:${t.value}`;
  if (t.termType !== 'Literal') return t.value;
  const text = JSON.stringify(t.value);
  if (t.language) return `${text}@${t.language}`;
  return t.datatype.value === `${NS.xsd}string` ? text : `${text}^^<${t.datatype.value}>`;
}

/** A SHACL property path in SPARQL-like notation: `iri`, `^iri`, `a/b`, `a|b`, `a*`, `a+`, `a?`. */
function pathText(path: Term, context: Context): string {
  if (path.termType !== 'BlankNode') return path.value;
  const quads = context.report.get(path.value) ?? [];
  const get = (name: string) => quads.find((q) => q.predicate.value === NS.sh + name)?.object;
  // A list is a sequence path even where the same node also says sh:inversePath (W3C core/path/path-strange-001).
  const steps = listItems(path, context);
  if (steps.length > 0) return steps.map((p) => pathText(p, context)).join('/');
  const unary = { inversePath: '^', zeroOrMorePath: '*', oneOrMorePath: '+', zeroOrOnePath: '?' } as const;
  for (const [name, mark] of Object.entries(unary)) {
    const inner = get(name);
    if (inner) return mark === '^' ? `^${pathText(inner, context)}` : `${pathText(inner, context)}${mark}`;
  }
  const alternatives = get('alternativePath');
  if (alternatives)
    return `(${listItems(alternatives, context)
      .map((p) => pathText(p, context))
      .join('|')})`;
  return describeTerm(path, context.report);
}

/** The members of an RDF list described in the report (empty when the node is no list). */
function listItems(list: Term, context: Context): Term[] {
  const items: Term[] = [];
  for (let node = list; node.termType === 'BlankNode'; ) {
    const quads = context.report.get(node.value) ?? [];
    const first = quads.find((q) => q.predicate.value === `${NS.rdf}first`);
    const rest = quads.find((q) => q.predicate.value === `${NS.rdf}rest`);
    if (!first || !rest) break;
    items.push(first.object);
    node = rest.object;
  }
  return items;
}

/** The source shape's IRI, or for a blank property shape the named shape with `sh:property` it. */
function shapeName(shape: Term, shapes: Quad[]): string | undefined {
  if (shape.termType === 'NamedNode') return shape.value;
  const holder = shapes.find((q) => q.predicate.value === `${NS.sh}property` && q.object.equals(shape));
  return holder?.subject.termType === 'NamedNode' ? holder.subject.value : undefined;
}

/** The order of results in a report (both engines sort alike, so reports compare line by line). */
export function compareResults(a: ShapeResult, b: ShapeResult): number {
  const key = (r: ShapeResult) => [r.focusNode, r.path ?? '', r.component, r.value ?? '', r.message].join('\u0000');
  const [ka, kb] = [key(a), key(b)];
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
