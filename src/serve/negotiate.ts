// Content negotiation: picks the representation an Accept header prefers among those the server has.

/** A representation the server offers: its name and the media types that select it (the first is canonical; the rest are aliases). */
export interface Offer<N extends string> {
  name: N;
  types: readonly string[];
}

interface Range {
  type: string;
  subtype: string;
  q: number;
}

/**
 * The offer the client prefers (highest q, ties go to the earlier offer), or undefined when none is acceptable.
 * A missing or empty Accept header accepts anything, so the first offer wins.
 * @example negotiate('text/turtle;q=0.9, application/ld+json', offers) //=> the JSON-LD offer
 */
export function negotiate<N extends string>(
  accept: string | undefined,
  offers: readonly Offer<N>[],
): Offer<N> | undefined {
  const ranges = parseAccept(accept?.trim() ? accept : '*/*');
  let best: { offer: Offer<N>; q: number } | undefined;
  for (const offer of offers) {
    // Aliases (`application/json` for JSON-LD) count only when named exactly, never through a wildcard.
    const q = Math.max(
      ...offer.types.map((t, i) =>
        qualityOf(t, i === 0 ? ranges : ranges.filter((r) => r.type !== '*' && r.subtype !== '*')),
      ),
    );
    if (q > 0 && (!best || q > best.q)) best = { offer, q };
  }
  return best?.offer;
}

/** The q of a media type: from the most specific range that matches it (exact beats `type/*` beats `*\/*`). */
function qualityOf(mediaType: string, ranges: Range[]): number {
  const [type, subtype] = mediaType.split('/') as [string, string];
  let best = { specificity: -1, q: 0 };
  for (const r of ranges) {
    const specificity =
      r.type === type && r.subtype === subtype ? 2 : r.type === type && r.subtype === '*' ? 1 : r.type === '*' ? 0 : -1;
    if (specificity > best.specificity) best = { specificity, q: r.q };
  }
  return best.q;
}

function parseAccept(accept: string): Range[] {
  return accept.split(',').flatMap((part) => {
    const [range, ...params] = part
      .trim()
      .toLowerCase()
      .split(';')
      .map((s) => s.trim());
    const m = /^([a-z0-9!#$&^_.+*-]+)\/([a-z0-9!#$&^_.+*-]+)$/.exec(range ?? '');
    if (!m) return [];
    const qParam = params.find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    return [{ type: m[1]!, subtype: m[2]!, q: Number.isFinite(q) ? Math.min(1, Math.max(0, q)) : 0 }];
  });
}
