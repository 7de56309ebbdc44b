// Every vocabulary IRI the project uses lives here, and nowhere else (as N3.js keeps its IRIs.js).
import { DataFactory, type NamedNode } from 'n3';

const { namedNode } = DataFactory;

/** Namespace IRIs, by their conventional prefix. */
export const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dcterms: 'http://purl.org/dc/terms/',
  prov: 'http://www.w3.org/ns/prov#',
  sem: 'http://semanticweb.cs.vu.nl/2009/11/sem/',
  crm: 'http://www.cidoc-crm.org/cidoc-crm/',
  time: 'http://www.w3.org/2006/time#',
  schema: 'http://schema.org/',
  geo: 'http://www.opengis.net/ont/geosparql#',
  sf: 'http://www.opengis.net/ont/sf#',
  org: 'http://www.w3.org/ns/org#',
  sh: 'http://www.w3.org/ns/shacl#',
  void: 'http://rdfs.org/ns/void#',
  dcat: 'http://www.w3.org/ns/dcat#',
  sd: 'http://www.w3.org/ns/sparql-service-description#',
  formats: 'http://www.w3.org/ns/formats/',
  ckg: 'https://w3id.org/conflict-kg/ontology#',
  ckgsh: 'https://w3id.org/conflict-kg/shapes#',
} as const;

/** The base of the project's SKOS concept schemes; one sub-namespace per scheme. */
export const CONCEPT_BASE = 'https://w3id.org/conflict-kg/concept/';

/** The ontology's IRI (`…/ontology`), also the name of the named graph that holds it in `query` and `/sparql`. */
export const ONTOLOGY_IRI = NS.ckg.slice(0, -1);

/** The named graph of the concept schemes in `query` and `/sparql` (every subject under CONCEPT_BASE). */
export const CONCEPTS_GRAPH = CONCEPT_BASE.slice(0, -1);

/**
 * The vocabulary exported beside each dataset in `dist/` and loaded into its own named graph: the ontology (classes,
 * properties, the ontology node) and the concept schemes (schemes and concepts), split by subject.
 */
export const VOCABULARY_GRAPHS = [
  { name: 'ontology', file: 'conflict-kg-ontology', graph: ONTOLOGY_IRI },
  { name: 'concepts', file: 'conflict-kg-concepts', graph: CONCEPTS_GRAPH },
] as const;

/**
 * The name of the union of every dataset a build writes (`conflict-kg.nt`, `.ttl`, `.jsonld`): the set union of the
 * datasets' triples, beside each dataset's own files. Its JSON-LD uses the vocabulary's context (`conflict-kg.context.jsonld`).
 */
export const UNION_FILE = 'conflict-kg';

/** The vocabulary graph a file of `dist/` holds (`conflict-kg-ontology.nt` → the ontology's), by its name. */
export function vocabularyFileGraph(fileName: string): string | undefined {
  const base = fileName.slice(fileName.lastIndexOf('/') + 1);
  return VOCABULARY_GRAPHS.find((g) => base.startsWith(`${g.file}.`))?.graph;
}

/** Which vocabulary graph a triple of the ontology file belongs to, by its subject. */
export function vocabularyGraphOf(subject: string): (typeof VOCABULARY_GRAPHS)[number] {
  return VOCABULARY_GRAPHS[subject.startsWith(CONCEPT_BASE) ? 1 : 0];
}

/** The default base IRI under which a dataset's resources are minted (the dataset may declare its own). */
export const DEFAULT_RESOURCE_BASE = 'https://w3id.org/conflict-kg/id/';

type Terms<K extends string> = { readonly [P in K]: NamedNode };

function terms<K extends string>(ns: string, names: readonly K[]): Terms<K> {
  return Object.fromEntries(names.map((n) => [n, namedNode(ns + n)])) as Terms<K>;
}

