// The answers still being written, so that a stopping server can let the last ones (503s for cancelled queries)
// go out before it closes every connection.
import type { ServerResponse } from 'node:http';

export interface OpenResponses {
  add(res: ServerResponse): void;
  /** Resolves once every open answer is finished or its connection gone, or after `deadlineMs` at the latest. */
  drained(deadlineMs: number): Promise<void>;
}

export function openResponses(): OpenResponses {
  const open = new Set<ServerResponse>();
  let onEmpty: (() => void) | undefined;
  return {
    add(res) {
      open.add(res);
      res.on('close', () => {
        open.delete(res);
        if (open.size === 0) onEmpty?.();
      });
    },
    drained(deadlineMs) {
      if (open.size === 0) return Promise.resolve();
      return new Promise((resolve) => {
        const timer = setTimeout(resolve, deadlineMs);
        timer.unref();
        onEmpty = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    },
  };
}
