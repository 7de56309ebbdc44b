// The index of ids a dataset keeps whole while its facts are read a batch at a time: id → kind and defining file.
import { SECTION_NAMES, SECTION_KIND, type EntityKind, type SectionName } from './facts.ts';

const KINDS: readonly EntityKind[] = SECTION_NAMES.map((s) => SECTION_KIND[s]);
const KIND_BITS = 4;

/**
 * One number per id (its kind and the index of the file that defines it), so the index stays small at millions of
 * entries. Ids are copied when added: a substring of a parsed file would keep the whole file's text alive.
 */
export class IdIndex {
  private readonly codes = new Map<string, number>();

  /** Adds an id; returns the file of its first definition instead when the id is taken. */
  add(id: string, section: SectionName, file: number): number | undefined {
    const found = this.codes.get(id);
    if (found !== undefined) return found >> KIND_BITS;
    this.codes.set(flat(id), (file << KIND_BITS) | KINDS.indexOf(SECTION_KIND[section]));
    return undefined;
  }

  kind(id: string): EntityKind | undefined {
    const code = this.codes.get(id);
    return code === undefined ? undefined : KINDS[code & ((1 << KIND_BITS) - 1)];
  }

  /** The index (in name order) of the file that defines the id. */
  file(id: string): number | undefined {
    const code = this.codes.get(id);
    return code === undefined ? undefined : code >> KIND_BITS;
  }

  /** Every id of these kinds (for "did you mean" hints; only read on a problem). */
  idsOf(kinds: readonly EntityKind[]): string[] {
    const codes = kinds.map((k) => KINDS.indexOf(k));
    return [...this.codes].filter(([, c]) => codes.includes(c & ((1 << KIND_BITS) - 1))).map(([id]) => id);
  }

  get size(): number {
    return this.codes.size;
  }
}

/** A copy of the string that does not share memory with the text it was cut from. */
export function flat(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
