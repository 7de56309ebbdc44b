// Checks an entity's links out (the identifier's form per target, one link per target, evidence) and its geometry.
import { error, quote, type Diagnostic } from '../diagnostics.ts';
import type { YamlFile } from './read-yaml.ts';
import { parsePoint } from './parse-point.ts';

/** The form of an identifier in each target dataset, and how the message names it. */
const ID_FORMS: Record<string, { pattern: RegExp; expected: string }> = {
  wikidata: { pattern: /^Q[1-9][0-9]*$/, expected: 'a Wikidata item id (Q followed by digits, as Q1234)' },
  // A DBpedia resource name is an English Wikipedia title with underscores: no spaces, no characters IRIs refuse.
  dbpedia: {
    pattern: /^[^\s<>"{}|\\^`#?/][^\s<>"{}|\\^`#?]*$/u,
    expected: 'a DBpedia resource name (the English Wikipedia title with underscores, as Ras_Baalbek)',
  },
  geonames: { pattern: /^[1-9][0-9]*$/, expected: 'a GeoNames id (digits)' },
};

type Entry = Record<string, unknown>;

/** The problems of an entity's `links` and `geometry` (the schema has checked their fields and types). */
export function checkLinks(entry: Entry, yaml: YamlFile, path: (string | number)[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const [i, link] of ((entry.links ?? []) as Entry[]).entries()) {
    const at = [...path, 'links', i];
    const form = ID_FORMS[String(link.target)];
    if (form && !form.pattern.test(String(link.id)))
      out.push(
        error(
          'E_SOURCE_LINK',
          `expected ${form.expected} in links[${i}].id of ${quote(String(entry.id))}, found ${quote(String(link.id))}`,
          yaml.spanOf([...at, 'id'], 'value'),
        ),
      );
    if (seen.has(String(link.target)))
      out.push(
        error(
          'E_SOURCE_LINK',
          `expected one link to ${link.target} per entity, found a second one for ${quote(String(entry.id))}`,
          yaml.spanOf([...at, 'target'], 'value'),
        ),
      );
    seen.add(String(link.target));
    if (!/^https?:\/\//.test(String(link.evidence)))
      out.push(
        error(
          'E_SOURCE_LINK',
          `expected the URL (http or https) of the stored page that shows the identifier in links[${i}].evidence, found ${quote(String(link.evidence))}`,
          yaml.spanOf([...at, 'evidence'], 'value'),
        ),
      );
  }
  const geometry = entry.geometry as Entry | undefined;
  if (geometry) {
    const point = parsePoint(String(geometry.wkt));
    if ('problem' in point)
      out.push(
        error(
          'E_SOURCE_GEOMETRY',
          `expected a WKT point in WGS84, longitude first (as POINT(36.41 34.18)), in geometry.wkt of ${quote(String(entry.id))}, found ${quote(String(geometry.wkt))}: ${point.problem}`,
          yaml.spanOf([...path, 'geometry', 'wkt'], 'value'),
        ),
      );
    if (!/^https?:\/\//.test(String(geometry.evidence)))
      out.push(
        error(
          'E_SOURCE_GEOMETRY',
          `expected the URL (http or https) of the stored page that gives the coordinates in geometry.evidence, found ${quote(String(geometry.evidence))}`,
          yaml.spanOf([...path, 'geometry', 'evidence'], 'value'),
        ),
      );
  }
  return out;
}
