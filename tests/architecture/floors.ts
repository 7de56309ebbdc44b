// The floors of src/, lowest first: a folder imports only from itself and from lower floors, and another folder
// only through its index.ts. ARCHITECTURE.md draws the same table; a folder missing here fails the test.

/** Floor of each top-level folder of src/ ('' is the files at the root of src/: the core every floor uses). */
export const FLOORS: Record<string, number> = {
  '': 0,
  source: 1,
  synth: 1,
  mapping: 2,
  validation: 3,
  serialization: 3,
  pipeline: 4,
  query: 5,
  publish: 5,
  site: 6,
  serve: 7,
  cli: 8,
};

/** Root files that are not core: the library's public entry point (src/index.ts) sits above every folder but the CLI. */
export const ROOT_FLOORS: Record<string, number> = {
  'index.ts': 7.5,
};
