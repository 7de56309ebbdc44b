// The one index a streaming export keeps for the whole graph: every resource IRI → its classes (class lists shared).
import type { Quad, Term } from '@rdfjs/types';
import { NS } from '../../vocab.ts';
import { flat } from '../../source/id-index.ts';

const RDF_TYPE = `${NS.rdf}type`;

/**
 * IRI → rdf:type values, with one shared array per distinct set of classes. It holds one entry per resource, so it
 * is kept small: IRIs under the dataset's base are keyed by the rest (`actor/hezbollah`), and every key is a copy
 * (a quad's IRI may be built from a slice of a whole YAML file's text, which it would keep alive).
 */
export class TypeIndex {
  /** Resources under the base, by the part of the IRI after it. */
  private readonly local = new Map<string, readonly Term[]>();
  /** Other resources, by IRI. */
  private readonly other = new Map<string, readonly Term[]>();
  private readonly shared = new Map<string, readonly Term[]>();

  constructor(private readonly base = '') {}

  /** Records the classes of the subjects of these quads (added to what is known of them). */
  addFrom(quads: readonly Quad[]): void {
    const bySubject = new Map<string, Term[]>();
    for (const q of quads) {
      if (q.predicate.value !== RDF_TYPE || q.subject.termType !== 'NamedNode') continue;
      let list = bySubject.get(q.subject.value);
      if (!list) bySubject.set(q.subject.value, (list = [...(this.get(q.subject.value) ?? [])]));
      if (!list.some((t) => t.equals(q.object))) list.push(q.object);
    }
    for (const [iri, list] of bySubject) {
      const map = this.map(iri);
      const key = this.key(iri, map);
      map.set(map.has(key) ? key : flat(key), this.intern(list));
    }
  }

  private map(iri: string): Map<string, readonly Term[]> {
    return this.base && iri.startsWith(this.base) ? this.local : this.other;
  }

  private key(iri: string, map: Map<string, readonly Term[]>): string {
    return map === this.local ? iri.slice(this.base.length) : iri;
  }

  private intern(list: Term[]): readonly Term[] {
    const key = list.map((t) => t.value).sort().join(' ');
    let found = this.shared.get(key);
    if (!found) this.shared.set(key, (found = Object.freeze(list)));
    return found;
  }

  get(iri: string): readonly Term[] | undefined {
    const map = this.map(iri);
    return map.get(this.key(iri, map));
  }

  has(iri: string): boolean {
    const map = this.map(iri);
    return map.has(this.key(iri, map));
  }

  get size(): number {
    return this.local.size + this.other.size;
  }
}