export const rdf = terms(NS.rdf, [
  'type',
  'value',
  'subject',
  'predicate',
  'object',
  'Statement',
  'langString',
] as const);
export const rdfs = terms(NS.rdfs, [
  'label',
  'comment',
  'seeAlso',
  'subClassOf',
  'subPropertyOf',
  'domain',
  'range',
  'isDefinedBy',
  'Class',
] as const);
export const owl = terms(NS.owl, [
  'Ontology',
  'Class',
  'ObjectProperty',
  'DatatypeProperty',
  'sameAs',
  'versionInfo',
  'versionIRI',
] as const);
export const xsd = terms(NS.xsd, [
  'string',
  'date',
  'gYearMonth',
  'gYear',
  'dateTime',
  'integer',
  'nonNegativeInteger',
  'decimal',
  'boolean',
  'anyURI',
  'duration',
] as const);
export const skos = terms(NS.skos, [
  'Concept',
  'ConceptScheme',
  'inScheme',
  'prefLabel',
  'altLabel',
  'note',
  'editorialNote',
  'closeMatch',
  'exactMatch',
] as const);
export const dcterms = terms(NS.dcterms, [
  'title',
  'description',
  'license',
  'source',
  'isPartOf',
  'hasPart',
  'language',
  'identifier',
  'creator',
  'publisher',
  'issued',
  'modified',
  'bibliographicCitation',
  'rightsHolder',
] as const);
export const prov = terms(NS.prov, [
  'Entity',
  'Agent',
  'Activity',
  'wasDerivedFrom',
  'wasGeneratedBy',
  'used',
  'hadPrimarySource',
  'wasQuotedFrom',
  'alternateOf',
] as const);
export const sem = terms(NS.sem, [
  'Event',
  'Actor',
  'Place',
  'Role',
  'View',
  'Authority',
  'hasActor',
  'hasPlace',
  'subEventOf',
  'hasSubEvent',
  'eventType',
  'actorType',
  'placeType',
  'roleType',
  'accordingTo',
  'hasBeginTimeStamp',
  'hasEndTimeStamp',
  'hasTimeStamp',
] as const);
export const crm = terms(NS.crm, [
  'E7_Activity',
  'E5_Event',
  'E39_Actor',
  'E74_Group',
  'E21_Person',
  'E53_Place',
  'E52_Time-Span',
  'E54_Dimension',
  'E31_Document',
  'P4_has_time-span',
  'P7_took_place_at',
  'P11_had_participant',
  'P14_carried_out_by',
  'P9i_forms_part_of',
  'P89_falls_within',
  'P82a_begin_of_the_begin',
  'P82b_end_of_the_end',
  'P90_has_value',
  'P90a_has_lower_value_limit',
  'P90b_has_upper_value_limit',
  'P17_was_motivated_by',
  'P20_had_specific_purpose',
  'P107i_is_current_or_former_member_of',
] as const);
export const time = terms(NS.time, [
  'ProperInterval',
  'Instant',
  'hasBeginning',
  'hasEnd',
  'inXSDDate',
  'inXSDgYearMonth',
  'inXSDgYear',
  'unitDay',
  'unitMonth',
  'unitYear',
  'hasXSDDuration',
  'intervalIn',
  'intervalAfter',
  'intervalBefore',
] as const);
export const schema = terms(NS.schema, [
  'Event',
  'Organization',
  'Person',
  'Place',
  'Country',
  'QuantitativeValue',
  'WebPage',
  'Article',
  'NewsArticle',
  'Dataset',
  'Claim',
  'name',
  'url',
  'archivedAt',
  'publisher',
  'datePublished',
  'inLanguage',
  'value',
  'minValue',
  'maxValue',
  'unitCode',
  'unitText',
  'startDate',
  'endDate',
  'location',
  'containedInPlace',
  'memberOf',
  'jobTitle',
  'license',
  'sameAs',
] as const);
export const geo = terms(NS.geo, ['Feature', 'Geometry', 'sfWithin', 'hasGeometry', 'asWKT', 'wktLiteral'] as const);
/** Simple Features: the geometry classes of GeoSPARQL's WKT literals. */
export const sf = terms(NS.sf, ['Point'] as const);
/** The W3C Organization ontology: memberships as n-ary facts. */
export const org = terms(NS.org, ['Membership', 'member', 'organization'] as const);
export const voidVocab = terms(NS.void, [
  'Dataset',
  'dataDump',
  'distinctSubjects',
  'distinctObjects',
  'entities',
  'classes',
  'properties',
  'classPartition',
  'propertyPartition',
  'class',
  'property',
  'exampleResource',
  'rootResource',
  'feature',
  'sparqlEndpoint',
  'triples',
  'uriSpace',
  'vocabulary',
  'Linkset',
  'linkPredicate',
  'subjectsTarget',
  'objectsTarget',
  'subset',
] as const);

