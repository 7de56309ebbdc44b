// Finds the cause of a SPARQL syntax error that oxigraph reports vaguely: an undeclared prefix, an unbalanced
// bracket, a misspelt keyword (LIMT), a triple pattern that ends before its object.
import { closest } from '../closest.ts';
import { codeTokens, lineColumn, type Token } from '../sparql-tokens.ts';

/** Every bare word SPARQL 1.1 (query and update) knows: keywords, built-in functions and aggregates, `a`, booleans. */
const KEYWORDS =
  `SELECT CONSTRUCT DESCRIBE ASK WHERE FROM NAMED PREFIX BASE DISTINCT REDUCED AS GROUP BY HAVING ORDER ASC DESC
LIMIT OFFSET VALUES OPTIONAL UNION MINUS GRAPH SERVICE SILENT FILTER BIND NOT EXISTS IN UNDEF A TRUE FALSE STR LANG
LANGMATCHES DATATYPE BOUND IRI URI BNODE RAND ABS CEIL FLOOR ROUND CONCAT STRLEN UCASE LCASE ENCODE_FOR_URI CONTAINS
STRSTARTS STRENDS STRBEFORE STRAFTER YEAR MONTH DAY HOURS MINUTES SECONDS TIMEZONE TZ NOW UUID STRUUID MD5 SHA1 SHA256
SHA384 SHA512 COALESCE IF STRLANG STRDT SAMETERM ISIRI ISURI ISBLANK ISLITERAL ISNUMERIC REGEX SUBSTR REPLACE COUNT SUM
MIN MAX AVG SAMPLE GROUP_CONCAT SEPARATOR INSERT DELETE DATA LOAD CLEAR DROP CREATE ADD MOVE COPY WITH USING DEFAULT ALL
TO INTO`.split(/\s+/);
const KNOWN = new Set(KEYWORDS);

export interface SyntaxHint {
  message: string;
  line: number;
  column: number;
}

/**
 * The first problem found, at its position in the query text; undefined when none of these is the cause.
 * `engineAtEnd` says that the engine's own position is the end of the query (it read everything, then failed).
 */
export function syntaxHint(text: string, engineAtEnd = false): SyntaxHint | undefined {
  const tokens = codeTokens(text);
  const found =
    undeclaredPrefix(tokens) ??
    unbalancedBracket(tokens) ??
    unknownKeyword(tokens) ??
    (engineAtEnd ? tripleWithoutObject(tokens) : undefined);
  return found && { message: found.message, ...lineColumn(text, found.token.offset) };
}

function unknownKeyword(tokens: Token[]) {
  const token = tokens.find((t) => t.kind === 'word' && !KNOWN.has(t.text.toUpperCase()));
  if (!token) return undefined;
  const near = closest(token.text.toUpperCase(), KEYWORDS);
  return { token, message: `unknown keyword "${token.text}"${near ? `: did you mean ${near}?` : ''}` };
}

const TERM_KINDS = new Set(['var', 'iri', 'pname', 'string', 'number']);

/** The last triple pattern of a group that has a subject and a predicate, then `.` or `}` where its object should be. */
function tripleWithoutObject(tokens: Token[]) {
  const last = tokens.findLastIndex((t) => t.text === '}');
  let start = last - 1;
  while (start >= 0 && (TERM_KINDS.has(tokens[start]!.kind) || tokens[start]!.text === 'a')) start--;
  const group = tokens.slice(start + 1, last);
  const before = tokens[start]?.text;
  if (group.length !== 2 || (before !== '.' && before !== '{')) return undefined;
  return {
    token: group[1]!,
    message: `expected an object after the predicate ${group[1]!.text}, found the end of the group`,
  };
}

function undeclaredPrefix(tokens: Token[]) {
  const declared = new Set<string>();
  tokens.forEach((t, i) => {
    if (t.kind === 'word' && t.text.toUpperCase() === 'PREFIX' && tokens[i + 1]?.kind === 'pname')
      declared.add(prefixOf(tokens[i + 1]));
  });
  const token = tokens.find(
    (t, i) => t.kind === 'pname' && tokens[i - 1]?.text.toUpperCase() !== 'PREFIX' && !declared.has(prefixOf(t)),
  );
  return token && { token, message: `prefix "${prefixOf(token)}:" is not declared` };
}

function prefixOf(t: Token): string {
  return t.text.slice(0, t.text.indexOf(':'));
}

const CLOSING: Record<string, string> = { '}': '{', ')': '(', ']': '[' };

function unbalancedBracket(tokens: Token[]) {
  const open: Token[] = [];
  for (const token of tokens) {
    if (token.kind !== 'punct') continue;
    if (token.text === '{' || token.text === '(' || token.text === '[') open.push(token);
    const wanted = CLOSING[token.text];
    if (!wanted) continue;
    const last = open.pop();
    if (!last) return { token, message: `"${token.text}" closes nothing` };
    if (last.text !== wanted)
      return { token, message: `"${token.text}" does not close the "${last.text}" opened before it` };
  }
  const last = open.pop();
  return last && { token: last, message: `"${last.text}" is never closed` };
}
