// The CLI: picks the subcommand, parses its options, runs it, and maps failures to exit codes.
import { parseArgs } from 'node:util';
import { DiagnosticError, formatDiagnostic, sortDiagnostics } from '../diagnostics.ts';
import { UsageError, type Command } from './command.ts';
import { EXIT, exitCodeOf } from './exit-codes.ts';
import type { Io } from './io.ts';
import { COMMANDS } from './commands/index.ts';

const HELP = () =>
  [
    'usage: conflict-kg <command> [options]',
    '',
    'commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
    '',
    "Run `conflict-kg <command> --help` for a command's options.",
    'Exit codes: 0 ok, 1 invalid input or failed check, 2 usage error, 3 runtime failure (I/O, network).',
  ].join('\n');

/** Runs the CLI with the given arguments and returns the exit code; the bin file is what exits. */
export async function run(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.stdout : io.stderr)(`${HELP()}\n`);
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`conflict-kg: unknown command "${name}"\n\n${HELP()}\n`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`usage: conflict-kg ${command.usage}\n`);
    return EXIT.ok;
  }
  try {
    const args = parseArgs({
      args: rest,
      options: command.options,
      allowPositionals: command.allowPositionals ?? false,
      strict: true,
    });
    return await command.run(args as never, io);
  } catch (e) {
    return report(e, command, io);
  }
}

function report(e: unknown, command: Command, io: Io): number {
  if (e instanceof DiagnosticError) {
    for (const d of sortDiagnostics(e.diagnostics)) io.stderr(`${formatDiagnostic(d)}\n`);
    const n = e.diagnostics.filter((d) => d.severity === 'error').length;
    io.stderr(`${n} error${n === 1 ? '' : 's'}\n`);
    return exitCodeOf(e.diagnostics);
  }
  const code = (e as { code?: string }).code ?? '';
  if (e instanceof UsageError || code.startsWith('ERR_PARSE_ARGS')) {
    io.stderr(`conflict-kg ${command.name}: ${(e as Error).message}\nusage: conflict-kg ${command.usage}\n`);
    return EXIT.usage;
  }
  io.stderr(`conflict-kg ${command.name}: ${(e as Error)?.stack ?? String(e)}\n`);
  return EXIT.failure;
}

function processIo(): Io {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTty: Boolean(process.stdout.isTTY),
    env: process.env,
    cwd: process.cwd(),
  };
}
