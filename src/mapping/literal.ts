// The mapping's literal term: RDF/JS, with plain fields. n3's Literal derives value, language and datatype from its
// id on every read (a new datatype node each time), which the writers and the validator read millions of times.
import type { Literal as RdfLiteral, NamedNode, Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { NS } from '../vocab.ts';

const LANG_STRING = DataFactory.namedNode(`${NS.rdf}langString`);
const STRING = DataFactory.namedNode(`${NS.xsd}string`);

export class Literal implements RdfLiteral {
  readonly termType = 'Literal' as const;
  readonly direction = '' as const;

  constructor(
    readonly value: string,
    readonly language: string,
    readonly datatype: NamedNode,
  ) {}

  equals(other: Term | null | undefined): boolean {
    return (
      !!other &&
      other.termType === 'Literal' &&
      other.value === this.value &&
      other.language === this.language &&
      other.datatype.value === this.datatype.value
    );
  }
}

/** A literal with a language tag (lower-cased, as n3 does), a datatype, or neither (xsd:string). */
export function literal(value: string, languageOrDatatype?: string | NamedNode): Literal {
  if (typeof languageOrDatatype === 'string') return new Literal(value, languageOrDatatype.toLowerCase(), LANG_STRING);
  return new Literal(value, '', languageOrDatatype ?? STRING);
}
