// Collects the quads of a mapping without duplicates and records which YAML entry produced each subject.
import { DataFactory, type NamedNode, type Quad, type Literal } from 'n3';
import type { SourceSpan } from '../diagnostics.ts';
import type { Label, AltLabels } from '../source/facts.ts';
import { rdf, rdfs, skos, xsd } from '../vocab.ts';

const { quad, literal } = DataFactory;

export type Obj = NamedNode | Literal;

/** The mapping's output so far: quads in insertion order, and subject IRI → the YAML position that made it. */
export class Emitter {
  readonly quads: Quad[] = [];
  readonly provenance = new Map<string, SourceSpan>();
  private readonly seen = new Set<string>();

  /** Adds one triple (once, however often it is added). */
  add(s: NamedNode, p: NamedNode, o: Obj): void {
    const key = `${s.value}\u0000${p.value}\u0000${o.termType === 'Literal' ? `"${o.value}"@${o.language}^^${o.datatype.value}` : o.value}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.quads.push(quad(s, p, o));
  }

  /** Records the YAML position of the entry a subject comes from (the first one wins). */
  origin(s: NamedNode, span: SourceSpan | undefined): void {
    if (span && !this.provenance.has(s.value)) this.provenance.set(s.value, span);
  }

  types(s: NamedNode, classes: NamedNode[]): void {
    for (const c of classes) this.add(s, rdf.type, c);
  }

  /** `rdfs:label` in Korean and English, and `skos:altLabel` for other spellings. */
  labels(s: NamedNode, label: Label, alt?: AltLabels): void {
    this.add(s, rdfs.label, ko(label.ko));
    this.add(s, rdfs.label, en(label.en));
    for (const l of alt?.ko ?? []) this.add(s, skos.altLabel, ko(l));
    for (const l of alt?.en ?? []) this.add(s, skos.altLabel, en(l));
  }
}

export const ko = (text: string): Literal => literal(text, 'ko');
export const en = (text: string): Literal => literal(text, 'en');
export const typed = (value: string | number, datatype: NamedNode): Literal => literal(String(value), datatype);
export const integer = (n: number): Literal => typed(n, xsd.integer);
export const bool = (b: boolean): Literal => typed(String(b), xsd.boolean);
