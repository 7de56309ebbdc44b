// The index of ids a dataset keeps whole while its facts are read a batch at a time: id → kind, defining file, classes.
import { SECTION_NAMES, SECTION_KIND, type EntityKind, type SectionName } from './facts.ts';

const KINDS = SECTION_NAMES.map((s) => SECTION_KIND[s]).filter((k): k is EntityKind => k !== 'mention');
const KIND_BITS = 4;
const KIND_MASK = (1 << KIND_BITS) - 1;
const CLASS_BITS = 8;
const FILE_SHIFT = KIND_BITS + CLASS_BITS;
/** Numbers stay small integers (31 bits in V8): 18 bits of file index. */
export const MAX_FILES = 2 ** (30 - FILE_SHIFT);
/** How many distinct class lists an id can point at (the streaming export's type index keeps more elsewhere). */
export const MAX_CLASS_LISTS = 2 ** CLASS_BITS - 1;

/**
 * One number per id (its kind, the index of the file that defines it, and once mapped the number of its list of
 * classes), so the index stays small at millions of entries. Ids are copied when added: a substring of a parsed
 * file would keep the whole file's text alive.
 */
export class IdIndex {
  private readonly codes = new Map<string, number>();

  /** Adds an id; returns the file of its first definition instead when the id is taken. */
  add(id: string, section: SectionName, file: number): number | undefined {
    const found = this.codes.get(id);
    if (found !== undefined) return found >> FILE_SHIFT;
    if (file >= MAX_FILES) throw new Error(`a dataset folder may hold at most ${MAX_FILES} YAML files`);
    this.codes.set(flat(id), (file << FILE_SHIFT) | KINDS.indexOf(SECTION_KIND[section] as EntityKind));
    return undefined;
  }

  kind(id: string): EntityKind | undefined {
    const code = this.codes.get(id);
    return code === undefined ? undefined : KINDS[code & KIND_MASK];
  }

  /** The index (in name order) of the file that defines the id. */
  file(id: string): number | undefined {
    const code = this.codes.get(id);
    return code === undefined ? undefined : code >> FILE_SHIFT;
  }

  /** The number of the id's class list (1 to MAX_CLASS_LISTS), 0 while none is known. */
  classList(id: string): number {
    return ((this.codes.get(id) ?? 0) >> KIND_BITS) & MAX_CLASS_LISTS;
  }

  setClassList(id: string, list: number): void {
    const code = this.codes.get(id);
    if (code === undefined || list < 1 || list > MAX_CLASS_LISTS)
      throw new Error(`cannot record class list ${list} of id "${id}"`);
    this.codes.set(id, (code & ~(MAX_CLASS_LISTS << KIND_BITS)) | (list << KIND_BITS));
  }

  /** Every id of these kinds (for "did you mean" hints; only read on a problem). */
  idsOf(kinds: readonly EntityKind[]): string[] {
    const codes = kinds.map((k) => KINDS.indexOf(k));
    return [...this.codes].filter(([, c]) => codes.includes(c & KIND_MASK)).map(([id]) => id);
  }

  get size(): number {
    return this.codes.size;
  }
}

/** A copy of the string that does not share memory with the text it was cut from. */
export function flat(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}
