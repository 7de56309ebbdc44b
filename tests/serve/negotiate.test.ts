// Content negotiation over the Accept header: q-values, wildcards, specificity, and the server's tie order.
import { describe, expect, it } from 'vitest';
import { negotiate } from '../../src/serve/negotiate.ts';
import { DOC_OFFERS } from '../../src/serve/documents.ts';

const pick = (accept: string | undefined) => negotiate(accept, DOC_OFFERS)?.name;

describe('negotiate', () => {
  it.each([
    [undefined, 'html'],
    ['', 'html'],
    ['*/*', 'html'],
    ['text/turtle', 'ttl'],
    ['TEXT/Turtle', 'ttl'],
    ['application/ld+json', 'jsonld'],
    ['application/n-triples', 'nt'],
    ['text/*', 'html'],
    ['application/*', 'jsonld'],
    ['text/turtle;q=0.5, application/ld+json;q=0.9', 'jsonld'],
    ['*/*;q=0.1, application/n-triples', 'nt'],
    ['text/html;q=0, */*', 'ttl'],
    ['text/turtle, text/*;q=0', 'ttl'],
    ['application/rdf+xml', 'rdf'],
    ['application/rdf+xml;q=0.5, text/turtle', 'ttl'],
    ['text/turtle;q=0', undefined],
    ['not a media type', undefined],
  ])('picks %s → %s', (accept, expected) => {
    expect(pick(accept)).toBe(expected);
  });
});
