// The extra section of a claim's page: the claimed statement as one line, subject – relation – object, with who
// makes the claim and how they stand to it.
import { ckg, rdf, sem } from '../vocab.ts';
import { linkIri, type RenderContext } from './render-html.ts';

/** The claimed statement when `iri` is a reified statement (`rdf:subject`, `rdf:predicate`, `rdf:object`), else ''. */
export function renderClaimSection(iri: string, ctx: RenderContext): string {
  const one = (p: typeof rdf.subject) => ctx.index.values(iri, p)[0];
  const [s, p, o] = [one(rdf.subject), one(rdf.predicate), one(rdf.object)];
  if (!s || !p || !o) return '';
  const term = (t: NonNullable<typeof s>) => (t.termType === 'NamedNode' ? linkIri(t.value, ctx) : `“${t.value}”`);
  const stance = one(ckg.stance);
  const by = ctx.index.values(iri, sem.accordingTo).map((t) => linkIri(t.value, ctx));
  const who = [stance ? `stance: ${term(stance)}` : '', by.length ? `according to ${by.join(', ')}` : '']
    .filter(Boolean)
    .join('; ');
  return `<p class="claimed">The claim: ${term(s)} · <em>${term(p)}</em> · ${term(o)}${who ? ` (${who})` : ''}</p>`;
}
