// The output folder: written beside the target and swapped in whole; the user's folders and files are never lost.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiagnosticError, error } from '../src/diagnostics.ts';
import { checkOutputFolder, OUTPUT_MARKER, writeOutputFolder } from '../src/output-folder.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'ckg-out-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const fillWith = (files: Record<string, string>) => async (dir: string) => {
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
};
const listing = (dir: string) => readdirSync(dir).sort();
/** The one formatted diagnostic a promise rejects with. */
async function failure(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(DiagnosticError);
  return (e as DiagnosticError).message;
}

/** A folder as a user keeps it: a git repository with notes. */
function userFolder(): string {
  const dir = join(root, 'work');
  mkdirSync(join(dir, '.git'), { recursive: true });
  writeFileSync(join(dir, '.git/HEAD'), 'ref: refs/heads/main\n');
  writeFileSync(join(dir, 'notes.md'), 'my notes\n');
  return dir;
}

describe('writeOutputFolder', () => {
  it('writes a new folder with the marker, and nothing beside it', async () => {
    await writeOutputFolder(join(root, 'site'), fillWith({ 'a.html': 'a' }));
    expect(listing(root)).toEqual(['site']);
    expect(listing(join(root, 'site'))).toEqual([OUTPUT_MARKER, 'a.html']);
  });

  it('creates missing parent folders one level at a time', async () => {
    await writeOutputFolder(join(root, 'x/y/site'), fillWith({ 'a.html': 'a' }));
    expect(readFileSync(join(root, 'x/y/site/a.html'), 'utf8')).toBe('a');
    expect(listing(join(root, 'x/y'))).toEqual(['site']);
  });

  it('replaces its own output of an earlier run, leaving no old file and nothing beside', async () => {
    const out = join(root, 'site');
    await writeOutputFolder(out, fillWith({ 'old.html': 'old' }));
    await writeOutputFolder(out, fillWith({ 'new.html': 'new' }));
    expect(listing(out)).toEqual([OUTPUT_MARKER, 'new.html']);
    expect(listing(root)).toEqual(['site']);
  });

  it('replaces an empty folder', async () => {
    mkdirSync(join(root, 'site'));
    await writeOutputFolder(join(root, 'site'), fillWith({ 'a.html': 'a' }));
    expect(listing(join(root, 'site'))).toEqual([OUTPUT_MARKER, 'a.html']);
  });

  it('refuses a folder it did not write (a git repository with notes), deleting nothing and writing nothing', async () => {
    const dir = userFolder();
    let filled = false;
    const message = await failure(
      writeOutputFolder(dir, async () => {
        filled = true;
      }),
    );
    expect(message).toBe(
      `error E_OUTPUT_REFUSED: ${dir} is a folder conflict-kg did not write (it holds .git, notes.md); give a new or empty folder, or --force to replace it (nothing was written)`,
    );
    expect(filled).toBe(false);
    expect(listing(dir)).toEqual(['.git', 'notes.md']);
    expect(readFileSync(join(dir, 'notes.md'), 'utf8')).toBe('my notes\n');
    expect(listing(root)).toEqual(['work']);
  });

  it('names the first entries and the count of a large foreign folder', async () => {
    const dir = join(root, 'many');
    mkdirSync(dir);
    for (const f of ['a', 'b', 'c', 'd', 'e']) writeFileSync(join(dir, f), f);
    expect(await failure(writeOutputFolder(dir, fillWith({})))).toContain('(it holds a, b, c, … (5 entries))');
  });

  it('replaces a folder it did not write when forced', async () => {
    const dir = userFolder();
    await writeOutputFolder(dir, fillWith({ 'a.html': 'a' }), { force: true });
    expect(listing(dir)).toEqual([OUTPUT_MARKER, 'a.html']);
    expect(listing(root)).toEqual(['work']);
  });

  it('never replaces a file, even when forced', async () => {
    const file = join(root, 'notes.txt');
    writeFileSync(file, 'keep me\n');
    const message = await failure(writeOutputFolder(file, fillWith({ 'a.html': 'a' }), { force: true }));
    expect(message).toBe(
      `error E_OUTPUT_REFUSED: ${file} is a file, expected a folder; a file is never replaced (nothing was written)`,
    );
    expect(readFileSync(file, 'utf8')).toBe('keep me\n');
    expect(listing(root)).toEqual(['notes.txt']);
  });

  it('refuses a symbolic link, leaving it and the folder it points to alone', async () => {
    const dir = userFolder();
    const link = join(root, 'link');
    symlinkSync(dir, link);
    expect(await failure(writeOutputFolder(link, fillWith({}), { force: true }))).toBe(
      `error E_OUTPUT_REFUSED: ${link} is a symbolic link, expected a folder; give the folder it points to (nothing was written)`,
    );
    expect(listing(dir)).toEqual(['.git', 'notes.md']);
  });

  it('refuses the root folder', async () => {
    expect(await failure(writeOutputFolder('/', fillWith({}), { force: true }))).toBe(
      'error E_OUTPUT_REFUSED: / is the root folder; give a folder under it',
    );
  });

  it('reports a path through a file as one E_OUTPUT_IO line (ENOTDIR)', async () => {
    writeFileSync(join(root, 'file'), 'x');
    const out = join(root, 'file/site');
    expect(await failure(writeOutputFolder(out, fillWith({})))).toBe(
      `error E_OUTPUT_IO: cannot write the output folder ${out}: a part of the path is not a folder (ENOTDIR); nothing was changed`,
    );
  });

  it('reports a file system that refuses folders as one E_OUTPUT_IO line, without hanging (/proc)', async () => {
    expect(await failure(writeOutputFolder('/proc/x', fillWith({})))).toBe(
      'error E_OUTPUT_IO: cannot write the output folder /proc/x: no such file or folder (the file system may not allow folders here) (ENOENT at /proc); nothing was changed',
    );
  });

  it('leaves the earlier output and nothing else when the writing fails', async () => {
    const out = join(root, 'site');
    await writeOutputFolder(out, fillWith({ 'old.html': 'old' }));
    const problem = new DiagnosticError([error('E_PUBLISH', 'the build failed')]);
    const e = await writeOutputFolder(out, async (dir) => {
      await writeFile(join(dir, 'half.html'), 'half');
      throw problem;
    }).catch((x: unknown) => x);
    expect(e).toBe(problem);
    expect(listing(out)).toEqual([OUTPUT_MARKER, 'old.html']);
    expect(listing(root)).toEqual(['site']);
  });

  it('removes the parent folders it created when the writing fails', async () => {
    await writeOutputFolder(join(root, 'x/y/site'), async () => {
      throw Object.assign(new Error('disk full'), { code: 'ENOSPC', path: '/somewhere' });
    }).catch((x: unknown) => x);
    expect(listing(root)).toEqual([]);
  });

  it('reports a write failure inside the new folder with the path that failed', async () => {
    const out = join(root, 'site');
    const message = await failure(
      writeOutputFolder(out, async () => {
        throw Object.assign(new Error('disk full'), { code: 'ENOSPC', path: '/somewhere/a.html' });
      }),
    );
    expect(message).toBe(
      `error E_IO: cannot write the output folder ${out}: no space left on the device (ENOSPC at /somewhere/a.html); nothing was changed`,
    );
  });

  it('names a file that failed inside the new folder by where it was to be written', async () => {
    const out = join(root, 'site');
    const message = await failure(
      writeOutputFolder(out, async (dir) => {
        throw Object.assign(new Error('no space'), { code: 'ENOSPC', path: join(dir, 'doc/a.html') });
      }),
    );
    expect(message).toBe(
      `error E_IO: cannot write the output folder ${out}: no space left on the device (ENOSPC at ${out}/doc/a.html); nothing was changed`,
    );
  });

  it.each([
    ['EACCES', 'E_IO', 'permission denied'],
    ['EROFS', 'E_IO', 'the file system is read-only'],
    ['EMFILE', 'E_IO', 'too many open files'],
    ['EEXIST', 'E_OUTPUT_IO', 'something else is already there'],
    ['ELOOP', 'E_OUTPUT_IO', 'too many levels of symbolic links'],
    ['EISDIR', 'E_OUTPUT_IO', 'a folder is where a file was to be written'],
    ['EWHATEVER', 'E_OUTPUT_IO', 'the file system refused'],
  ])(
    'says what %s means in one line naming the path, as %s (the system refused, or the path is wrong)',
    async (code, diagnostic, words) => {
      const out = join(root, 'site');
      const message = await failure(
        writeOutputFolder(out, async (dir) => {
          throw Object.assign(new Error(code), { code, path: join(dir, 'x') });
        }),
      );
      expect(message).toBe(
        `error ${diagnostic}: cannot write the output folder ${out}: ${words} (${code} at ${out}/x); nothing was changed`,
      );
      expect(listing(root)).toEqual([]);
    },
  );

  it('passes on a programming error as it is', async () => {
    const bug = new TypeError('x is not a function');
    expect(
      await writeOutputFolder(join(root, 'site'), async () => {
        throw bug;
      }).catch((x: unknown) => x),
    ).toBe(bug);
  });
});

