// Writes a command's output folder without ever losing the user's files: everything goes into a fresh temporary
// folder beside the target, which is swapped in only when complete; a folder the program did not write is
// replaced only when asked (`--force`), and a file never.
import { randomBytes } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { lstat, mkdir, mkdtemp, readdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { DiagnosticError, error } from './diagnostics.ts';

/** The file that says a folder was written by conflict-kg, so a later run may replace it as a whole. */
export const OUTPUT_MARKER = '.conflict-kg-output';

const MARKER_TEXT = 'This folder was written by conflict-kg. A later run with the same --out replaces it as a whole.\n';

export interface OutputFolderOptions {
  /** Replace a non-empty folder the program did not write (`--force`). A file is never replaced. @default false */
  force?: boolean;
  /**
   * Whether a file (path relative to the folder, `/`-separated) is one the command writes. A folder whose every
   * file passes, or lies in a subfolder holding the marker, counts as the program's own without the marker: a
   * `dist/` written before the marker existed. @default none: only the marker counts
   */
  isOwnFile?: (path: string) => boolean;
  /** Leave the marker out of the result (an output that must stay byte-identical, such as a committed `dist/`). @default false */
  unmarked?: boolean;
  /**
   * Entries at the top of the replaced folder to carry over into the new one (unless it writes the same name):
   * another command's output inside this one, such as `dist/site/` inside `dist/`. @default none
   */
  keep?: (name: string) => boolean;
}

/** What is at the target before a run: nothing, an empty folder, the program's own output, or a folder to force. */
export type TargetState = 'absent' | 'empty' | 'own' | 'forced';

/**
 * Checks that `target` may be written, writing nothing; fails as `writeOutputFolder` would (E_OUTPUT_REFUSED,
 * E_OUTPUT_IO, E_IO). Call it before long work, so a refusal comes first.
 */
export async function checkOutputFolder(target: string, options: OutputFolderOptions = {}): Promise<TargetState> {
  const path = resolve(target);
  try {
    return await inspectTarget(path, options);
  } catch (e) {
    throw asDiagnostic(e, path);
  }
}

/**
 * Runs `fill` on a fresh folder beside `target`, then puts that folder in the target's place. On any failure the
 * target is as it was and nothing is left beside it. A file-system failure is one line naming the path: E_IO when
 * the system refused, E_OUTPUT_IO when the path cannot be an output folder; `fill`'s own DiagnosticErrors pass
 * through.
 * @example await writeOutputFolder('dist/site', (dir) => writeFiles(dir), { force: false })
 */
export async function writeOutputFolder(
  target: string,
  fill: (dir: string) => Promise<void>,
  options: OutputFolderOptions = {},
): Promise<void> {
  const path = resolve(target);
  const created: string[] = [];
  let temp: string | undefined;
  let aside: string | undefined;
  try {
    const state = await inspectTarget(path, options);
    created.push(...(await makeParents(dirname(path))));
    temp = await freshFolder(join(dirname(path), `.${basename(path)}.tmp-`));
    if (!options.unmarked) await writeFile(join(temp, OUTPUT_MARKER), MARKER_TEXT);
    await fill(temp);
    aside = await swapIn(temp, path, state, options.keep);
  } catch (e) {
    if (temp) await rm(temp, { recursive: true, force: true }).catch(() => undefined);
    for (const dir of created.reverse()) await rmdir(dir).catch(() => undefined);
    throw asDiagnostic(e, path);
  }
  if (aside) await removeAside(aside, path);
}

async function inspectTarget(path: string, options: OutputFolderOptions): Promise<TargetState> {
  if (dirname(path) === path) throw refused(`${path} is the root folder; give a folder under it`);
  const stat = await lstat(path).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw e;
  });
  if (!stat) return 'absent';
  if (stat.isSymbolicLink())
    throw refused(`${path} is a symbolic link, expected a folder; give the folder it points to (nothing was written)`);
  if (!stat.isDirectory())
    throw refused(`${path} is a file, expected a folder; a file is never replaced (nothing was written)`);
  const entries = await readdir(path, { withFileTypes: true });
  if (entries.length === 0) return 'empty';
  if (await isOwnFolder(path, '', options.isOwnFile)) return 'own';
  if (options.force) return 'forced';
  const names = entries.map((e) => e.name).sort();
  const shown = names.slice(0, 3).join(', ') + (names.length > 3 ? `, … (${names.length} entries)` : '');
  throw refused(
    `${path} is a folder conflict-kg did not write (it holds ${shown}); give a new or empty folder, or --force to replace it (nothing was written)`,
  );
}

/** Whether the folder holds the marker, or (given `isOwnFile`) only files the command writes and marked subfolders. */
async function isOwnFolder(root: string, rel: string, isOwnFile: OutputFolderOptions['isOwnFile']): Promise<boolean> {
  const entries: Dirent[] = await readdir(join(root, rel), { withFileTypes: true });
  if (entries.some((e) => e.name === OUTPUT_MARKER && e.isFile())) return true;
  if (!isOwnFile) return false;
  for (const entry of entries) {
    const path = rel ? `${rel}/${entry.name}` : entry.name;
    const own = entry.isDirectory() ? await isOwnFolder(root, path, isOwnFile) : entry.isFile() && isOwnFile(path);
    if (!own) return false;
  }
  return true;
}

