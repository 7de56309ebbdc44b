// The actors of an operation grouped by side, commanders under the groups they led, strengths and casualties beside them.
import { ckg, schema, sem, type ConceptName } from '../vocab.ts';
import { localName } from '../terms.ts';
import { unitWords } from './unit-words.ts';
import { esc, hrefFor, linkIri, type RenderContext } from './render-html.ts';
import { footnoteMarks } from './render-footnotes.ts';

const QUALIFIER_WORDS: Partial<Record<ConceptName<'qualifier'>, string>> = {
  approximately: 'about ',
  'at-least': 'at least ',
  'at-most': 'at most ',
};

/** The sides section of an operation page, or '' when it has no sides or participations. */
export function renderSides(operation: string, ctx: RenderContext): string {
  const { index } = ctx;
  const linked = (forward: typeof ckg.hasSide, inverse: typeof ckg.sideOf) => [
    ...new Set([
      ...index.values(operation, forward).map((t) => t.value),
      ...index.store.getSubjects(inverse, operation, null).map((t) => t.value),
    ]),
  ];
  const sides = linked(ckg.hasSide, ckg.sideOf).sort((a, b) => ordinal(a, ctx) - ordinal(b, ctx) || a.localeCompare(b));
  const parts = linked(ckg.hasParticipation, ckg.participationIn).sort();
  if (sides.length === 0 && parts.length === 0) return '';
  const sideOf = (p: string) => index.values(p, ckg.side)[0]?.value;
  const columns = sides.map((s) =>
    column(
      s,
      parts.filter((p) => sideOf(p) === s),
      ctx,
    ),
  );
  const unsided = parts.filter((p) => !sideOf(p) || !sides.includes(sideOf(p)!));
  if (unsided.length > 0) columns.push(column(undefined, unsided, ctx));
  return `<h2>Sides</h2>\n<div class="sides">\n${columns.join('\n')}\n</div>`;
}

function column(side: string | undefined, parts: string[], ctx: RenderContext): string {
  const commandsOf = (p: string) => ctx.index.values(p, ckg.commands).map((t) => t.value);
  const groups = parts.filter((p) => commandsOf(p).length === 0);
  const items = groups.map((g) => {
    const commanders = parts.filter((p) => commandsOf(p).includes(g));
    const sub = commanders.length
      ? `\n<ul class="commanders">${commanders.map((c) => `<li>${participant(c, ctx)}</li>`).join('')}</ul>`
      : '';
    return `<li>${participant(g, ctx)}${sub}</li>`;
  });
  const orphans = parts.filter((p) => commandsOf(p).length > 0 && !commandsOf(p).some((g) => groups.includes(g)));
  if (orphans.length)
    items.push(
      `<li>Commanders of groups not listed on this side:<ul>${orphans.map((c) => `<li>${participant(c, ctx)}</li>`).join('')}</ul></li>`,
    );
  const heading = side ? `${linkIri(side, ctx)}${footnoteMarks(side, ctx)}` : 'Side not given';
  const counts = side ? quantities(side, ctx) : '';
  return `<section class="side"><h3>${heading}</h3>${counts}\n<ul>\n${items.join('\n')}\n</ul></section>`;
}

/** One participant: the actor, role, position, outcome, uncertainty, and what is counted about them. */
function participant(p: string, ctx: RenderContext): string {
  const { index } = ctx;
  const actor = index.values(p, ckg.actor)[0]?.value;
  const role = index.values(p, sem.roleType)[0]?.value;
  const position = index.labelsOf(p, ckg.positionHeld);
  const outcome = index.values(p, ckg.participantOutcome)[0]?.value;
  const uncertain = index.values(p, ckg.assignmentCertain)[0]?.value === 'false';
  return [
    actor ? linkIri(actor, ctx) : linkIri(p, ctx),
    position.en || position.ko
      ? ` <span class="position">(${esc(position.en ?? '')}${position.en && position.ko ? ' · ' : ''}${position.ko ? `<span lang="ko">${esc(position.ko)}</span>` : ''})</span>`
      : '',
    role ? ` <small>${esc(conceptWords(role, ctx))}</small>` : '',
    outcome ? ` — ${esc(conceptWords(outcome, ctx))}` : '',
    uncertain ? ' <span class="uncertain">(assignment uncertain)</span>' : '',
    participationLink(p, ctx),
    footnoteMarks(p, ctx),
    quantities(p, ctx),
  ].join('');
}

function participationLink(p: string, ctx: RenderContext): string {
  const href = hrefFor(p, ctx);
  return href ? ` <a href="${esc(href)}" title="the participation">(details)</a>` : '';
}

/** Strengths and casualties counted about a participation or side. */
function quantities(about: string, ctx: RenderContext): string {
  const qs = ctx.index.store
    .getSubjects(ckg.about, about, null)
    .map((t) => t.value)
    .sort();
  if (qs.length === 0) return '';
  return `<ul class="quantities">${qs.map((q) => `<li>${quantityText(q, ctx)}${footnoteMarks(q, ctx)}</li>`).join('')}</ul>`;
}

/** A quantity's amount in words: `35`, `about 1,500–4,000`, `36 km²`. */
export function amountWords(q: string, ctx: RenderContext): string {
  const v = (p: typeof schema.value) => ctx.index.values(q, p)[0]?.value;
  const qualifier = localName(ctx.index.values(q, ckg.qualifier)[0]?.value ?? '') as ConceptName<'qualifier'>;
  const value = v(schema.value);
  const amount =
    value !== undefined ? num(value) : `${num(v(schema.minValue) ?? '?')}–${num(v(schema.maxValue) ?? '?')}`;
  const unit = unitWords(v(schema.unitCode));
  return `${QUALIFIER_WORDS[qualifier] ?? ''}${amount}${unit ? ` ${unit}` : ''}`;
}

/** `killed: 35`, `personnel strength: about 1,500–4,000`, `area: 36 km²`. */
function quantityText(q: string, ctx: RenderContext): string {
  const { index } = ctx;
  const kind = index.values(q, ckg.quantityKind)[0]?.value;
  const uncertain =
    index.values(q, ckg.assignmentCertain)[0]?.value === 'false'
      ? ' <span class="uncertain">(assignment uncertain)</span>'
      : '';
  const text = `${kind ? conceptWords(kind, ctx) : 'quantity'}: ${amountWords(q, ctx)}`;
  const link = hrefFor(q, ctx);
  return `${link ? `<a href="${esc(link)}">${esc(text)}</a>` : esc(text)}${uncertain}`;
}

/** A concept in words: its English label, else its name with dashes as spaces. */
export function conceptWords(iri: string, ctx: RenderContext): string {
  return ctx.index.labels(iri).en ?? localName(iri).replace(/-/g, ' ');
}

function num(text: string): string {
  return /^\d+$/.test(text) ? Number(text).toLocaleString('en-US') : text;
}

function ordinal(iri: string, ctx: RenderContext): number {
  const v = ctx.index.values(iri, ckg.ordinal)[0];
  return v ? Number(v.value) : Number.MAX_SAFE_INTEGER;
}
