// Parses one YAML file into plain data plus the source position of every node, by JSON path.
import { LineCounter, parseDocument, isMap, isSeq, isScalar, isPair, type Node } from 'yaml';
import { error, type Diagnostic, type SourceSpan } from '../diagnostics.ts';

export interface YamlFile {
  file: string;
  data: unknown;
  /** The position of the node at a JSON pointer-like path (`/events/3/begin`); the key's position for map entries. */
  spanOf(path: readonly (string | number)[], at?: 'key' | 'value'): SourceSpan;
}

/** Parses YAML text; syntax errors come back as diagnostics with the file's line and column. */
export function readYaml(file: string, text: string): { yaml?: YamlFile; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, version: '1.2' });
  const span = (offset: number): SourceSpan => ({ file, ...toSpan(lineCounter.linePos(offset)) });
  if (doc.errors.length > 0) {
    // Like N3's parser, stop the file at its first syntax error: the ones after it are mostly its echoes.
    const e = doc.errors[0];
    return { diagnostics: [error('E_SOURCE_SYNTAX', `expected valid YAML, found a syntax error: ${firstLine(e.message)}`, span(e.pos[0]))] };
  }
  const spanOf = (path: readonly (string | number)[], at: 'key' | 'value' = 'key'): SourceSpan => {
    let node: unknown = doc.contents;
    let offset = 0;
    for (const step of path) {
      const found = child(node, step);
      if (!found) break;
      offset = (at === 'key' && found.key ? found.key : found.value)?.range?.[0] ?? offset;
      node = found.value;
    }
    if (path.length === 0) offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
    return span(offset);
  };
  return { yaml: { file, data: doc.toJS({ maxAliasCount: 100 }), spanOf }, diagnostics: [] };
}

function child(node: unknown, step: string | number): { key?: Node; value?: Node } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
    return pair ? { key: pair.key as Node, value: (pair.value ?? undefined) as Node | undefined } : undefined;
  }
  if (isSeq(node) && typeof step === 'number') {
    const item = node.items[step] as Node | undefined;
    return item ? { value: item } : undefined;
  }
  return undefined;
}

function toSpan(pos: { line: number; col: number }): { line: number; column: number } {
  return { line: pos.line, column: pos.col };
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