/** Creates the missing folders above the target one level at a time (no recursive mkdir); returns them, top first. */
async function makeParents(dir: string): Promise<string[]> {
  const missing: string[] = [];
  for (let d = dir; ; d = dirname(d)) {
    const stat = await lstat(d).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return undefined;
      throw e;
    });
    if (stat) break;
    missing.unshift(d);
    if (dirname(d) === d) break;
  }
  const created: string[] = [];
  for (const d of missing) {
    await mkdir(d);
    created.push(d);
  }
  return created;
}

/**
 * Puts the finished folder in the target's place. An absent or empty target is replaced in one rename; a folder
 * is first moved aside (onto a fresh empty folder, so the name is free) and deleted only once the new folder is in
 * place. Should a rename fail, the old folder and the entries carried over from it go back where they were.
 */
async function swapIn(
  temp: string,
  path: string,
  state: TargetState,
  keep: OutputFolderOptions['keep'],
): Promise<string | undefined> {
  if (state === 'absent' || state === 'empty') {
    await rename(temp, path);
    return undefined;
  }
  const aside = await mkdtemp(join(dirname(path), `.${basename(path)}.old-`));
  let carried: string[] = [];
  try {
    carried = await carryOver(path, temp, keep); // undoes its own moves when one fails
    await rename(path, aside);
    await rename(temp, path);
  } catch (e) {
    await rename(aside, path).catch(() => undefined); // fails when the first rename did: the old folder never left
    for (const name of carried) await rename(join(temp, name), join(path, name));
    await rmdir(aside).catch(() => undefined);
    throw e;
  }
  return aside;
}

/** Moves the kept entries of the old folder into the new one (same file system: renames); returns their names. */
async function carryOver(path: string, temp: string, keep: OutputFolderOptions['keep']): Promise<string[]> {
  if (!keep) return [];
  const written = new Set(await readdir(temp));
  const names = (await readdir(path)).filter((name) => keep(name) && !written.has(name) && name !== OUTPUT_MARKER);
  const moved: string[] = [];
  try {
    for (const name of names) {
      await rename(join(path, name), join(temp, name));
      moved.push(name);
    }
  } catch (e) {
    for (const name of moved) await rename(join(temp, name), join(path, name));
    throw e;
  }
  return moved;
}

// The new folder is in place; the old one, moved aside, goes. Should that fail, say where it was left.
async function removeAside(aside: string, path: string): Promise<void> {
  try {
    await rm(aside, { recursive: true, force: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new DiagnosticError([
      error('E_IO', `wrote ${path}, but could not remove the folder it replaced, left at ${aside} (${code})`),
    ]);
  }
}

function refused(message: string): DiagnosticError {
  return new DiagnosticError([error('E_OUTPUT_REFUSED', message)]);
}

/** What the system refused (E_IO, exit 3: the same command may work when run again), as source/ splits it. */
const SYSTEM_WORDS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exceeded',
  EIO: 'an input/output error',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EBUSY: 'the folder is in use (a mount point?)',
};

/** What is wrong with the path given (E_OUTPUT_IO: give another --out). */
const PATH_WORDS: Record<string, string> = {
  ENOTDIR: 'a part of the path is not a folder',
  EEXIST: 'something else is already there',
  ENOTEMPTY: 'something else is already there',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'the name is too long',
  ENOENT: 'no such file or folder (the file system may not allow folders here)',
  EXDEV: 'the temporary folder is on another device',
  EISDIR: 'a folder is where a file was to be written',
};

/**
 * A file-system failure as one line naming the output folder, the reason, and the path that failed: E_IO when the
 * system refused, E_OUTPUT_IO when the path cannot be an output folder.
 */
function asDiagnostic(e: unknown, path: string): unknown {
  if (e instanceof DiagnosticError) return e;
  const errno = e as NodeJS.ErrnoException;
  if (typeof errno?.code !== 'string' || !/^E[A-Z]+$/.test(errno.code)) return e;
  const system = SYSTEM_WORDS[errno.code];
  const words = system ?? PATH_WORDS[errno.code] ?? 'the file system refused';
  const where = errno.path ? shownPath(errno.path, path) : path;
  const at = where !== path ? ` at ${where}` : '';
  const message = `cannot write the output folder ${path}: ${words} (${errno.code}${at}); nothing was changed`;
  return new DiagnosticError([error(system ? 'E_IO' : 'E_OUTPUT_IO', message)]);
}

// A path inside the temporary folder is shown where it was meant to end up; the temporary folder as its parent.
function shownPath(failed: string, path: string): string {
  const temp = join(dirname(path), `.${basename(path)}.`);
  if (!failed.startsWith(temp)) return failed;
  const inside = /^(?:tmp|old)-[^/]*(\/.*)?$/.exec(failed.slice(temp.length));
  return inside ? (inside[1] ? path + inside[1] : dirname(path)) : failed;
}

/**
 * A new folder named `prefix` + a random suffix, made with the ordinary mode (0777 less the umask, as `mkdir` gives):
 * mkdtemp's 0700 would be swapped in as the output folder, which a web server could then not read.
 */
async function freshFolder(prefix: string): Promise<string> {
  for (;;) {
    const path = `${prefix}${randomBytes(6).toString('hex')}`;
    try {
      await mkdir(path);
      return path;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}
