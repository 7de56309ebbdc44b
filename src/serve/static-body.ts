// A body that does not change while the server runs (a site file, a dump, a generated document): its bytes,
// a strong validator, and its compressed codings, each made once and kept.
import { createHash } from 'node:crypto';
import { encodeBody, type Encoding } from './compression.ts';

export interface StaticBody {
  bytes: Buffer;
  /** The strong entity tag of one coding (each coding is a different representation, so each has its own tag). */
  etag(encoding: Encoding): string;
  /** The bytes in a coding, compressed on first use. */
  encoded(encoding: Encoding): Buffer;
}

/** A cache of static bodies by key (a site path), so each is hashed and compressed at most once. */
export function staticBodies(): (key: string, text: () => string | Buffer) => StaticBody {
  const cache = new Map<string, StaticBody>();
  return (key, text) => {
    let body = cache.get(key);
    if (!body) {
      body = staticBody(text());
      cache.set(key, body);
    }
    return body;
  };
}

function staticBody(text: string | Buffer): StaticBody {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const hash = createHash('sha256').update(bytes).digest('base64url').slice(0, 27);
  const codings = new Map<Encoding, Buffer>([['identity', bytes]]);
  return {
    bytes,
    etag: (encoding) => `"${hash}${encoding === 'identity' ? '' : `-${encoding}`}"`,
    encoded(encoding) {
      let coded = codings.get(encoding);
      if (!coded) {
        coded = encodeBody(bytes, encoding);
        codings.set(encoding, coded);
      }
      return coded;
    },
  };
}
