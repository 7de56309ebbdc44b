// Indexes a data graph for the compiled SHACL checks: objects by subject and predicate, and subjects by object for chosen predicates.
import type { Quad, Term } from '@rdfjs/types';
import { termKey } from '../../terms.ts';
import { NS } from '../../vocab.ts';

/** The key that tells terms apart is the project's one (`src/terms.ts`); the checks import it from here. */
export { termKey };

const RDF_TYPE = `${NS.rdf}type`;
const SUBCLASS_OF = `${NS.rdfs}subClassOf`;
/** Past this many values, a value list keeps a set of keys to stay free of duplicates in constant time. */
const LINEAR_LIMIT = 16;
const EMPTY: readonly Term[] = Object.freeze([]);

type Edges = Map<string, Term[]>;
interface Node {
  term: Term;
  edges: Edges;
}

/** The index of one data graph; triples are kept once however often they are given (like a store). */
export class DataIndex {
  private readonly out = new Map<string, Node>();
  private readonly inv = new Map<string, Node>();
  private readonly keySets = new WeakMap<Term[], Set<string>>();
  private readonly subclassCache = new Map<string, Set<string>>();
  private readonly byPredicate = new Map<string, { subjects: Term[]; objects: Term[] }>();

  /**
   * `inverse`: the predicates whose subjects must be found from their objects (inverse paths; rdf:type is always one).
   * `externalTypes`: the classes of IRIs described outside these quads (another partition of the same graph).
   */
  constructor(
    quads: Iterable<Quad>,
    inverse: Iterable<string> = [],
    private readonly externalTypes?: (iri: string) => readonly Term[] | undefined,
  ) {
    const inversePredicates = new Set([RDF_TYPE, SUBCLASS_OF, ...inverse]);
    for (const q of quads) {
      this.push(this.out, q.subject, q.predicate.value, q.object);
      if (inversePredicates.has(q.predicate.value)) this.push(this.inv, q.object, q.predicate.value, q.subject);
    }
  }

  private push(map: Map<string, Node>, node: Term, p: string, value: Term): void {
    const key = termKey(node);
    let entry = map.get(key);
    if (!entry) {
      entry = { term: node, edges: new Map() };
      map.set(key, entry);
    }
    const { edges } = entry;
    const list = edges.get(p);
    if (!list) {
      edges.set(p, [value]);
      return;
    }
    if (list.length < LINEAR_LIMIT) {
      for (const v of list) if (v.equals(value)) return;
      list.push(value);
      if (list.length === LINEAR_LIMIT) this.keySets.set(list, new Set(list.map(termKey)));
      return;
    }
    const keys = this.keySets.get(list)!;
    const k = termKey(value);
    if (keys.has(k)) return;
    keys.add(k);
    list.push(value);
  }

  /** Every predicate of a subject with its objects (undefined when the node has none). */
  edgesOf(s: Term): ReadonlyMap<string, readonly Term[]> | undefined {
    return this.out.get(s.termType === 'NamedNode' ? s.value : termKey(s))?.edges;
  }

  private lastKey = '';
  private lastNode: Node | undefined;

  /** The objects of `s p ?o`. */
  objects(s: Term, p: string): readonly Term[] {
    const key = s.termType === 'NamedNode' ? s.value : termKey(s);
    if (key !== this.lastKey) {
      this.lastKey = key;
      this.lastNode = this.out.get(key);
    }
    const local = this.lastNode?.edges.get(p);
    if (local) return local;
    return (p === RDF_TYPE && s.termType === 'NamedNode' && this.externalTypes?.(s.value)) || EMPTY;
  }

  /** Whether the quads describe this node (it is the subject of at least one of them). */
  describes(s: Term): boolean {
    return this.out.has(termKey(s));
  }

  /** The subjects of `?s p o`; `p` must have been named as an inverse predicate. */
  subjects(o: Term, p: string): readonly Term[] {
    return this.inv.get(termKey(o))?.edges.get(p) ?? EMPTY;
  }

  has(s: Term, p: string, o: Term): boolean {
    return this.objects(s, p).some((v) => v.equals(o));
  }

  /** Every predicate and its objects for a subject (for sh:closed). */
  outgoing(s: Term): Iterable<[string, readonly Term[]]> {
    return this.out.get(termKey(s))?.edges ?? [];
  }

  /**
   * The keys (termKey) of a class and its subclasses, by rdfs:subClassOf in the data graph, transitively. Keys keep term
   * types apart: a literal that spells a class IRI is not that class, and a blank-node subclass is found by its own key.
   */
  classAndSubclasses(cls: Term): Set<string> {
    const key = termKey(cls);
    let set = this.subclassCache.get(key);
    if (set) return set;
    set = new Set([key]);
    const todo = [key];
    while (todo.length > 0) {
      for (const sub of this.inv.get(todo.pop()!)?.edges.get(SUBCLASS_OF) ?? []) {
        const subKey = termKey(sub);
        if (!set.has(subKey)) {
          set.add(subKey);
          todo.push(subKey);
        }
      }
    }
    this.subclassCache.set(key, set);
    return set;
  }

  /** Whether one of the node's rdf:type terms is the class or one of its subclasses (the same term, not the same text). */
  isInstanceOf(node: Term, cls: Term): boolean {
    const classes = this.classAndSubclasses(cls);
    return this.objects(node, RDF_TYPE).some((t) => classes.has(termKey(t)));
  }

  /** The instances of a class or of its subclasses, each once. */
  instancesOf(cls: Term): Term[] {
    const seen = new Map<string, Term>();
    for (const c of this.classAndSubclasses(cls))
      for (const s of this.inv.get(c)?.edges.get(RDF_TYPE) ?? []) seen.set(termKey(s), s);
    return [...seen.values()];
  }

  /** Subjects and objects of a predicate, each once (for sh:targetSubjectsOf / sh:targetObjectsOf). */
  predicateUse(p: string): { subjects: Term[]; objects: Term[] } {
    let use = this.byPredicate.get(p);
    if (use) return use;
    const subjects: Term[] = [];
    const objects = new Map<string, Term>();
    for (const { term, edges } of this.out.values()) {
      const values = edges.get(p);
      if (!values) continue;
      subjects.push(term);
      for (const v of values) objects.set(termKey(v), v);
    }
    use = { subjects, objects: [...objects.values()] };
    this.byPredicate.set(p, use);
    return use;
  }
}
