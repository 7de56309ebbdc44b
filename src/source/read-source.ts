// Reads what a dataset folder holds, refusing what is not a plain YAML file of the folder: every failure is one
// diagnostic with the path, and nothing that is not a regular file is opened (a FIFO would block the read forever).
import { type Dirent, lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, sep } from 'node:path';
import { DiagnosticError, error, type Diagnostic, type SourceSpan } from '../diagnostics.ts';

/** What the system refused (permissions, no space, too many files): the same command may work when run again. */
const SYSTEM_CODES: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EIO: 'an input/output error',
  ENOSPC: 'no space left on the device',
};

/** A file-system failure as one diagnostic: E_IO when the system refused, E_SOURCE_IO when the input is wrong. */
export function fileProblem(path: string, doing: string, e: unknown): Diagnostic {
  const code = (e as { code?: string }).code ?? '';
  if (code in SYSTEM_CODES) return error('E_IO', `cannot ${doing} ${path}: ${SYSTEM_CODES[code]} (${code})`);
  const found: Record<string, string> = {
    ENOENT: 'nothing there',
    ENOTDIR: 'a path through a file',
    ELOOP: 'a loop of symbolic links',
    EISDIR: 'a folder',
  };
  return error('E_SOURCE_IO', `cannot ${doing} ${path}: found ${found[code] ?? `an error (${code || String(e)})`}`);
}

/** The YAML files of a dataset folder, in name order; every one a regular file inside the folder. */
export function listYamlFiles(dataDir: string, what = 'a dataset folder', at?: SourceSpan): string[] {
  const folder = (found: string) =>
    error('E_SOURCE_IO', `expected ${what} holding *.yaml files at ${dataDir}, found ${found}`, at);
  let entries: Dirent[];
  let root: string;
  try {
    const stat = statSync(dataDir, { throwIfNoEntry: false });
    if (!stat) throw new DiagnosticError([folder('nothing')]);
    if (!stat.isDirectory()) throw new DiagnosticError([folder(describe(stat))]);
    root = realpathSync(dataDir);
    entries = readdirSync(dataDir, { withFileTypes: true });
  } catch (e) {
    throw e instanceof DiagnosticError ? e : new DiagnosticError([fileProblem(dataDir, 'read the folder', e)]);
  }
  const yaml = entries.filter((d) => /\.ya?ml$/.test(d.name)).sort((a, b) => (a.name < b.name ? -1 : 1));
  const problems = yaml.map((d) => checkEntry(join(dataDir, d.name), d, root)).filter((p) => p !== undefined);
  if (problems.length > 0) throw new DiagnosticError(problems);
  if (yaml.length === 0) throw new DiagnosticError([folder('no YAML file')]);
  return yaml.map((d) => join(dataDir, d.name));
}

/** Why a YAML entry of the folder cannot be read as a source file, or undefined when it can. */
function checkEntry(path: string, entry: Dirent, root: string): Diagnostic | undefined {
  if (entry.isFile()) return undefined;
  if (!entry.isSymbolicLink())
    return error('E_SOURCE_IO', `expected a regular file at ${path}, found ${describe(entry)}`);
  let target: string;
  try {
    target = realpathSync(path);
  } catch (e) {
    return fileProblem(path, 'follow the link', e);
  }
  if (!target.startsWith(root + sep)) {
    return error(
      'E_SOURCE_IO',
      `expected a file inside the dataset folder at ${path}, found a link to a file outside it`,
    );
  }
  const stat = lstatSync(target);
  return stat.isFile()
    ? undefined
    : error('E_SOURCE_IO', `expected a regular file at ${path}, found a link to ${describe(stat)}`);
}

function describe(s: Dirent | Stats): string {
  if (s.isDirectory()) return 'a folder';
  if (s.isFIFO()) return 'a FIFO (named pipe)';
  if (s.isSocket()) return 'a socket';
  if (s.isBlockDevice() || s.isCharacterDevice()) return 'a device';
  if (s.isSymbolicLink()) return 'a symbolic link';
  return s.isFile() ? 'a file' : 'something that is not a file';
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A source file's text: valid UTF-8 (a byte that is not is refused at its line and column), or the problem. */
export function readSourceText(file: string): { text: string } | { problem: Diagnostic } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return { problem: fileProblem(file, 'read', e) };
  }
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    const at = firstInvalidByte(bytes);
    const before = bytes.subarray(0, at).toString('utf8');
    const line = before.split('\n').length;
    const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
    const hex = `0x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')}`;
    const message = `expected UTF-8 text, found the byte ${hex}, which does not start a valid UTF-8 character here`;
    return { problem: error('E_SOURCE_ENCODING', message, { file, line, column }) };
  }
}

/** The offset of the first byte that is not part of a valid UTF-8 sequence (no overlong forms, no surrogates). */
export function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (need === 0) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    const min = [0, 0x80, 0x800, 0x10000][need]!;
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}
