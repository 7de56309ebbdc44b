// A small SPARQL lexer: just enough to find keywords, variables, prefixed names and braces outside strings and comments.

export type TokenKind = 'comment' | 'string' | 'iri' | 'var' | 'pname' | 'word' | 'punct' | 'number' | 'other';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Offset of the first character in the query text. */
  offset: number;
}

const PATTERNS: [TokenKind, RegExp][] = [
  ['comment', /#[^\r\n]*/y],
  [
    'string',
    /"""(?:[^"\\]|\\[\s\S]|"(?!""))*"""|'''(?:[^'\\]|\\[\s\S]|'(?!''))*'''|"(?:[^"\\\r\n]|\\.)*"|'(?:[^'\\\r\n]|\\.)*'/y,
  ],
  ['iri', /<[^<>"{}|^`\\\s]*>/y],
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: VARNAME's combining marks (U+0300–U+036F) are matched one by one, as the grammar says
  ['var', /[?$][\p{L}\p{N}_\u00B7\u0300-\u036F\u203F-\u2040]+/uy],
  ['pname', /(?:[\p{L}][\p{L}\p{N}_.-]*)?:(?:[\p{L}\p{N}_:%\\-](?:[\p{L}\p{N}_.:%\\-]*[\p{L}\p{N}_:%\\-])?)?/uy],
  ['number', /[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)/y],
  ['word', /[\p{L}_][\p{L}\p{N}_-]*/uy],
  ['punct', /\^\^|&&|\|\||!=|<=|>=|[{}()[\].,;=<>!*+/|^?@-]/y],
];

/** Splits a query into tokens, skipping white space; comments are kept as tokens so callers can read headers. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const ws = /\s+/y;
    ws.lastIndex = at;
    if (ws.test(text)) {
      at = ws.lastIndex;
      continue;
    }
    tokens.push(nextToken(text, at));
    at += tokens[tokens.length - 1].text.length;
  }
  return tokens;
}

function nextToken(text: string, at: number): Token {
  for (const [kind, re] of PATTERNS) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (m && m[0].length > 0) return { kind, text: m[0], offset: at };
  }
  return { kind: 'other', text: text[at], offset: at };
}

/** The tokens that carry meaning (no comments). */
export function codeTokens(text: string): Token[] {
  return tokenize(text).filter((t) => t.kind !== 'comment');
}

export type QueryForm = 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE';

/** The query form: the first of SELECT, ASK, CONSTRUCT, DESCRIBE; undefined for an update or garbage. */
export function queryForm(text: string): QueryForm | undefined {
  for (const t of codeTokens(text)) {
    if (t.kind !== 'word') continue;
    const w = t.text.toUpperCase();
    if (w === 'SELECT' || w === 'ASK' || w === 'CONSTRUCT' || w === 'DESCRIBE') return w;
    if (w !== 'PREFIX' && w !== 'BASE') return undefined;
  }
  return undefined;
}

/** The 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1].length + 1 };
}
