// The one index a streaming export keeps for the whole graph: every resource IRI → its classes (class lists shared).
import type { Quad, Term } from '@rdfjs/types';
import { NS } from '../../vocab.ts';

const RDF_TYPE = `${NS.rdf}type`;

/** IRI → rdf:type values, with one shared array per distinct set of classes. */
export class TypeIndex {
  private readonly types = new Map<string, readonly Term[]>();
  private readonly shared = new Map<string, readonly Term[]>();

  /** Records the classes of the subjects of these quads (added to what is known of them). */
  addFrom(quads: readonly Quad[]): void {
    const bySubject = new Map<string, Term[]>();
    for (const q of quads) {
      if (q.predicate.value !== RDF_TYPE || q.subject.termType !== 'NamedNode') continue;
      let list = bySubject.get(q.subject.value);
      if (!list) bySubject.set(q.subject.value, (list = [...(this.types.get(q.subject.value) ?? [])]));
      if (!list.some((t) => t.equals(q.object))) list.push(q.object);
    }
    for (const [iri, list] of bySubject) this.types.set(iri, this.intern(list));
  }

  private intern(list: Term[]): readonly Term[] {
    const key = list.map((t) => t.value).sort().join(' ');
    let found = this.shared.get(key);
    if (!found) this.shared.set(key, (found = Object.freeze(list)));
    return found;
  }

  get(iri: string): readonly Term[] | undefined {
    return this.types.get(iri);
  }

  has(iri: string): boolean {
    return this.types.has(iri);
  }

  get size(): number {
    return this.types.size;
  }
}
