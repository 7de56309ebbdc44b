// The kinds of change the differential fuzz makes to a graph, each a function of the graph's sites and a random source.
import { DataFactory, type Quad, type Term } from 'n3';
import { NS } from '../../../src/vocab.ts';
import type { Random } from '../../../src/synth/prng.ts';
import type { GraphSites } from './graph-sites.ts';
import { BAD_LEXICAL, BAD_TIMES, DATATYPES, TAGS } from './mutation-values.ts';

const { quad, namedNode, literal, blankNode } = DataFactory;
const xsd = (name: string) => namedNode(`${NS.xsd}${name}`);
const RDF_TYPE = namedNode(`${NS.rdf}type`);
const SUBCLASS_OF = namedNode(`${NS.rdfs}subClassOf`);

/** One change: the triples it removes and those it adds. */
export interface Mutation {
  kind: string;
  remove: Quad[];
  add: Quad[];
}

/** What a mutation kind works with: the graph's sites, a random source and fresh names. */
export interface MutationInput {
  sites: GraphSites;
  random: Random;
  /** A new name, unique within the case (for IRIs and blank node labels). */
  fresh(): string;
}

type Change = Omit<Mutation, 'kind'>;
type MutationKind = (input: MutationInput) => Change;

const replaceObject = (q: Quad, o: Term): Change => ({
  remove: [q],
  add: [quad(q.subject, q.predicate, o as Quad['object'])],
});

/** A path triple most of the time (where constraints look), any triple of the list otherwise. */
function pickTriple(input: MutationInput, list: Quad[]): Quad {
  const onPaths = list.filter((q) => input.sites.isOnPath(q));
  return input.random.chance(0.8) && onPaths.length > 0 ? input.random.pick(onPaths) : input.random.pick(list);
}

/** Renames one resource everywhere it occurs. */
function rename(quads: readonly Quad[], from: Term, to: Term): Change {
  const hit = quads.filter((q) => q.subject.equals(from) || q.object.equals(from));
  const swap = <T extends Term>(t: T) => (t.equals(from) ? to : t) as T;
  return { remove: hit, add: hit.map((q) => quad(swap(q.subject), q.predicate, swap(q.object))) };
}

/** The rdf:type triples of a node in the base graph. */
const typesOf = (sites: GraphSites, node: Term) => sites.types.filter((q) => q.subject.equals(node));

