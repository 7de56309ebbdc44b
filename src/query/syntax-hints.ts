// Finds the cause of a SPARQL syntax error that oxigraph reports vaguely: an undeclared prefix, an unbalanced bracket.
import { codeTokens, lineColumn, type Token } from './sparql-tokens.ts';

export interface SyntaxHint {
  message: string;
  line: number;
  column: number;
}

/** The first problem found, at its position in the query text; undefined when none of these is the cause. */
export function syntaxHint(text: string): SyntaxHint | undefined {
  const tokens = codeTokens(text);
  const found = undeclaredPrefix(tokens) ?? unbalancedBracket(tokens);
  return found && { message: found.message, ...lineColumn(text, found.token.offset) };
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
