// Which IRIs have a page on this site, and the label to show for them (English first, then any label).
import { docPathFor, type Site } from '../site/index.ts';
import { rdfs } from '../vocab.ts';
import type { PageOf } from './sparql-page.ts';

/** Looks up a resource's page and label; the labels are gathered once. */
export function resourcePages(site: Site): PageOf {
  const labels = new Map<string, { text: string; rank: number }>();
  for (const q of site.dataQuads) {
    if (!q.predicate.equals(rdfs.label) || q.object.termType !== 'Literal') continue;
    const lang = q.object.language;
    const rank = lang === 'en' ? 0 : lang === '' ? 1 : 2;
    const seen = labels.get(q.subject.value);
    if (!seen || rank < seen.rank) labels.set(q.subject.value, { text: q.object.value, rank });
  }
  return (iri) => {
    const doc = docPathFor(iri, site.layout);
    if (doc === undefined || !site.docs.has(doc)) return undefined;
    return { href: `/${doc}.html`, label: labels.get(iri)?.text ?? iri.replace(/^.*[/#]/, '') };
  };
}
