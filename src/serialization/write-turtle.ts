// Writes quads as readable, stable Turtle: all prefixes in order, then one sorted block per subject.
import type { Quad, Term } from '@rdfjs/types';
import { NS } from '../vocab.ts';
import { withCodePointOrder } from './code-point-order.ts';
import { quoted } from './escape.ts';
import { groupBySubject, type SubjectBlock } from './group-by-subject.ts';
import { blankNodeLabel, createTurtleNamer, prefixLines } from './turtle-names.ts';

const RDF_TYPE = `${NS.rdf}type`;
const XSD_STRING = `${NS.xsd}string`;
const XSD_INTEGER = `${NS.xsd}integer`;
const XSD_BOOLEAN = `${NS.xsd}boolean`;
const RDF_LANG_STRING = `${NS.rdf}langString`;
// Only canonical integers are written bare: rdflib reads the INTEGER token `007` as "7" (even with
// NORMALIZE_LITERALS off), so a non-canonical form keeps its quotes to keep its lexical form.
const BARE_INTEGER = /^(?:0|-?[1-9][0-9]*)$/;

export type Namer = (iri: string) => string;

/**
 * Readable Turtle: `@prefix` lines for every prefix (in the object's order, so the header is stable),
 * then a blank line and one block per subject, subjects sorted by IRI (code point), `a` (rdf:type) first,
 * then predicates and objects sorted; duplicates dropped. IRIs become prefixed names where the local
 * part is a valid PN_LOCAL. Canonical integers and booleans are bare (`20`, `true`), other literals are
 * quoted with their datatype (`"2017-08"^^xsd:gYearMonth`). Strings are escaped; Korean and emoji stay UTF-8.
 * @example writeTurtle(quads, prefixesFor(base))
 * //=> '@prefix rdf: <…> .\n…\n\nactor:hezbollah a ckg:Actor, sem:Actor ;\n    rdfs:label "Hezbollah"@en, "헤즈볼라"@ko .\n'
 */
export function writeTurtle(quads: readonly Quad[], prefixes: Readonly<Record<string, string>>): string {
  const name = createTurtleNamer(prefixes);
  const header = prefixLines(prefixes);
  return withCodePointOrder((compare) => header + turtleBlocks(groupBySubject(quads, compare), name));
}

/** The subject blocks of a Turtle document, each after a blank line (what follows the `@prefix` lines). */
export function turtleBlocks(blocks: readonly SubjectBlock[], name: Namer): string {
  let out = '';
  for (const block of blocks) out += `\n${turtleBlock(block, name)}`;
  return out;
}

function turtleBlock(block: SubjectBlock, name: Namer): string {
  const lines = block.predicates.map(({ predicate, objects }) => {
    const verb = predicate.value === RDF_TYPE ? 'a' : name(predicate.value);
    return `${verb} ${objects.map((o) => turtleTerm(o, name)).join(', ')}`;
  });
  return `${turtleTerm(block.subject, name)} ${lines.join(' ;\n    ')} .\n`;
}

/** One term in Turtle syntax, abbreviated with `name`. */
export function turtleTerm(term: Term, name: Namer): string {
  switch (term.termType) {
    case 'NamedNode':
      return name(term.value);
    case 'BlankNode':
      return blankNodeLabel(term.value);
    case 'Literal':
      return turtleLiteral(term.value, term.language, term.datatype.value, name);
    default:
      throw new Error(`cannot serialize a ${term.termType} term ("${term.value}")`);
  }
}

function turtleLiteral(value: string, language: string, datatype: string, name: Namer): string {
  if (language) return `${quoted(value)}@${language}`;
  if (datatype === XSD_STRING || datatype === RDF_LANG_STRING) return quoted(value);
  if (datatype === XSD_INTEGER && BARE_INTEGER.test(value)) return value;
  if (datatype === XSD_BOOLEAN && (value === 'true' || value === 'false')) return value;
  return `${quoted(value)}^^${name(datatype)}`;
}
