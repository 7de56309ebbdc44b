// Checks one parsed YAML file against the JSON Schema of the source format; each violation becomes a located diagnostic.
// The schema (data/schema/source-facts.schema.json, which editors use too) is compiled ahead of time into
// schema-validator.generated.js by scripts/compile-schema.ts; a test fails when that file is stale.
import type { ErrorObject } from 'ajv/dist/2020.js';
import { error, quote, type Diagnostic } from '../diagnostics.ts';
import type { YamlFile } from './read-yaml.ts';
import validate from './schema-validator.generated.js';

/** Returns one diagnostic per schema violation in the file (none when it conforms). */
export function checkSchema(yaml: YamlFile): Diagnostic[] {
  if (validate(yaml.data)) return inexactNumbers(yaml);
  return (validate.errors ?? []).map((e) => toDiagnostic(e, yaml));
}

/**
 * A whole number beyond 2^53 is not read exactly (18446744073709551617 would become 18446744073709552000): each is
 * refused at its position rather than written rounded.
 */
function inexactNumbers(yaml: YamlFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  const path: (string | number)[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value)) {
      const message = `expected a whole number of at most ${Number.MAX_SAFE_INTEGER} (2^53 − 1) at ${describePath(path)}, found a larger one, which would not be read exactly`;
      out.push(error('E_SOURCE_VALUE', message, yaml.spanOf([...path], 'value')));
    } else if (value && typeof value === 'object') {
      // One path, pushed and popped: this walk sees every value of every file.
      for (const [k, v] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
        path.push(k);
        visit(v);
        path.pop();
      }
    }
  };
  visit(yaml.data);
  return out;
}

function toDiagnostic(e: ErrorObject, yaml: YamlFile): Diagnostic {
  const path = e.instancePath
    .split('/')
    .slice(1)
    .map(unescapePointer)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const where = describePath(path);
  const found = foundText(valueAt(yaml.data, path));
  switch (e.keyword) {
    case 'required': {
      const field = String(e.params.missingProperty);
      return error(
        'E_SOURCE_MISSING_FIELD',
        `expected field ${quote(String(field))} in ${where}, found none`,
        yaml.spanOf(path),
      );
    }
    case 'additionalProperties': {
      const field = String(e.params.additionalProperty);
      const allowed = Object.keys(propertiesOf(e.parentSchema)).join(', ');
      return error(
        'E_SOURCE_UNKNOWN_FIELD',
        `expected one of the fields ${allowed} in ${where}, found unknown field ${quote(String(field))}`,
        yaml.spanOf([...path, field]),
      );
    }
    case 'enum': {
      const allowed = (e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      return error(
        'E_SOURCE_VALUE',
        `expected one of ${allowed} at ${where}, found ${found}`,
        yaml.spanOf(path, 'value'),
      );
    }
    case 'pattern':
      return error(
        patternCode(e),
        `expected ${patternMeaning(e)} at ${where}, found ${found}`,
        yaml.spanOf(path, 'value'),
      );
    case 'maxLength':
      return error(
        'E_SOURCE_VALUE',
        `expected at most ${e.params.limit} characters at ${where}, found ${found}`,
        yaml.spanOf(path, 'value'),
      );
    case 'type':
      return error(
        'E_SOURCE_TYPE',
        `expected ${article(String(e.params.type))} at ${where}, found ${found}`,
        yaml.spanOf(path, 'value'),
      );
    default:
      return error(
        'E_SOURCE_VALUE',
        `expected a value that ${e.message ?? 'fits the schema'} at ${where}, found ${found}`,
        yaml.spanOf(path, 'value'),
      );
  }
}

function patternMeaning(e: ErrorObject): string {
  const p = String(e.params.pattern);
  if (p.startsWith('^[a-z0-9]+'))
    return p.includes('#')
      ? 'a footnote number, "article", a source id or "source#N"'
      : 'an id made of lowercase ASCII letters, digits and single hyphens';
  if (p.startsWith('^[0-9]{4}')) return 'a date YYYY-MM-DD, YYYY-MM or YYYY';
  if (p.startsWith('^[a-zA-Z]')) return 'an absolute IRI';
  if (p.startsWith('^[a-z]{2,3}')) return 'a BCP 47 language tag';
  return `text matching ${p}`;
}

function patternCode(e: ErrorObject) {
  return String(e.params.pattern).startsWith('^[0-9]{4}') ? 'E_SOURCE_DATE' : 'E_SOURCE_VALUE';
}

/** `['events', 3, 'begin']` → `events[3].begin`. */
export function describePath(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'the file';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function propertiesOf(schema: unknown): Record<string, unknown> {
  return (schema as { properties?: Record<string, unknown> })?.properties ?? {};
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], data);
}

/** Describes a found value for a message: `"abc"`, `number 5`, `a list`, `a mapping`, `nothing`. */
export function foundText(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (typeof v === 'string') return quote(v);
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `${typeof v} ${String(v)}`;
}

function article(type: string): string {
  const names: Record<string, string> = {
    object: 'a mapping',
    array: 'a list',
    string: 'text',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
  };
  return type
    .split(',')
    .map((t) => names[t] ?? t)
    .join(' or ');
}

function unescapePointer(s: string): string {
  return s.replace(/~1/g, '/').replace(/~0/g, '~');
}
