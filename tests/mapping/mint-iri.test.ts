// mintedId undoes mintIri for the ids of a dataset, and for nothing else.
import { describe, expect, it } from 'vitest';
import { mintedId, mintIri } from '../../src/mapping/mint-iri.ts';

const base = 'https://example.org/id/t/';
const kinds = new Map([
  ['hezbollah', 'actor'],
  ['arsal', 'place'],
]);
const kindOf = (id: string) => kinds.get(id);

describe('mintedId', () => {
  it('gives the kind and id an IRI was minted from', () => {
    expect(mintedId(base, mintIri(base, 'actor', 'hezbollah').value, kindOf)).toEqual({
      kind: 'actor',
      id: 'hezbollah',
    });
  });

  it('gives nothing for an id of another kind, an unknown id, another base, or no kind at all', () => {
    expect(mintedId(base, `${base}place/hezbollah`, kindOf)).toBeUndefined();
    expect(mintedId(base, `${base}actors/hezbollah`, kindOf)).toBeUndefined();
    expect(mintedId(base, `${base}actor/nobody`, kindOf)).toBeUndefined();
    expect(mintedId(base, 'https://other.example/actor/hezbollah', kindOf)).toBeUndefined();
    expect(mintedId(base, `${base}hezbollah`, kindOf)).toBeUndefined();
    expect(mintedId('', `${base}actor/hezbollah`, kindOf)).toBeUndefined();
  });
});
