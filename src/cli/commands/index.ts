// The table of subcommands, in the order `conflict-kg --help` lists them.
import type { Command } from '../command.ts';
import { build } from './build.ts';
import { publish } from './publish.ts';
import { query } from './query.ts';
import { serve } from './serve.ts';
import { site } from './site.ts';
import { synth } from './synth.ts';
import { validate } from './validate.ts';

export const COMMANDS: Command[] = [build, validate, query, publish, site, serve, synth];
