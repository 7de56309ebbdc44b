// A partition's quads as plain arrays that a worker thread receives cheaply (structured clone), and back as quads.
import type { Term } from '@rdfjs/types';
import { DataFactory, type Quad } from 'n3';
import { literal } from '../mapping/index.ts';

/**
 * Each distinct term once (`kinds`, `values`, `extras`: the language of a language-tagged literal, the datatype IRI
 * of another literal), and three term numbers per triple. Quads in the default graph only: the export has no other.
 */
export interface WireQuads {
  kinds: Uint8Array;
  values: string[];
  extras: string[];
  triples: Uint32Array;
}

const NAMED = 0;
const BLANK = 1;
const LANGUAGE = 2;
const TYPED = 3;

/** The quads as numbered terms (a term that occurs many times, a subject or a predicate, is sent once). */
export function encodeQuads(quads: readonly Quad[]): WireQuads {
  const kinds: number[] = [];
  const values: string[] = [];
  const extras: string[] = [];
  // Keyed by the terms' own strings (V8 keeps a string's hash), one map per kind of term and literal tag.
  const nodes = new Map<string, number>();
  const blanks = new Map<string, number>();
  // Literals by language tag and by datatype IRI apart: the tag is the term's own string, no `@tag` made per literal.
  const languages = new Map<string, Map<string, number>>();
  const datatypes = new Map<string, Map<string, number>>();
  const add = (kind: number, value: string, extra: string): number => {
    kinds.push(kind);
    values.push(value);
    extras.push(extra);
    return kinds.length - 1;
  };
  const number = (t: Term): number => {
    if (t.termType === 'NamedNode' || t.termType === 'BlankNode') {
      const map = t.termType === 'NamedNode' ? nodes : blanks;
      let n = map.get(t.value);
      if (n === undefined) {
        n = add(t.termType === 'NamedNode' ? NAMED : BLANK, t.value, '');
        map.set(t.value, n);
      }
      return n;
    }
    if (t.termType !== 'Literal') throw new Error(`encodeQuads: a ${t.termType} cannot be a term of the export`);
    const kind = t.language ? LANGUAGE : TYPED;
    const tags = t.language ? languages : datatypes;
    const tag = t.language || t.datatype.value;
    let byValue = tags.get(tag);
    if (!byValue) {
      byValue = new Map();
      tags.set(tag, byValue);
    }
    let n = byValue.get(t.value);
    if (n === undefined) {
      n = add(kind, t.value, t.language || t.datatype.value);
      byValue.set(t.value, n);
    }
    return n;
  };
  const triples = new Uint32Array(quads.length * 3);
  for (let i = 0; i < quads.length; i++) {
    const q = quads[i]!;
    triples[3 * i] = number(q.subject);
    triples[3 * i + 1] = number(q.predicate);
    triples[3 * i + 2] = number(q.object);
  }
  return { kinds: Uint8Array.from(kinds), values, extras, triples };
}

/** The quads again, with the mapping's terms (its Literal class, whose fields the writers read without parsing). */
export function decodeQuads(wire: WireQuads): Quad[] {
  const datatypes = new Map<string, ReturnType<typeof DataFactory.namedNode>>();
  const terms = wire.values.map((value, i): Term => {
    const extra = wire.extras[i]!;
    switch (wire.kinds[i]) {
      case NAMED:
        return DataFactory.namedNode(value);
      case BLANK:
        return DataFactory.blankNode(value);
      case LANGUAGE:
        return literal(value, extra);
      default: {
        let datatype = datatypes.get(extra);
        if (!datatype) {
          datatype = DataFactory.namedNode(extra);
          datatypes.set(extra, datatype);
        }
        return literal(value, datatype);
      }
    }
  });
  const quads: Quad[] = new Array(wire.triples.length / 3);
  for (let i = 0; i < quads.length; i++) {
    const t = wire.triples;
    quads[i] = DataFactory.quad(
      terms[t[3 * i]!] as Quad['subject'],
      terms[t[3 * i + 1]!] as Quad['predicate'],
      terms[t[3 * i + 2]!] as Quad['object'],
    );
  }
  return quads;
}
