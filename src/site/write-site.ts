// Writes a built site into its output folder, through the safe swap of output-folder.ts.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeOutputFolder } from '../output-folder.ts';
import type { Site } from './build-site.ts';

export interface WriteSiteOptions {
  /** Replace a non-empty folder conflict-kg did not write (`--force`). @default false */
  force?: boolean;
}

/**
 * Writes every file of the site under `outDir`, and nothing outside it. A folder an earlier run wrote is replaced
 * whole; any other non-empty folder only with `force`; a file never (E_OUTPUT_REFUSED). On failure `outDir` is
 * as it was (E_OUTPUT_IO).
 */
export async function writeSite(site: Site, outDir: string, options: WriteSiteOptions = {}): Promise<void> {
  await writeOutputFolder(
    outDir,
    async (dir) => {
      for (const [name, content] of site.files) {
        const target = join(dir, name);
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, content);
      }
    },
    { force: options.force ?? false },
  );
}
