import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_FILE, SCHEMA_FILE, schemaValidatorSource } from '../../scripts/compile-schema.ts';
import validate from '../../src/source/schema-validator.generated.js';

describe('src/source/schema-validator.generated.js', () => {
  it('is what ajv compiles from data/schema/source-facts.schema.json now (else run `npm run compile:schema`)', () => {
    const committed = readFileSync(GENERATED_FILE, 'utf8');
    const fresh = schemaValidatorSource();
    // Not toBe: a 200 kB diff helps nobody; the message says what to do.
    expect(committed === fresh, 'the compiled schema is stale: run `npm run compile:schema` and commit the file').toBe(
      true,
    );
  });

  it('is generated from the text of the schema: a schema that says otherwise gives another module', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as { $defs: { slug: { maxLength: number } } };
    schema.$defs.slug.maxLength += 1;
    expect(schemaValidatorSource(JSON.stringify(schema))).not.toBe(schemaValidatorSource());
  });

  it('checks as the schema says, keeping the schema of each error (verbose) for the messages', () => {
    expect(validate({ events: [{ id: 'Not A Slug' }] })).toBe(false);
    const errors = validate.errors ?? [];
    expect(errors.some((e) => e.keyword === 'pattern' && e.instancePath === '/events/0/id')).toBe(true);
    expect(validate({ nonsense: 1 })).toBe(false);
    const extra = (validate.errors ?? []).find((e) => e.keyword === 'additionalProperties');
    expect(Object.keys((extra?.parentSchema ?? {}) as { properties: object })).toContain('properties');
    expect(Object.keys((extra?.parentSchema as { properties: object } | undefined)?.properties ?? {})).toContain(
      'events',
    );
  });
});
