// Content coding: brotli or gzip when the client accepts it (Accept-Encoding with q-values), for bodies worth it.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Encoding = 'br' | 'gzip' | 'identity';

/** Smaller bodies go as they are: the saving would not pay for the work. */
const MIN_BYTES = 512;

/**
 * The coding the client prefers among brotli and gzip (brotli on a tie), or `identity`.
 * @example pickEncoding('gzip, deflate, br;q=0.5', 10_000) //=> 'gzip'
 */
export function pickEncoding(acceptEncoding: string | undefined, size: number): Encoding {
  if (!acceptEncoding || size < MIN_BYTES) return 'identity';
  const q = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part
      .trim()
      .split(';')
      .map((s) => s.trim());
    const qp = params.find((p) => p.startsWith('q='));
    if (name) q.set(name, qp ? Number(qp.slice(2)) || 0 : 1);
  }
  const of = (name: string) => q.get(name) ?? q.get('*') ?? 0;
  const br = of('br');
  const gzip = Math.max(of('gzip'), q.get('x-gzip') ?? 0);
  if (br > 0 && br >= gzip) return 'br';
  return gzip > 0 ? 'gzip' : 'identity';
}

/** The body in a coding; brotli at a middle quality, so the first request of a large dump stays quick. */
export function encodeBody(body: Buffer, encoding: Encoding): Buffer {
  if (encoding === 'br') {
    return brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    });
  }
  return encoding === 'gzip' ? gzipSync(body) : body;
}
