// createNamespaceIndex: the longest namespace starting an IRI whose remainder is acceptable, found by cutting at / and #.
import { describe, expect, it } from 'vitest';
import { createNamespaceIndex } from '../../src/serialization/namespace-index.ts';

const PREFIXES = {
  id: 'https://example.org/id/',
  actor: 'https://example.org/id/actor/',
  frag: 'https://example.org/ns#',
  thing: 'https://example.org/id/actor/thing-',
};
const any = () => true;

describe('createNamespaceIndex', () => {
  it('picks the longest namespace, whether it ends in /, # or something else', () => {
    const find = createNamespaceIndex(PREFIXES, any);
    expect(find('https://example.org/id/actor/hezbollah')).toEqual({ prefix: 'actor', local: 'hezbollah' });
    expect(find('https://example.org/ns#Event')).toEqual({ prefix: 'frag', local: 'Event' });
    expect(find('https://example.org/id/actor/thing-1')).toEqual({ prefix: 'thing', local: '1' });
    expect(find('https://example.org/id/place/x')).toEqual({ prefix: 'id', local: 'place/x' });
  });

  it('falls back to a shorter namespace when the remainder is not accepted', () => {
    const find = createNamespaceIndex(PREFIXES, (local) => !local.startsWith('//'));
    expect(find('https://example.org/id/actor///x')).toEqual({ prefix: 'id', local: 'actor///x' });
  });

  it('gives undefined when no namespace starts the IRI or none leaves an acceptable remainder', () => {
    expect(createNamespaceIndex(PREFIXES, any)('http://other.org/a/b')).toBeUndefined();
    expect(
      createNamespaceIndex(PREFIXES, (local) => !local.includes('/'))('https://example.org/id/place/x'),
    ).toBeUndefined();
  });

  it('uses the first prefix given for a namespace declared twice', () => {
    const find = createNamespaceIndex({ a: 'https://example.org/', b: 'https://example.org/' }, any);
    expect(find('https://example.org/x')).toEqual({ prefix: 'a', local: 'x' });
  });
});