/**
 * The datasets the data links out to (`owl:sameAs`, `skos:closeMatch`), each with the IRI that names it in VoID and
 * the namespace of its resources: one `void:Linkset` each.
 */
export const LINK_TARGETS = [
  {
    name: 'wikidata',
    title: 'Wikidata',
    dataset: 'http://www.wikidata.org/',
    uriSpace: 'http://www.wikidata.org/entity/',
  },
  { name: 'dbpedia', title: 'DBpedia', dataset: 'http://dbpedia.org/', uriSpace: 'http://dbpedia.org/resource/' },
  { name: 'geonames', title: 'GeoNames', dataset: 'https://sws.geonames.org/', uriSpace: 'https://sws.geonames.org/' },
] as const;
export const dcat = terms(NS.dcat, [
  'Dataset',
  'Distribution',
  'DataService',
  'distribution',
  'landingPage',
  'accessURL',
  'downloadURL',
  'byteSize',
  'mediaType',
  'endpointURL',
  'servesDataset',
  'Catalog',
  'dataset',
] as const);

/** SPARQL 1.1 Service Description: what `/sparql` says about itself. */
export const sd = terms(NS.sd, [
  'Service',
  'Dataset',
  'Graph',
  'endpoint',
  'supportedLanguage',
  'SPARQL11Query',
  'resultFormat',
  'defaultDataset',
  'defaultGraph',
  'name',
  'namedGraph',
  'NamedGraph',
  'feature',
  'UnionDefaultGraph',
] as const);
/** W3C's unique IRIs for formats (for sd:resultFormat). */
export const formats = terms(NS.formats, [
  'SPARQL_Results_JSON',
  'SPARQL_Results_XML',
  'SPARQL_Results_CSV',
  'SPARQL_Results_TSV',
  'Turtle',
  'N-Triples',
  'JSON-LD',
  'RDF_XML',
] as const);

/** IANA's media-type registry as IRIs (for dcat:mediaType): `mediaType('text/turtle')`. */
export function mediaType(type: string): NamedNode {
  return namedNode(`http://www.iana.org/assignments/media-types/${type}`);
}

export const sh = terms(NS.sh, [
  'ValidationReport',
  'ValidationResult',
  'conforms',
  'result',
  'focusNode',
  'resultPath',
  'resultSeverity',
  'resultMessage',
  'sourceConstraintComponent',
  'sourceShape',
  'value',
  'property',
  'inversePath',
  'alternativePath',
  'zeroOrMorePath',
  'oneOrMorePath',
  'zeroOrOnePath',
  'Violation',
  'Warning',
  'Info',
] as const);

