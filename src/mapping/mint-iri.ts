// Mints the deterministic IRIs of a dataset's resources from their curator-chosen ids; never counters, never blank nodes.
import { DataFactory, type NamedNode } from 'n3';
import type { ResourceKind } from '../vocab.ts';
import { hasPrefix } from '../terms.ts';

const { namedNode } = DataFactory;

/**
 * The IRI of a resource: `<base><kind>/<id>`.
 * @example mintIri('https://w3id.org/conflict-kg/id/qalamoun-2017/', 'actor', 'hezbollah')
 *   //=> <https://w3id.org/conflict-kg/id/qalamoun-2017/actor/hezbollah>
 * @example mintIri(base, 'citation', 'kowiki-20')  //=> <…/citation/kowiki-20>  (footnote 20 of source kowiki)
 * @example mintIri(base, 'timespan', 'capture-dhahr-al-hawa-begin')  //=> <…/timespan/capture-dhahr-al-hawa-begin>
 */
export function mintIri(base: string, kind: ResourceKind, id: string): NamedNode {
  return namedNode(`${base}${kind}/${id}`);
}

/**
 * The id an IRI was minted from, when it is `<base><kind>/<id>` and `kindOf(id)` is that kind (the inverse of
 * mintIri for the ids of a dataset); undefined for any other IRI.
 * @example mintedId(base, `${base}actor/hezbollah`, kindOf)  //=> { kind: 'actor', id: 'hezbollah' }
 */
export function mintedId<K extends string>(
  base: string,
  iri: string,
  kindOf: (id: string) => K | undefined,
): { kind: K; id: string } | undefined {
  if (!base || !hasPrefix(iri, base)) return undefined;
  const slash = iri.indexOf('/', base.length);
  if (slash < 0) return undefined;
  const id = iri.slice(slash + 1);
  const kind = kindOf(id);
  return kind !== undefined && slash - base.length === kind.length && iri.startsWith(kind, base.length)
    ? { kind, id }
    : undefined;
}

/** The default base of a dataset that declares none. */
export function defaultBase(resourceBase: string, datasetId: string): string {
  return `${resourceBase}${datasetId}/`;
}
