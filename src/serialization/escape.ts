// Escapes IRIs and literal strings for N-Triples and Turtle (canonical N-Triples rules, UTF-8 kept as is).

// IRIREF excludes these characters; they are written as UCHAR (\u00XX).
const IRI_UNSAFE = /[\x00-\x20<>"{}|^`\\]/;
const IRI_UNSAFE_ALL = /[\x00-\x20<>"{}|^`\\]/g;

// STRING_LITERAL_QUOTE excludes `"`, `\`, LF and CR; other control characters are escaped for readability,
// as canonical N-Triples (RDF 1.2) does: ECHAR for BS, HT, FF; UCHAR for the rest and DEL.
const STRING_UNSAFE = /["\\\x00-\x1F\x7F]/;
const STRING_UNSAFE_ALL = /["\\\x00-\x1F\x7F]/g;
const ECHAR: Record<string, string> = {
  '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\b': '\\b', '\t': '\\t', '\f': '\\f',
};

function uchar(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * An IRI in angle brackets, with the characters IRIREF forbids written as \u00XX.
 * @example iriRef('http://example.org/a b') //=> '<http://example.org/a\\u0020b>'
 */
export function iriRef(iri: string): string {
  return IRI_UNSAFE.test(iri) ? `<${iri.replace(IRI_UNSAFE_ALL, uchar)}>` : `<${iri}>`;
}

/**
 * A string in double quotes, escaped; non-ASCII text (Korean, emoji) stays as UTF-8 characters.
 * @example quoted('say "hi"\n') //=> '"say \\"hi\\"\\n"'
 */
export function quoted(value: string): string {
  if (!STRING_UNSAFE.test(value)) return `"${value}"`;
  return `"${value.replace(STRING_UNSAFE_ALL, (c) => ECHAR[c] ?? uchar(c))}"`;
}
