// Korean and English labels for the nodes the YAML gives no label (participations, quantities, time spans, instants),
// made from the facts they link to and the ontology's concept labels: deterministic, the same in every batch.
import type { Label, ParticipationFact, QuantityFact } from '../source/index.ts';
import { conceptLabel } from './concept-labels.ts';

/** The label of any labelled id of the dataset or the register (see MapScope.labelOf). */
export type LabelOf = (id: string) => Label;

/**
 * `Hezbollah in Qalamoun offensive (July–August 2017): belligerent` / `칼라문 공세 (2017년)의 헤즈볼라: 교전 당사자`.
 */
export function participationLabel(p: ParticipationFact, labelOf: LabelOf): Label {
  const [actor, event, role] = [labelOf(p.actor), labelOf(p.event), conceptLabel('role', p.role)];
  return { en: `${actor.en} in ${event.en}: ${role.en}`, ko: `${event.ko}의 ${actor.ko}: ${role.ko}` };
}

/**
 * A quantity about a participation names its actor, then its event: `Hezbollah personnel strength: 4,000 — Qalamoun
 * offensive (July–August 2017)` / `헤즈볼라 병력: 4,000 — 칼라문 공세 (2017년)`; about anything else (an event, an
 * outcome): `<its label> — area: 36 km²` / `<its label> — 면적: 36 km²`.
 */
export function quantityLabel(q: QuantityFact, about: ParticipationFact | undefined, labelOf: LabelOf): Label {
  const kind = conceptLabel('quantity-kind', q.kind);
  const amount = amountWords(q);
  if (about) {
    const [actor, event] = [labelOf(about.actor), labelOf(about.event)];
    return {
      en: `${actor.en} ${kind.en}: ${amount.en} — ${event.en}`,
      ko: `${actor.ko} ${kind.ko}: ${amount.ko} — ${event.ko}`,
    };
  }
  const subject = labelOf(q.about);
  return { en: `${subject.en} — ${kind.en}: ${amount.en}`, ko: `${subject.ko} — ${kind.ko}: ${amount.ko}` };
}

/** `time of <event>` / `<event> 기간`. */
export function timeSpanLabel(event: Label): Label {
  return { en: `time of ${event.en}`, ko: `${event.ko} 기간` };
}

const INSTANT_WORDS = {
  begin: { en: 'beginning of', ko: '시작' },
  end: { en: 'end of', ko: '종료' },
  date: { en: 'date of', ko: '날짜' },
} as const;

/** `beginning of <event>: 2017-07-21` / `<event> 시작: 2017-07-21` (likewise `end of`/`종료`, `date of`/`날짜`). */
export function instantLabel(event: Label, which: keyof typeof INSTANT_WORDS, date: string): Label {
  const w = INSTANT_WORDS[which];
  return { en: `${w.en} ${event.en}: ${date}`, ko: `${event.ko} ${w.ko}: ${date}` };
}

const UNIT_SYMBOL: Record<QuantityFact['unit'], string> = { person: '', vehicle: '', km2: ' km²', km: ' km' };

/** `4,000`, `1,500–4,000`, `approximately 7,000` / `약 7,000`, `36 km²` (a qualifier other than exact goes first). */
function amountWords(q: QuantityFact): Label {
  const range =
    q.value !== undefined
      ? grouped(q.value)
      : q.min !== undefined && q.max !== undefined
        ? `${grouped(q.min)}–${grouped(q.max)}`
        : q.min !== undefined
          ? `${grouped(q.min)}–`
          : `–${grouped(q.max!)}`;
  const number = `${range}${UNIT_SYMBOL[q.unit]}`;
  if (q.qualifier === undefined || q.qualifier === 'exact') return { en: number, ko: number };
  const qualifier = conceptLabel('qualifier', q.qualifier);
  return { en: `${qualifier.en} ${number}`, ko: `${qualifier.ko} ${number}` };
}

/**
 * A number with its thousands grouped by commas, as in both languages' running text (written out here: the
 * locale functions load ICU's data and may differ between Node builds).
 * @example grouped(4000) //=> '4,000'
 * @example grouped(1234.5) //=> '1,234.5'
 */
export function grouped(n: number): string {
  const [whole, fraction] = String(n).split('.');
  const digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? digits : `${digits}.${fraction}`;
}
