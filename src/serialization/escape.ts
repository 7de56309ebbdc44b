// Writes IRIs (refusing illegal ones) and escaped literal strings for N-Triples and Turtle; UTF-8 kept as is.

// IRIREF excludes these characters. They are not legal in an IRI either, and readers refuse them even as
// \u escapes (n3 does), so such an IRI is refused rather than written.
const IRI_UNSAFE = /[\x00-\x20<>"{}|^`\\]/;

// STRING_LITERAL_QUOTE excludes `"`, `\`, LF and CR; other control characters are escaped for readability,
// as canonical N-Triples (RDF 1.2) does: ECHAR for BS, HT, FF; UCHAR for the rest and DEL.
const STRING_UNSAFE = /["\\\x00-\x1F\x7F]/;
const STRING_UNSAFE_ALL = /["\\\x00-\x1F\x7F]/g;
const ECHAR: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\b': '\\b',
  '\t': '\\t',
  '\f': '\\f',
};

function uchar(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * An IRI in angle brackets; an IRI holding a character IRIs may not contain (space, `<`, `"`…) is refused.
 * @example iriRef('http://example.org/a') //=> '<http://example.org/a>'
 */
export function iriRef(iri: string): string {
  const bad = IRI_UNSAFE.exec(iri);
  if (bad)
    throw new Error(
      `cannot serialize the IRI <${iri}>: it holds ${JSON.stringify(bad[0])}, which IRIs may not contain`,
    );
  return `<${iri}>`;
}

/**
 * A string in double quotes, escaped; non-ASCII text (Korean, emoji) stays as UTF-8 characters.
 * @example quoted('say "hi"\n') //=> '"say \\"hi\\"\\n"'
 */
export function quoted(value: string): string {
  if (!STRING_UNSAFE.test(value)) return `"${value}"`;
  return `"${value.replace(STRING_UNSAFE_ALL, (c) => ECHAR[c] ?? uchar(c))}"`;
}
