// The one index the partitioned export keeps for the whole graph: every resource IRI → its classes (class lists shared).
import type { Quad, Term } from '@rdfjs/types';
import { NS } from '../vocab.ts';
import { flat, MAX_CLASS_LISTS, type IdIndex } from '../source/index.ts';
import { mintedId } from '../mapping/index.ts';
import { hasPrefix } from '../terms.ts';

const RDF_TYPE = `${NS.rdf}type`;

/**
 * IRI → rdf:type values, with one shared array per distinct list of classes. It holds one entry per resource, so it
 * is kept small. A resource named by an id (`<base><kind>/<id>`) keeps the number of its class list in the id index
 * itself; other IRIs under the base (time spans, citations) are keyed by the rest of the IRI, others by the IRI.
 * Every key is a copy: a quad's IRI may be built from a slice of a whole YAML file's text, which it would keep alive.
 */
export class TypeIndex {
  private readonly local = new Map<string, readonly Term[]>();
  private readonly other = new Map<string, readonly Term[]>();
  /** Class lists by key, and by number (from 1) for the id index. */
  private readonly shared = new Map<string, { list: readonly Term[]; number: number }>();
  private readonly lists: (readonly Term[])[] = [[]];
  private named = 0;
  /**
   * What `get` found for the IRIs asked about since the last `addFrom` (a partition's objects are asked about again
   * by its validation): without it, each question slices the IRI and looks its id up afresh. Kept to one partition,
   * so it holds no IRI string (nor the YAML text one may be cut from) for longer.
   */
  private readonly recent = new Map<string, readonly Term[] | null>();

  constructor(
    private readonly base = '',
    private readonly ids?: IdIndex,
  ) {}

  /** Records the classes of the subjects of these quads (added to what is known of them). */
  addFrom(quads: readonly Quad[]): void {
    const bySubject = new Map<string, Term[]>();
    for (const q of quads) {
      if (q.predicate.value !== RDF_TYPE || q.subject.termType !== 'NamedNode') continue;
      let list = bySubject.get(q.subject.value);
      if (!list) {
        list = [...(this.lookUp(q.subject.value) ?? [])];
        bySubject.set(q.subject.value, list);
      }
      if (!list.some((t) => t.equals(q.object))) list.push(q.object);
    }
    for (const [iri, list] of bySubject) this.set(iri, this.intern(list));
    this.recent.clear();
  }

  get(iri: string): readonly Term[] | undefined {
    let found = this.recent.get(iri);
    if (found === undefined) {
      found = this.lookUp(iri) ?? null;
      this.recent.set(iri, found);
    }
    return found ?? undefined;
  }

  private lookUp(iri: string): readonly Term[] | undefined {
    const id = this.idOf(iri);
    if (id !== undefined) {
      const number = this.ids!.classList(id);
      if (number > 0) return this.lists[number];
    }
    const map = this.mapOf(iri);
    return map.get(this.keyOf(iri, map));
  }

  has(iri: string): boolean {
    return this.get(iri) !== undefined;
  }

  get size(): number {
    return this.named + this.local.size + this.other.size;
  }

  private set(iri: string, shared: { list: readonly Term[]; number: number }): void {
    const id = this.idOf(iri);
    if (id !== undefined && shared.number <= MAX_CLASS_LISTS) {
      if (this.ids!.classList(id) === 0) this.named++;
      this.ids!.setClassList(id, shared.number);
      return;
    }
    const map = this.mapOf(iri);
    const key = this.keyOf(iri, map);
    map.set(map.has(key) ? key : flat(key), shared.list);
  }

  /** The id of an IRI `<base><kind>/<id>` that the id index holds with that kind. */
  private idOf(iri: string): string | undefined {
    return this.ids && mintedId(this.base, iri, (id) => this.ids!.kind(id))?.id;
  }

  private mapOf(iri: string): Map<string, readonly Term[]> {
    return this.base && hasPrefix(iri, this.base) ? this.local : this.other;
  }

  private keyOf(iri: string, map: Map<string, readonly Term[]>): string {
    return map === this.local ? iri.slice(this.base.length) : iri;
  }

  private intern(list: Term[]): { list: readonly Term[]; number: number } {
    const key = list
      .map((t) => t.value)
      .sort()
      .join(' ');
    let found = this.shared.get(key);
    if (!found) {
      found = { list: Object.freeze(list), number: this.lists.length };
      this.lists.push(found.list);
      this.shared.set(key, found);
    }
    return found;
  }
}
