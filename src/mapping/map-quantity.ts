// Maps a quantity (strength, casualties, people moved, area, length, vehicles) keeping exact values, ranges, approximations and units.
import type { NamedNode } from 'n3';
import type { QuantityFact } from '../source/index.ts';
import { ckg, crm, schema, xsd } from '../vocab.ts';
import { addConcept, describe, type MapScope } from './map-scope.ts';
import { bool, ko, typed } from './emitter.ts';
import { quantityLabel } from './resource-labels.ts';

const KIND_CLASS: Record<string, NamedNode> = {
  'personnel-strength': ckg.StrengthEstimate,
  killed: ckg.CasualtyCount,
  wounded: ckg.CasualtyCount,
  captured: ckg.CasualtyCount,
  surrendered: ckg.CasualtyCount,
  'people-transferred': ckg.PeopleCount,
  area: ckg.AreaEstimate,
  length: ckg.LengthEstimate,
  vehicles: ckg.VehicleCount,
};

/** UN/CEFACT common codes: C62 "one" (a count, of persons or of vehicles), KMK square kilometre, KMT kilometre. */
const UNIT_CODE = { person: 'C62', vehicle: 'C62', km2: 'KMK', km: 'KMT' } as const;

/** Units that count whole things: their values are xsd:integer. */
const COUNTED = new Set<QuantityFact['unit']>(['person', 'vehicle']);

/** Produces ckg:Quantity (schema:QuantitativeValue, crm:E54_Dimension) and its kind's class. */
export function mapQuantity(scope: MapScope, q: QuantityFact): void {
  const node = scope.mint('quantity', q.id);
  const { out } = scope;
  describe(scope, node, q);
  out.types(node, [ckg.Quantity, schema.QuantitativeValue, crm.E54_Dimension, KIND_CLASS[q.kind]]);
  out.labels(node, quantityLabel(q, scope.participation(q.about), scope.labelOf));
  out.add(node, ckg.about, scope.iri(q.about));
  addConcept(scope, node, ckg.quantityKind, 'quantity-kind', q.kind);
  // xsd:integer, not xsd:nonNegativeInteger: SPARQL engines (oxigraph) answer a derived integer type as xsd:integer,
  // so the dump and a query would disagree on the datatype; the shapes keep counts at 0 or more.
  const number = (n: number) => typed(n, COUNTED.has(q.unit) ? xsd.integer : xsd.decimal);
  if (q.value !== undefined) {
    out.add(node, schema.value, number(q.value));
    out.add(node, crm.P90_has_value, number(q.value));
  }
  if (q.min !== undefined) {
    out.add(node, schema.minValue, number(q.min));
    out.add(node, crm.P90a_has_lower_value_limit, number(q.min));
  }
  if (q.max !== undefined) {
    out.add(node, schema.maxValue, number(q.max));
    out.add(node, crm.P90b_has_upper_value_limit, number(q.max));
  }
  addConcept(scope, node, ckg.qualifier, 'qualifier', q.qualifier ?? (q.value !== undefined ? 'exact' : undefined));
  out.add(node, schema.unitCode, typed(UNIT_CODE[q.unit], xsd.string));
  if (q.unitAsWritten) out.add(node, ckg.unitAsWritten, ko(q.unitAsWritten));
  out.add(node, ckg.assignmentCertain, bool(q.assignment !== 'uncertain'));
}