/** The project ontology: classes (PascalCase) and properties (camelCase). */
export const ckg = terms(NS.ckg, [
  // classes
  'Dataset',
  'SourceDocument',
  'Citation',
  'Event',
  'ArmedConflict',
  'MilitaryOperation',
  'Phase',
  'Incident',
  'Actor',
  'State',
  'ArmedForces',
  'ArmedGroup',
  'Unit',
  'Person',
  'Side',
  'Participation',
  'Place',
  'TimeSpan',
  'Instant',
  'Quantity',
  'StrengthEstimate',
  'CasualtyCount',
  'AreaEstimate',
  'LengthEstimate',
  'PeopleCount',
  'VehicleCount',
  'Outcome',
  'Claim',
  'Quotation',
  'CollectiveActor',
  'PlaceRelation',
  'EventRelation',
  'CuratorInference',
  'QualifiedStatement',
  'BoundedTimeSpan',
  'Membership',
  'LinkEvidence',
  // properties: structure
  'participationIn',
  'actor',
  'side',
  'sideOf',
  'commands',
  'ordinal',
  'positionHeld',
  'participantOutcome',
  'assignmentCertain',
  'memberOf',
  'hasParticipation',
  'hasSide',
  // properties: time
  'precision',
  'dateExpression',
  'resolvedRelativeTo',
  'timeOfDay',
  // properties: quantities
  'about',
  'quantityKind',
  'qualifier',
  'unitAsWritten',
  // properties: outcomes
  'hasOutcome',
  'outcomeType',
  'affects',
  'beneficiary',
  'origin',
  'destination',
  'outcomePlace',
  // properties: claims
  'stance',
  'statement',
  'claimAbout',
  // claimable relations (used inside claims; never asserted directly when disputed)
  'coordinatedWith',
  'captured',
  'advancedInto',
  'supported',
  'partyTo',
  // properties: provenance and curation
  'footnoteNumber',
  'inSource',
  'sourceText',
  'quotation',
  'notListedBy',
  'readablePart',
  'curatorNote',
  'englishLabelKind',
  'inferenceReason',
  'certain',
  'uncertainty',
  // properties: places
  'placeType',
  'within',
  'near',
  'outskirtsOf',
  'partOfPlace',
  'acrossBorderFrom',
  // properties: an event's places by role (origin and destination above, shared with outcomes)
  'tookPlaceIn',
  'targetPlace',
  'positionedIn',
  // properties: relations between events
  'causes',
  'motivatedBy',
  'hadPurpose',
  'follows',
  'precedes',
  'gap',
  'coordinatePrecision',
  // properties: links out and their evidence
  'linkSubject',
  'linkTarget',
  'linkTargetDataset',
  'matchKind',
  'evidence',
  // properties: dataset
  'primarySource',
] as const);

/** The SKOS concept schemes of the ontology, each with its allowed concept names (the YAML values). */
export const SCHEMES = {
  'event-type': [
    'military-offensive',
    'campaign-phase',
    'military-operation',
    'capture',
    'attack',
    'advance',
    'siege',
    'blockade',
    'ceasefire-agreement',
    'ceasefire-announcement',
    'announcement',
    'statement',
    'surrender',
    'withdrawal',
    'transfer',
    'prisoner-exchange',
    'negotiation',
    'battle',
    'takeover',
    'armed-conflict',
    'preparation',
    'territorial-control',
    'ceasefire',
  ],
  'actor-type': ['state', 'armed-forces', 'armed-group', 'unit', 'person', 'collective'],
  'place-type': [
    'country',
    'governorate',
    'region',
    'mountain-range',
    'border-area',
    'town',
    'city',
    'valley',
    'hill',
    'position',
    'border-post',
    'base',
    'canyon',
    'area',
  ],
  role: [
    'belligerent',
    'supporter',
    'commander',
    'unit',
    'attacker',
    'target',
    'party',
    'speaker',
    'surrendering-party',
    'receiving-party',
    'withdrawing-party',
    'occupier',
    'captive',
    'captor',
  ],
  'quantity-kind': [
    'personnel-strength',
    'killed',
    'wounded',
    'captured',
    'surrendered',
    'people-transferred',
    'area',
    'length',
    'vehicles',
  ],
  qualifier: ['exact', 'approximately', 'at-least', 'at-most'],
  'outcome-type': [
    'victory',
    'end-of-conflict',
    'surrender',
    'relocation',
    'evacuation',
    'territorial-control',
    'ceasefire',
    'withdrawal',
    'border-control',
  ],
  'participant-outcome': ['surrendered', 'withdrew', 'defeated', 'victorious'],
  stance: ['affirmed', 'denied', 'disputed', 'reported', 'intends', 'intends-not'],
  'time-of-day': ['morning', 'afternoon', 'evening', 'night', 'later-that-day'],
  'english-label-kind': ['established', 'romanization', 'translation'],
  'match-kind': ['same', 'close'],
  'link-target': ['wikidata', 'dbpedia', 'geonames'],
  'coordinate-precision': ['town', 'area-centroid', 'approximate'],
} as const;

