// Korean and English labels for the nodes of issue 15 the YAML gives no label: relations between events and between
// places, qualified statements and the curator's inferences, made from the labels of what they link.
import type { Label } from '../source/index.ts';

/** The words of each relation, link and role, as the labels say them. */
export const RELATION_WORDS: Record<string, Label> = {
  causes: { en: 'causes', ko: '원인' },
  'motivated-by': { en: 'motivated by', ko: '동기' },
  purpose: { en: 'in order to bring about', ko: '목적' },
  follows: { en: 'follows', ko: '뒤따름' },
  precedes: { en: 'precedes', ko: '앞섬' },
  near: { en: 'near', ko: '근처' },
  'outskirts-of': { en: 'outskirts of', ko: '교외' },
  'part-of': { en: 'part of', ko: '일부' },
  'across-border-from': { en: 'across the border from', ko: '국경 건너편' },
  memberOf: { en: 'member of', ko: '소속' },
  within: { en: 'within', ko: '안' },
  area: { en: 'took place in', ko: '발생 지역' },
  origin: { en: 'from', ko: '출발지' },
  destination: { en: 'to', ko: '목적지' },
  target: { en: 'targeting', ko: '목표' },
  position: { en: 'positioned in', ko: '위치' },
};

/** `<a> follows <b>` / `<a> — 뒤따름 — <b>`. */
export function relationLabel(a: Label, relation: string, b: Label): Label {
  const words = RELATION_WORDS[relation] ?? { en: relation, ko: relation };
  return { en: `${a.en} ${words.en} ${b.en}`, ko: `${a.ko} — ${words.ko} — ${b.ko}` };
}

/** `curator's inference: <what it generated>` / `큐레이터 추론: <…>`. */
export function inferenceLabel(of: Label): Label {
  return { en: `curator's inference: ${of.en}`, ko: `큐레이터 추론: ${of.ko}` };
}