export const MUTATION_KINDS: Record<string, MutationKind> = {
  'delete value': (m) => ({ remove: [pickTriple(m, m.sites.values)], add: [] }),
  'duplicate value': (m) => {
    const q = pickTriple(m, m.sites.values);
    const others = m.sites.values.filter((o) => o.predicate.equals(q.predicate) && !o.object.equals(q.object));
    const extra =
      others.length > 0
        ? m.random.pick(others).object
        : literal(
            `${q.object.value} (again)`,
            q.object.termType === 'Literal' ? q.object.language || q.object.datatype : undefined,
          );
    return { remove: [], add: [quad(q.subject, q.predicate, extra)] };
  },
  'retype literal': (m) => {
    const q = pickTriple(m, m.sites.literals);
    return replaceObject(
      q,
      m.random.chance(0.2)
        ? literal(q.object.value, m.random.pick(TAGS))
        : literal(q.object.value, xsd(m.random.pick(DATATYPES))),
    );
  },
  'invalid lexical form': (m) => {
    const q = pickTriple(
      m,
      m.sites.literals.filter(
        (l) => l.object.termType === 'Literal' && BAD_LEXICAL[localName(l.object.datatype.value)],
      ),
    );
    const dt = (q.object as { datatype: Term }).datatype;
    return replaceObject(
      q,
      literal(m.random.pick(BAD_LEXICAL[localName(dt.value)]), dt as ReturnType<typeof namedNode>),
    );
  },
  'wrong-class object': (m) => {
    const q = pickTriple(m, m.sites.iriObjects);
    return replaceObject(q, m.random.pick(m.sites.subjects));
  },
  'IRI to literal': (m) => {
    const q = pickTriple(m, m.sites.iriObjects);
    return replaceObject(
      q,
      m.random.pick([literal(q.object.value), literal(q.object.value, xsd('anyURI')), literal(q.object.value, 'en')]),
    );
  },
  'literal to IRI': (m) => {
    const q = pickTriple(m, m.sites.literals);
    return replaceObject(
      q,
      m.random.chance(0.5) ? m.random.pick(m.sites.subjects) : namedNode(`urn:conflict-kg:fuzz:${m.fresh()}`),
    );
  },
  'type as literal': (m) => {
    const q = m.random.pick(m.sites.types);
    return replaceObject(q, m.random.chance(0.5) ? literal(q.object.value) : literal(q.object.value, xsd('anyURI')));
  },
  'remove type': (m) => ({ remove: [m.random.pick(m.sites.types)], add: [] }),
  'add type': (m) => {
    const node = m.random.chance(0.8)
      ? m.random.pick(m.sites.subjects)
      : namedNode(`urn:conflict-kg:fuzz:${m.fresh()}`);
    return {
      remove: [],
      add: [quad(node as Quad['subject'], RDF_TYPE, m.random.pick(m.sites.classes) as Quad['object'])],
    };
  },
  'language tag': (m) => {
    const q = m.random.chance(0.85) ? pickTriple(m, m.sites.tagged) : pickTriple(m, m.sites.literals);
    if (m.random.chance(0.15)) return replaceObject(q, literal(q.object.value));
    const own = q.object.termType === 'Literal' ? q.object.language : '';
    // Half the time the tag grows by one letter or one subtag: `ko` → `kor` or `ko-x`, where ranges and prefixes part.
    const tag =
      own && m.random.chance(0.5)
        ? `${own}${m.random.pick(['r', 'g', 'o', 'k', '-kr', '-x', '-'])}`
        : m.random.pick(TAGS);
    return replaceObject(q, literal(q.object.value, tag));
  },
  'inverted range': (m) => {
    const { subject, low, high } = m.random.pick(m.sites.ranges);
    const [lows, highs] = [low, high].map((p) =>
      m.sites.quads.filter((q) => q.subject.equals(subject) && q.predicate.value === p),
    );
    const swapped = [
      ...lows.map((q) => quad(q.subject, namedNode(high), q.object)),
      ...highs.map((q) => quad(q.subject, namedNode(low), q.object)),
    ];
    return { remove: [...lows, ...highs], add: swapped };
  },
  'self-reference': (m) => {
    const q = pickTriple(m, m.sites.values);
    return replaceObject(q, q.subject);
  },
  'blank node': (m) => {
    const node = m.random.pick(m.sites.iriObjects).object;
    return rename(m.sites.quads, node, blankNode(m.fresh()));
  },
  'blank-node subclass': (m) => blankSubclass(m),
  'bad time of day': (m) => {
    const q = m.random.pick(m.sites.dateTimes);
    const time = m.random.pick(BAD_TIMES);
    return replaceObject(
      q,
      m.random.chance(0.8)
        ? literal(`${q.object.value.slice(0, 11)}${time}`, xsd('dateTime'))
        : literal(time, xsd('time')),
    );
  },
  'swap objects': (m) => {
    const q = pickTriple(m, m.sites.values);
    const other = m.random.pick(m.sites.values.filter((o) => o.predicate.equals(q.predicate)));
    return {
      remove: [q, other],
      add: [quad(q.subject, q.predicate, other.object), quad(other.subject, other.predicate, q.object)],
    };
  },
};

/**
 * A node typed by a blank node (or a chain of two) that is a subclass of its class, or of another class; sometimes
 * the shapes' own class is left in place too.
 */
function blankSubclass(m: MutationInput): Change {
  const typed = m.random.pick(m.sites.types);
  const target = m.random.chance(0.7) ? typed.object : m.random.pick(m.sites.classes);
  const chain = m.random.chance(0.5) ? [blankNode(m.fresh())] : [blankNode(m.fresh()), blankNode(m.fresh())];
  const links = chain.map((k, i) => quad(k, SUBCLASS_OF, (chain[i + 1] ?? target) as Quad['object']));
  const retype = quad(typed.subject, RDF_TYPE, chain[0]);
  const keep = m.random.chance(0.2);
  return {
    remove: keep ? [] : typesOf(m.sites, typed.subject).filter((q) => q.object.equals(typed.object)),
    add: [retype, ...links],
  };
}

function localName(iri: string): string {
  return iri.slice(iri.lastIndexOf('#') + 1);
}