describe('a folder without the marker that holds only files the command writes', () => {
  const isOwnFile = (p: string) => /^[a-z-]+\.(ttl|nt|jsonld)$/.test(p);

  it("counts as the program's own, and stays unmarked when asked (a committed dist/)", async () => {
    const dist = join(root, 'dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'q.ttl'), 'old');
    writeFileSync(join(dist, 'q.nt'), 'old');
    await writeOutputFolder(dist, fillWith({ 'q.ttl': 'new', 'q.nt': 'new' }), { isOwnFile, unmarked: true });
    expect(listing(dist)).toEqual(['q.nt', 'q.ttl']);
    expect(readFileSync(join(dist, 'q.ttl'), 'utf8')).toBe('new');
  });

  it("counts a marked subfolder (a site written inside it) as the program's too", async () => {
    const dist = join(root, 'dist');
    mkdirSync(join(dist, 'site'), { recursive: true });
    writeFileSync(join(dist, 'q.ttl'), 'old');
    writeFileSync(join(dist, 'site', OUTPUT_MARKER), '');
    expect(await checkOutputFolder(dist, { isOwnFile })).toBe('own');
  });

  it('is refused as soon as one file is not one the command writes', async () => {
    const dist = join(root, 'dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'q.ttl'), 'old');
    writeFileSync(join(dist, 'NOTES.md'), 'mine');
    expect(await failure(checkOutputFolder(dist, { isOwnFile }))).toContain('E_OUTPUT_REFUSED');
    expect(listing(dist)).toEqual(['NOTES.md', 'q.ttl']);
  });
});

describe('keeping another output inside the folder (dist/site/ inside dist/)', () => {
  const isOwnFile = (p: string) => /^[a-z-]+\.(ttl|nt)$/.test(p);

  it('carries a kept entry of the old folder over into the new one', async () => {
    const dist = join(root, 'dist');
    await writeOutputFolder(join(dist, 'site'), fillWith({ 'index.html': 'site' }));
    writeFileSync(join(dist, 'q.ttl'), 'old');
    await writeOutputFolder(dist, fillWith({ 'q.ttl': 'new' }), {
      isOwnFile,
      unmarked: true,
      keep: (name) => name === 'site',
    });
    expect(listing(dist)).toEqual(['q.ttl', 'site']);
    expect(readFileSync(join(dist, 'q.ttl'), 'utf8')).toBe('new');
    expect(readFileSync(join(dist, 'site/index.html'), 'utf8')).toBe('site');
    expect(listing(root)).toEqual(['dist']);
  });

  it('replaces a marked subfolder with the rest when nothing asks to keep it', async () => {
    const dist = join(root, 'dist');
    await writeOutputFolder(join(dist, 'site'), fillWith({ 'index.html': 'site' }));
    await writeOutputFolder(dist, fillWith({ 'q.ttl': 'new' }), { isOwnFile, unmarked: true });
    expect(listing(dist)).toEqual(['q.ttl']);
  });

  it('keeps what the new folder writes itself over an entry of the same name', async () => {
    const out = join(root, 'out');
    await writeOutputFolder(out, fillWith({ 'a.txt': 'old' }));
    await writeOutputFolder(out, fillWith({ 'a.txt': 'new' }), { keep: () => true });
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe('new');
    expect(listing(out)).toEqual([OUTPUT_MARKER, 'a.txt']);
  });
});

describe('checkOutputFolder', () => {
  it('tells what is at the target and writes nothing', async () => {
    expect(await checkOutputFolder(join(root, 'new'))).toBe('absent');
    expect(await checkOutputFolder(userFolder(), { force: true })).toBe('forced');
    expect(existsSync(join(root, 'new'))).toBe(false);
    expect(listing(root)).toEqual(['work']);
  });
});

describe('the folder swapped in', () => {
  it("has the ordinary mode of a new folder (0777 less the umask), not mkdtemp's 0700", async () => {
    const root = mkdtempSync(join(tmpdir(), 'ckg-mode-'));
    mkdirSync(join(root, 'plain'));
    await writeOutputFolder(join(root, 'out'), async () => {});
    expect(statSync(join(root, 'out')).mode & 0o777).toBe(statSync(join(root, 'plain')).mode & 0o777);
    rmSync(root, { recursive: true, force: true });
  });
});
