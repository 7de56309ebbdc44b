// The table of subcommands, in the order `conflict-kg --help` lists them. A command's module (and what it imports:
// oxigraph, the SHACL engines, the site renderer) is loaded only when that command runs.
import type { Command } from '../command.ts';

export interface CommandEntry {
  name: string;
  /** One line: what the command does (the help lists it without loading the command). */
  summary: string;
  load(): Promise<Command>;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'build',
    summary: 'export the dataset as Turtle, JSON-LD and N-Triples into dist/ (after the SHACL check)',
    load: async () => (await import('./build.ts')).build,
  },
  {
    name: 'validate',
    summary: 'check the source facts and the SHACL shapes; writes nothing (but --report)',
    load: async () => (await import('./validate.ts')).validate,
  },
  {
    name: 'query',
    summary: 'run a SPARQL query (text, a .rq file or a catalogue name) over the built dataset',
    load: async () => (await import('./query.ts')).query,
  },
  {
    name: 'publish',
    summary: "replace the dataset's named graph in a triple store, or write bulk-load files",
    load: async () => (await import('./publish.ts')).publish,
  },
  {
    name: 'site',
    summary: 'write the static linked-data site (HTML, Turtle, JSON-LD per resource; VoID) into dist/site/',
    load: async () => (await import('./site.ts')).site,
  },
  {
    name: 'serve',
    summary: 'serve the site with content negotiation (303 See Other) and a read-only SPARQL endpoint',
    load: async () => (await import('./serve.ts')).serve,
  },
  {
    name: 'synth',
    summary: 'write a synthetic dataset folder of N events in the source YAML format (deterministic for a seed)',
    load: async () => (await import('./synth.ts')).synth,
  },
];
