// Names for the nodes the data leaves unlabelled (participations, quantities, time-spans, instants, dump URLs), made from
// what they link to, so that pages and links read as words rather than as ids.
import type { Term } from 'n3';
import { ckg, crm, dcat, schema, sem, time } from '../vocab.ts';
import { localName } from '../terms.ts';
import type { Labels } from './names.ts';
import { unitWords } from './unit-words.ts';

/** The part of the graph index that naming needs. */
export interface Lookup {
  values(iri: string, predicate: Term): Term[];
  labels(iri: string): Labels;
  subjects(predicate: Term, object: string): string[];
}

type Deriver = (iri: string, g: Lookup) => Labels | undefined;

/** Tried in order; the first that applies names the node. */
const DERIVERS: Deriver[] = [participation, quantity, timeSpan, instant, download];

/** Derived Korean and English names, or `{}` when nothing applies. */
export function deriveLabels(iri: string, g: Lookup): Labels {
  for (const derive of DERIVERS) {
    const l = derive(iri, g);
    if (l) return l;
  }
  return {};
}

/** `Hezbollah — belligerent in Qalamoun offensive` / `헤즈볼라 — 교전 당사자 (칼라문 공세)`. */
function participation(iri: string, g: Lookup): Labels | undefined {
  const actor = first(iri, ckg.actor, g);
  if (!actor) return undefined;
  const roleIri = first(iri, sem.roleType, g);
  const [a, role, event] = [g.labels(actor), labelsOf(roleIri, g), labelsOf(first(iri, ckg.participationIn, g), g)];
  const roleEn = role.en ?? (roleIri ? localName(roleIri).replace(/-/g, ' ') : undefined);
  return {
    en: `${a.en ?? a.ko ?? localName(actor)}${roleEn ? ` — ${roleEn}` : ''}${event.en ? ` in ${event.en}` : ''}`,
    ko: a.ko ? `${a.ko}${role.ko ? ` — ${role.ko}` : ''}${event.ko ? ` (${event.ko})` : ''}` : undefined,
  };
}

/** `killed: 35 — Hezbollah — belligerent in …`, `area: 36 km² — …` (units in English; see unit-words.ts). */
function quantity(iri: string, g: Lookup): Labels | undefined {
  const kind = first(iri, ckg.quantityKind, g);
  if (!kind) return undefined;
  const value =
    first(iri, schema.value, g) ??
    [first(iri, schema.minValue, g), first(iri, schema.maxValue, g)].map((v) => v ?? '?').join('–');
  const [k, about] = [g.labels(kind), labelsOf(first(iri, ckg.about, g), g)];
  const unit = unitWords(first(iri, schema.unitCode, g));
  return {
    en: `${k.en ?? localName(kind).replace(/-/g, ' ')}: ${value}${unit ? ` ${unit}` : ''}${about.en ? ` — ${about.en}` : ''}`,
    ko: k.ko ? `${about.ko ? `${about.ko}: ` : ''}${k.ko} ${value}` : undefined,
  };
}

/** `time-span of Capture of …` / `… 기간`. */
function timeSpan(iri: string, g: Lookup): Labels | undefined {
  const event = g.subjects(crmTimeSpan(), iri)[0];
  if (!event) return undefined;
  const e = g.labels(event);
  return { en: `time-span of ${e.en ?? localName(event)}`, ko: e.ko ? `${e.ko} 기간` : undefined };
}

/** `begin of Capture of …` / `… 시작`, `end of …` / `… 끝`, or the date of a one-day event. */
function instant(iri: string, g: Lookup): Labels | undefined {
  const begins = g.subjects(time.hasBeginning, iri)[0];
  const ends = g.subjects(time.hasEnd, iri)[0];
  const span = begins ?? ends;
  if (!span) return undefined;
  const event = g.subjects(crmTimeSpan(), span)[0] ?? span;
  const e = g.labels(event);
  const [en, ko] = begins && ends ? ['date of', '날짜'] : begins ? ['begin of', '시작'] : ['end of', '끝'];
  return { en: `${en} ${e.en ?? localName(event)}`, ko: e.ko ? `${e.ko} ${ko}` : undefined };
}

/** A dump's URL is named as the distribution it is the download of: `Turtle dump`. */
function download(iri: string, g: Lookup): Labels | undefined {
  const distribution = g.subjects(dcat.downloadURL, iri)[0];
  return distribution ? g.labels(distribution) : undefined;
}

function first(iri: string, predicate: Term, g: Lookup): string | undefined {
  return g.values(iri, predicate)[0]?.value;
}

// An absent link has no labels (an empty IRI would read as a wildcard in the store).
function labelsOf(iri: string | undefined, g: Lookup): Labels {
  return iri ? g.labels(iri) : {};
}

const crmTimeSpan = (): Term => crm['P4_has_time-span'];
