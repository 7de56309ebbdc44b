// Test helper: starts a throw-away Virtuoso (scripts/virtuoso.sh) on free 127.0.0.1 ports and stops it afterwards.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const SCRIPT = join(import.meta.dirname, '../../scripts/virtuoso.sh');

export const DBA_PASSWORD = 'dba-test-pw';

export interface Virtuoso {
  gsp: string;
  /** The Graph Store endpoint without authentication (read-only for anonymous users). */
  gspAnonymous: string;
  sparql: string;
  user: string;
  password: string;
  /** Bulk-loads a file with ld_dir + rdf_loader_run (scripts/virtuoso.sh load). */
  load(file: string, graph: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Whether the tests can run: in CI (process.env.CI set) a missing `virtuoso-t` is a failure, so this is true there
 * and the start fails loudly; elsewhere the Virtuoso tests are skipped when the package is not installed.
 */
export const virtuosoAvailable =
  Boolean(process.env.CI) || ['/usr/bin/virtuoso-t', '/usr/local/bin/virtuoso-t'].some(existsSync);

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts Virtuoso with a fresh database in a temporary folder; `stop()` shuts it down and removes the folder. */
export async function startVirtuoso(): Promise<Virtuoso> {
  const dir = mkdtempSync(join(tmpdir(), 'ckg-virtuoso-'));
  const [http, sql] = [await freePort(), await freePort()];
  const env = { ...process.env, VIRTUOSO_DBA_PASSWORD: DBA_PASSWORD };
  try {
    await run('bash', [SCRIPT, 'start', dir, String(http), String(sql)], { env, timeout: 90_000 });
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`could not start Virtuoso: ${(e as { stderr?: string }).stderr ?? e}`);
  }
  const base = `http://127.0.0.1:${http}`;
  let stopped = false;
  return {
    gsp: `${base}/sparql-graph-crud-auth`,
    gspAnonymous: `${base}/sparql-graph-crud`,
    sparql: `${base}/sparql`,
    user: 'dba',
    password: DBA_PASSWORD,
    async load(file, graph) {
      await run('bash', [SCRIPT, 'load', dir, file, graph], { env, timeout: 60_000 });
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await run('bash', [SCRIPT, 'stop', dir], { env, timeout: 60_000 });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
