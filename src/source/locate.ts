// Gives parsed YAML entries their source positions, looked up only when read (a diagnostic, a SHACL message).
import type { SourceSpan } from '../diagnostics.ts';
import type { Located } from './facts.ts';
import type { YamlFile } from './read-yaml.ts';

/**
 * Copies an entry and gives it `spans`: the position of the entry (`spans['']`) and of each field value
 * (`spans['begin.date']`, `spans['cite.0']`). Positions are looked up only when read, so a valid corpus is never
 * parsed a second time for them.
 */
export function locate(entry: unknown, yaml: YamlFile, path: (string | number)[]): Located {
  const cache = new Map<string, SourceSpan>();
  const spans = new Proxy({} as Record<string, SourceSpan>, {
    get(_, key) {
      if (typeof key !== 'string') return undefined;
      const sub = key === '' ? [] : key.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
      if (sub.length > 0 && valueAt(entry, sub) === undefined) return undefined;
      if (!cache.has(key)) cache.set(key, lazySpan(yaml, [...path, ...sub]));
      return cache.get(key);
    },
  });
  return { ...(entry as object), spans };
}

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
  return path.reduce<unknown>((v, k) => (v === null || typeof v !== 'object' ? undefined : (v as Record<string | number, unknown>)[k]), value);
}
