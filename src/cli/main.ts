// The CLI: picks the subcommand, parses its options, runs it, and maps failures to exit codes.
import { parseArgs } from 'node:util';
import { DiagnosticError, formatDiagnostic, sortDiagnostics, quote } from '../diagnostics.ts';
import { UsageError, type Command, type ParsedArgs } from './command.ts';
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
    'Add --debug to any command to see the stack trace of an internal error.',
  ].join('\n');

/** Runs the CLI with the given arguments and returns the exit code; the bin file is what exits. */
export async function run(argv: string[], io: Io = processIo()): Promise<number> {
  const debug = argv.includes('--debug');
  const [name, ...rest] = argv.filter((a) => a !== '--debug');
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.stdout : io.stderr)(`${HELP()}\n`);
    return name ? EXIT.ok : EXIT.usage;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    io.stderr(`conflict-kg: unknown command ${quote(name)}\n\n${HELP()}\n`);
    return EXIT.usage;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`usage: conflict-kg ${command.usage}\n`);
    return EXIT.ok;
  }
  try {
    const options = { args: rest, options: command.options, allowPositionals: command.allowPositionals ?? false };
    return await command.run(parseArgs({ ...options, strict: true }) as ParsedArgs, io);
  } catch (e) {
    return report(e, command, io, debug);
  }
}

function report(e: unknown, command: Command, io: Io, debug: boolean): number {
  if (e instanceof DiagnosticError) {
    for (const d of sortDiagnostics(e.diagnostics)) io.stderr(`${formatDiagnostic(d)}\n`);
    const n = e.diagnostics.filter((d) => d.severity === 'error').length;
    io.stderr(`${n} error${n === 1 ? '' : 's'}\n`);
    return exitCodeOf(e.diagnostics);
  }
  const code = String((e as { code?: unknown }).code ?? '');
  if (e instanceof UsageError || code.startsWith('ERR_PARSE_ARGS')) {
    io.stderr(`conflict-kg ${command.name}: ${(e as Error).message}\nusage: conflict-kg ${command.usage}\n`);
    return EXIT.usage;
  }
  // A bug or an unforeseen failure: one line, the stack only when asked for.
  const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
  const stack = debug && e instanceof Error && e.stack ? `\n${e.stack}` : ' (run with --debug for the stack trace)';
  io.stderr(`conflict-kg ${command.name}: internal error: ${message}${stack}\n`);
  return EXIT.failure;
}

function processIo(): Io {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTty: Boolean(process.stdout.isTTY),
    stderrIsTty: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
  };
}
