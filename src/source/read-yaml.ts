// Parses one YAML file into plain data, and finds the source position of any node (by path) only when asked.
import { createRequire } from 'node:module';
import jsYaml from 'js-yaml';
import type { Document, LineCounter, Node } from 'yaml';
import { error, type Diagnostic, type SourceSpan } from '../diagnostics.ts';

export interface YamlFile {
  file: string;
  data: unknown;
  /** The position of the node at a path (`['events', 3, 'begin']`); the key's position for map entries. */
  spanOf(path: readonly (string | number)[], at?: 'key' | 'value'): SourceSpan;
}

/**
 * Parses YAML text (YAML 1.2 core schema: `2017-07-22` stays a string). The data comes from js-yaml, which is about
 * ten times faster than the `yaml` package on large corpora; positions come from the `yaml` package, whose
 * document keeps them, parsed only when a diagnostic first needs one (a valid file is never parsed twice).
 * Syntax errors come back as diagnostics with the file's line and column.
 */
export function readYaml(file: string, text: string): { yaml?: YamlFile; diagnostics: Diagnostic[] } {
  let data: unknown;
  try {
    data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, filename: file, json: false });
  } catch (e) {
    return { diagnostics: [syntaxError(file, text, e as jsYaml.YAMLException)] };
  }
  let located: { doc: Document; lines: LineCounter } | undefined;
  const spanOf = (path: readonly (string | number)[], at: 'key' | 'value' = 'key'): SourceSpan => {
    located ??= parseWithPositions(text);
    return { file, ...position(located, path, at) };
  };
  return { yaml: { file, data, spanOf }, diagnostics: [] };
}

/** The `yaml` package, loaded on the first position asked for (a valid build never asks): its load costs more than
 * reading a small dataset. */
let yamlPackage: typeof import('yaml') | undefined;
const positional = () => (yamlPackage ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));

function parseWithPositions(text: string): { doc: Document; lines: LineCounter } {
  const { LineCounter, parseDocument } = positional();
  const lines = new LineCounter();
  return {
    doc: parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, version: '1.2' }),
    lines,
  };
}

/** Like N3's parser, a file stops at its first syntax error: the ones after it are mostly its echoes. */
function syntaxError(file: string, text: string, e: jsYaml.YAMLException): Diagnostic {
  const { doc, lines } = parseWithPositions(text);
  const first = doc.errors[0];
  if (first) {
    const pos = lines.linePos(first.pos[0]);
    return error('E_SOURCE_SYNTAX', `expected valid YAML, found a syntax error: ${firstLine(first.message)}`, {
      file,
      line: pos.line,
      column: pos.col,
    });
  }
  const mark = e.mark ?? { line: 0, column: 0 };
  return error('E_SOURCE_SYNTAX', `expected valid YAML, found a syntax error: ${e.reason}`, {
    file,
    line: mark.line + 1,
    column: mark.column + 1,
  });
}

function position(
  located: { doc: Document; lines: LineCounter },
  path: readonly (string | number)[],
  at: 'key' | 'value',
) {
  let node: unknown = located.doc.contents;
  let offset = (located.doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const step of path) {
    const found = child(node, step);
    if (!found) break;
    offset = (at === 'key' && found.key ? found.key : found.value)?.range?.[0] ?? offset;
    node = found.value;
  }
  const pos = located.lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}

function child(node: unknown, step: string | number): { key?: Node; value?: Node } | undefined {
  const { isMap, isPair, isScalar, isSeq } = positional();
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

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
