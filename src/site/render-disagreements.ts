// The "where the sources disagree" section of an operation's page: each source's version of a fact side by side
// ("personnel strength of Hay'at Tahrir al-Sham: 1,500–4,000 [ko], 1,500 [en]"), and who one source's complete list
// leaves out.
import { ckg, prov, rdf, schema, sem } from '../vocab.ts';
import { esc, hrefFor, linkIri, type RenderContext } from './render-html.ts';
import { amountWords, conceptWords } from './render-sides.ts';

/** The section, or '' when no fact of the operation has versions from several sources or a participant left out. */
export function renderDisagreements(operation: string, ctx: RenderContext): string {
  const { store } = ctx.index;
  const ofOperation = (f: string) => operationOf(f, ctx) === operation;
  const facts = [...new Set(store.getObjects(null, prov.alternateOf, null).map((t) => t.value))].filter(ofOperation);
  const absent = [...new Set(store.getSubjects(ckg.notListedBy, null, null).map((t) => t.value))].filter(ofOperation);
  if (facts.length === 0 && absent.length === 0) return '';
  const versionItems = facts.sort().map((f) => `<li>${versionsLine(f, ctx)}</li>`);
  const absentItems = absent.sort().map((p) => `<li>${absentLine(p, ctx)}</li>`);
  return [
    '<section class="disagreements" id="disagreements">',
    '<h2>Where the sources disagree</h2>',
    '<p>Each source keeps its own version; none overwrites another. The marks give the language of the sources each version comes from (hover for their titles).</p>',
    versionItems.length ? `<ul class="versions">\n${versionItems.join('\n')}\n</ul>` : '',
    absentItems.length
      ? `<h3>Listed by one source, left out of another's complete list</h3>\n<ul class="not-listed">\n${absentItems.join('\n')}\n</ul>`
      : '',
    '</section>\n',
  ]
    .filter(Boolean)
    .join('\n');
}

/** `personnel strength of Hay'at Tahrir al-Sham: 1,500–4,000 [ko], 1,500 [en]`. */
function versionsLine(fact: string, ctx: RenderContext): string {
  const versions = [
    fact,
    ...ctx.index.store
      .getSubjects(prov.alternateOf, fact, null)
      .map((t) => t.value)
      .sort(),
  ];
  const values = versions.map((v) => {
    const sources = sourcesOf(v, ctx);
    const lang = languageOf(sources, ctx);
    const text = valueWords(v, lang, ctx);
    const href = hrefFor(v, ctx);
    const attrs = `${href ? ` href="${esc(href)}"` : ''}${lang ? ` lang="${esc(lang)}"` : ''}`;
    return `<${href ? 'a' : 'span'}${attrs}>${esc(text)}</${href ? 'a' : 'span'}> ${sourceMarks(sources, ctx)}`;
  });
  return `${topicWords(fact, ctx)}: ${values.join(', ')}`;
}

/** `Iran, belligerent: listed [en], not listed [ko]`. */
function absentLine(p: string, ctx: RenderContext): string {
  const missing = ctx.index.values(p, ckg.notListedBy).map((t) => t.value);
  return `${topicWords(p, ctx)}: listed ${sourceMarks(sourcesOf(p, ctx), ctx)}, not listed ${sourceMarks(missing, ctx)}`;
}

/** What the fact is about, in words: the actor and the kind of quantity, role, result or claim. */
function topicWords(fact: string, ctx: RenderContext): string {
  const { index } = ctx;
  const first = (p: Parameters<typeof index.values>[1]) => index.values(fact, p)[0]?.value;
  const kind = first(ckg.quantityKind);
  if (kind) {
    const actor = index.values(first(ckg.about) ?? '', ckg.actor)[0]?.value;
    return `${esc(conceptWords(kind, ctx))}${actor ? ` of ${linkIri(actor, ctx)}` : ''}`;
  }
  const role = first(sem.roleType);
  if (role) return `${linkIri(first(ckg.actor) ?? fact, ctx)}, ${esc(conceptWords(role, ctx))}`;
  const outcome = first(ckg.outcomeType);
  if (outcome) return `result (${esc(conceptWords(outcome, ctx))})`;
  return `claim about ${linkIri(first(rdf.subject) ?? fact, ctx)}`;
}

/** A version's value in the language of its sources: an amount, a title, a result's or claim's words. */
function valueWords(v: string, lang: string | undefined, ctx: RenderContext): string {
  const { index } = ctx;
  if (index.values(v, ckg.quantityKind).length) return amountWords(v, ctx);
  const pick = (l: { en?: string; ko?: string }) => (lang === 'ko' ? (l.ko ?? l.en) : (l.en ?? l.ko));
  if (index.values(v, sem.roleType).length) return pick(index.labelsOf(v, ckg.positionHeld)) ?? 'listed';
  return pick(index.labels(v)) ?? index.name(v);
}

/** The source documents a fact cites, directly or through a footnote, sorted. */
function sourcesOf(fact: string, ctx: RenderContext): string[] {
  const cited = ctx.index.values(fact, prov.wasDerivedFrom).map((t) => t.value);
  const docs = cited.map((c) => ctx.index.values(c, ckg.inSource)[0]?.value ?? c);
  return [...new Set(docs)].sort();
}

function languageOf(sources: string[], ctx: RenderContext): string | undefined {
  return ctx.index.values(sources[0] ?? '', schema.inLanguage)[0]?.value;
}

/** `[en]`: the languages of the sources, each mark titled with the sources' names. */
function sourceMarks(sources: string[], ctx: RenderContext): string {
  const byLang = new Map<string, string[]>();
  for (const s of sources) {
    const lang = ctx.index.values(s, schema.inLanguage)[0]?.value ?? '?';
    byLang.set(lang, [...(byLang.get(lang) ?? []), ctx.index.name(s)]);
  }
  return [...byLang]
    .map(([lang, names]) => `<span class="source-mark" title="${esc(names.join('; '))}">[${esc(lang)}]</span>`)
    .join('');
}

/** The operation a fact belongs to: a participation's, a quantity's (through what it counts), a result's, a claim's. */
function operationOf(fact: string, ctx: RenderContext): string | undefined {
  const { index } = ctx;
  const one = (iri: string, p: Parameters<typeof index.values>[1]) => index.values(iri, p)[0]?.value;
  const about = one(fact, ckg.about);
  if (about) return one(about, ckg.participationIn) ?? one(about, ckg.sideOf) ?? operationOf(about, ctx) ?? about;
  return (
    one(fact, ckg.participationIn) ??
    index.store.getSubjects(ckg.hasOutcome, fact, null)[0]?.value ??
    one(fact, ckg.claimAbout)
  );
}