export type SchemeName = keyof typeof SCHEMES;
export type ConceptName<S extends SchemeName> = (typeof SCHEMES)[S][number];

/** The IRI of a SKOS concept scheme. */
export function schemeIri(scheme: SchemeName): NamedNode {
  return namedNode(`${CONCEPT_BASE}${scheme}`);
}

/** The IRI of a concept in a scheme: `concept('role', 'commander')` → `…/concept/role/commander`. */
export function concept<S extends SchemeName>(scheme: S, name: ConceptName<S>): NamedNode {
  return namedNode(`${CONCEPT_BASE}${scheme}/${name}`);
}

/** Date precision → OWL-Time temporal unit. */
export const PRECISION_UNIT = { day: time.unitDay, month: time.unitMonth, year: time.unitYear } as const;

/** The kinds of resource a dataset mints, each under `<base><kind>/`. Order is the Turtle prefix order. */
export const RESOURCE_KINDS = [
  'dataset',
  'source',
  'citation',
  'event',
  'timespan',
  'side',
  'actor',
  'collective',
  'participation',
  'place',
  'placerelation',
  'eventrelation',
  'quantity',
  'outcome',
  'claim',
  'quotation',
  'statement',
  'inference',
  'membership',
  'link',
  'geometry',
] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** The kinds of resource that a shared entity register mints (under its base, not a dataset's): see SHARED_BASE. */
export const SHARED_KINDS: readonly ResourceKind[] = ['actor', 'place', 'event', 'link', 'geometry'];

/** The base under which the shared entity register mints actors, places and wider conflicts: `<base>actor/<id>`. */
export const SHARED_BASE = DEFAULT_RESOURCE_BASE;

/** The vocabularies the data uses, in the order their prefixes are written (before the concept and resource ones). */
export const VOCABULARY_PREFIXES = [
  'rdf',
  'rdfs',
  'owl',
  'xsd',
  'skos',
  'dcterms',
  'prov',
  'sem',
  'crm',
  'time',
  'schema',
  'geo',
  'sf',
  'org',
  'ckg',
] as const satisfies readonly (keyof typeof NS)[];

/**
 * The prefixes used in Turtle output and the JSON-LD context, in a fixed order (vocabularies first). With a
 * `sharedBase` (a dataset that uses the entity register), `actor:`, `place:` and the other shared kinds but `event:`
 * name the register's namespaces.
 */
export function prefixesFor(base: string, sharedBase?: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of VOCABULARY_PREFIXES) out[p] = NS[p];
  for (const scheme of Object.keys(SCHEMES) as SchemeName[]) out[schemePrefix(scheme)] = `${CONCEPT_BASE}${scheme}/`;
  for (const kind of RESOURCE_KINDS)
    out[kind] =
      sharedBase && kind !== 'event' && SHARED_KINDS.includes(kind) ? `${sharedBase}${kind}/` : `${base}${kind}/`;
  return out;
}

/** The prefixes of the vocabulary's own documents: prefixesFor's, without a dataset's resource kinds. */
export function vocabularyPrefixes(): Record<string, string> {
  const out = prefixesFor(DEFAULT_RESOURCE_BASE);
  for (const kind of RESOURCE_KINDS) delete out[kind];
  return out;
}

/** The Turtle prefix of a concept scheme: `event-type` → `eventtype`. */
export function schemePrefix(scheme: SchemeName): string {
  return scheme.replace(/-/g, '');
}
