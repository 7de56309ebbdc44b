// Collects the quads of a mapping and records which YAML entry produced each subject.
import { DataFactory, type NamedNode, type Quad } from 'n3';
import { literal, type Literal } from './literal.ts';
import type { SourceSpan } from '../diagnostics.ts';
import type { Label, AltLabels } from '../source/index.ts';
import { rdf, rdfs, skos, xsd } from '../vocab.ts';

const { quad } = DataFactory;

export type Obj = NamedNode | Literal;

/** The mapping's output so far: quads in insertion order, and subject IRI → the YAML position that made it. */
export class Emitter {
  readonly quads: Quad[] = [];
  readonly provenance = new Map<string, SourceSpan>();
  private readonly seen = new Set<string>();

  /**
   * Adds one triple. The mappers emit each triple once by construction (one entry describes its own subject);
   * what several entries may say alike goes through `addOnce` or `firstTime`. A key per triple would cost the
   * mapping stage about half its time at a million triples (string building and garbage collection).
   */
  add(s: NamedNode, p: NamedNode, o: Obj): void {
    this.quads.push(quad(s, p, o));
  }

  /** Adds a triple that other entries may add too (an event's `sem:hasActor` from each participation), once. */
  addOnce(s: NamedNode, p: NamedNode, o: NamedNode): void {
    const key = `${s.value} ${p.value} ${o.value}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.quads.push(quad(s, p, o));
  }

  /** True the first time a node is named here: for nodes every citing entry would describe again (footnotes). */
  firstTime(node: NamedNode): boolean {
    const key = node.value;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
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
    for (const l of new Set(alt?.ko)) if (l !== label.ko) this.add(s, skos.altLabel, ko(l));
    for (const l of new Set(alt?.en)) if (l !== label.en) this.add(s, skos.altLabel, en(l));
  }
}

export const ko = (text: string): Literal => literal(text, 'ko');
export const en = (text: string): Literal => literal(text, 'en');
export const typed = (value: string | number, datatype: NamedNode): Literal => literal(String(value), datatype);
export const integer = (n: number): Literal => typed(n, xsd.integer);
export const bool = (b: boolean): Literal => typed(String(b), xsd.boolean);
