// Links out to other datasets (with the evidence of each) and GeoSPARQL geometries: what identifies an entity.
import { DataFactory, type NamedNode } from 'n3';
import type { LinkFact, PlaceFact } from '../source/index.ts';
import { ckg, geo, owl, prov, rdf, rdfs, sf, skos } from '../vocab.ts';
import { addConcept, type MapScope } from './map-scope.ts';
import { en, ko, typed } from './emitter.ts';

const { namedNode } = DataFactory;

const LINK_NAMESPACE: Record<LinkFact['target'], string> = {
  wikidata: 'http://www.wikidata.org/entity/',
  dbpedia: 'http://dbpedia.org/resource/',
  geonames: 'https://sws.geonames.org/',
};

/** The IRI a link points at: the target dataset's IRI of the identifier. */
export function linkIri(link: Pick<LinkFact, 'target' | 'id'>): NamedNode {
  const tail = link.target === 'geonames' ? `${link.id}/` : encodeURI(link.id);
  return namedNode(`${LINK_NAMESPACE[link.target]}${tail}`);
}

/**
 * Links out: `owl:sameAs` (same thing) or `skos:closeMatch`, and for each a ckg:LinkEvidence node that says which
 * stored page shows the identifier.
 */
export function mapLinks(scope: MapScope, node: NamedNode, id: string, links: LinkFact[] | undefined): void {
  for (const link of links ?? []) {
    const target = linkIri(link);
    scope.out.add(node, link.match === 'same' ? owl.sameAs : skos.closeMatch, target);
    const evidence = scope.mintFor(id, 'link', `${id}-${link.target}`);
    scope.out.types(evidence, [ckg.LinkEvidence, prov.Entity]);
    scope.out.add(evidence, ckg.linkSubject, node);
    scope.out.add(evidence, ckg.linkTarget, target);
    addConcept(scope, evidence, ckg.linkTargetDataset, 'link-target', link.target);
    addConcept(scope, evidence, ckg.matchKind, 'match-kind', link.match);
    scope.out.add(evidence, ckg.evidence, namedNode(link.evidence));
    scope.out.add(evidence, rdfs.label, ko(`${link.target} 링크: ${id}`));
    scope.out.add(evidence, rdfs.label, en(`${link.target} link of ${id}`));
    if (link.note) scope.out.add(evidence, ckg.curatorNote, en(link.note));
  }
}

/** A WGS84 point (GeoSPARQL), with its precision and the stored page that gives it. */
export function mapGeometry(scope: MapScope, node: NamedNode, p: PlaceFact): void {
  const g = p.geometry!;
  const geometry = scope.mintFor(p.id, 'geometry', p.id);
  scope.out.add(node, geo.hasGeometry, geometry);
  scope.out.add(geometry, rdf.type, geo.Geometry);
  scope.out.add(geometry, rdf.type, sf.Point);
  scope.out.add(geometry, geo.asWKT, typed(g.wkt.trim(), geo.wktLiteral));
  addConcept(scope, geometry, ckg.coordinatePrecision, 'coordinate-precision', g.precision);
  scope.out.add(geometry, ckg.evidence, namedNode(g.evidence));
  scope.out.add(geometry, rdfs.label, ko(`${p.label.ko}의 위치`));
  scope.out.add(geometry, rdfs.label, en(`location of ${p.label.en}`));
  if (g.note) scope.out.add(geometry, ckg.curatorNote, en(g.note));
}
