// Gives parsed YAML entries their source positions, looked up only when read (a diagnostic, a SHACL message).
import type { SourceSpan } from '../diagnostics.ts';
import type { Located } from './facts.ts';
import type { YamlFile } from './read-yaml.ts';

/**
 * Gives a parsed entry (owned by the caller) its `spans`: the position of the entry (`spans['']`) and of each field
 * value (`spans['begin.date']`, `spans['cite.0']`). Positions are looked up only when read, so a valid corpus is never
 * parsed a second time for them. One shared handler serves every entry's spans.
 */
export function locate(entry: unknown, yaml: YamlFile, path: (string | number)[]): Located {
  const located = entry as Located;
  PATHS.set(located, path);
  const target: SpanTarget = { entry, yaml, path };
  located.spans = new Proxy(target, HANDLER) as unknown as Record<string, SourceSpan>;
  return located;
}

const PATHS = new WeakMap<object, readonly (string | number)[]>();

/** Where a located entry is in its file (`['events', 3]`), for messages that name the field (`events[3].begin`). */
export function entryPath(entry: Located): readonly (string | number)[] {
  return PATHS.get(entry) ?? [];
}

interface SpanTarget {
  entry: unknown;
  yaml: YamlFile;
  path: (string | number)[];
  cache?: Map<string, SourceSpan>;
}

const HANDLER: ProxyHandler<SpanTarget> = {
  get(target, key) {
    if (typeof key !== 'string') return undefined;
    const sub = key === '' ? [] : key.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    if (sub.length > 0 && valueAt(target.entry, sub) === undefined) return undefined;
    target.cache ??= new Map();
    let span = target.cache.get(key);
    if (!span) {
      span = lazySpan(target.yaml, [...target.path, ...sub]);
      target.cache.set(key, span);
    }
    return span;
  },
};

/** A span whose line and column are found on first read. */
function lazySpan(yaml: YamlFile, path: (string | number)[]): SourceSpan {
  let span: SourceSpan | undefined;
  const resolve = () => (span ??= yaml.spanOf(path, 'value'));
  return Object.defineProperties({ file: yaml.file } as SourceSpan, {
    line: { get: () => resolve().line, enumerable: true },
    column: { get: () => resolve().column, enumerable: true },
  });
}

function valueAt(value: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>(
    (v, k) => (v === null || typeof v !== 'object' ? undefined : (v as Record<string | number, unknown>)[k]),
    value,
  );
}
