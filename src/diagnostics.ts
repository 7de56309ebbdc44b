// Errors as data: a Diagnostic has a code, a message and a source position; they are collected, then formatted once.

/** A position in a source file, 1-based (as editors and the yaml package's LineCounter show it). */
export interface SourceSpan {
  file: string;
  line: number;
  column: number;
}

export type DiagnosticCode =
  | 'E_SOURCE_SYNTAX'
  | 'E_SOURCE_UNKNOWN_FIELD'
  | 'E_SOURCE_MISSING_FIELD'
  | 'E_SOURCE_TYPE'
  | 'E_SOURCE_VALUE'
  | 'E_SOURCE_DATE'
  | 'E_SOURCE_RANGE'
  | 'E_SOURCE_UNKNOWN_ID'
  | 'E_SOURCE_DUPLICATE_ID'
  | 'E_SOURCE_WRONG_KIND'
  | 'E_SOURCE_UNKNOWN_FOOTNOTE'
  | 'E_SOURCE_DATASET'
  | 'E_SOURCE_IO'
  | 'E_SOURCE_CYCLE'
  | 'E_SOURCE_ENCODING'
  | 'E_SOURCE_MENTION'
  | 'E_SOURCE_REGISTER'
  | 'E_SOURCE_LINK'
  | 'E_SOURCE_GEOMETRY'
  | 'E_IO'
  | 'E_RDF_SYNTAX'
  | 'E_SHACL_VIOLATION'
  | 'E_SHAPES'
  | 'E_QUERY_SYNTAX'
  | 'E_QUERY_UPDATE'
  | 'E_QUERY_TIMEOUT'
  | 'E_QUERY_LIMIT'
  | 'E_QUERY_FAILED'
  | 'E_QUERY_CANCELLED'
  | 'E_QUERY_UNKNOWN'
  | 'E_QUERY_PARAM'
  | 'E_PUBLISH'
  | 'E_PUBLISH_UNREACHABLE'
  | 'E_PUBLISH_AUTH'
  | 'E_PUBLISH_HTTP'
  | 'E_PUBLISH_TIMEOUT'
  | 'E_PUBLISH_DROPPED'
  | 'E_PUBLISH_COUNT'
  | 'E_PUBLISH_DATA'
  | 'E_SERVE_LISTEN'
  | 'E_SERVE_BUSY'
  | 'E_OUTPUT_REFUSED'
  | 'E_OUTPUT_IO'
  | 'E_USAGE';

export interface Diagnostic {
  code: DiagnosticCode;
  severity: 'error' | 'warning';
  message: string;
  span?: SourceSpan;
  hint?: string;
}

/** Thrown once at a stage boundary with every problem the stage found. */
export class DiagnosticError extends Error {
  readonly diagnostics: Diagnostic[];

  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'DiagnosticError';
    this.diagnostics = diagnostics;
  }
}

/** The longest excerpt of the input a message quotes, in characters: a 2 MB scalar must not make a 2 MB line. */
export const MAX_QUOTE = 60;

/**
 * A piece of the input for a message: in double quotes, escaped as JSON (control characters, quotes), and cut to
 * MAX_QUOTE characters with an ellipsis and the full length.
 * @example quote('say "hi"') //=> '"say \\"hi\\""'
 */
export function quote(text: string): string {
  const chars = [...text];
  if (chars.length <= MAX_QUOTE) return JSON.stringify(text);
  return `${JSON.stringify(chars.slice(0, MAX_QUOTE).join(''))}… (${chars.length} characters)`;
}

/** Builds an error-severity diagnostic. */
export function error(code: DiagnosticCode, message: string, span?: SourceSpan, hint?: string): Diagnostic {
  const d: Diagnostic = { code, severity: 'error', message };
  if (span) d.span = span;
  if (hint) d.hint = hint;
  return d;
}

/**
 * Formats one diagnostic the way compilers do, so editors can jump to it.
 * @example formatDiagnostic(d) //=> 'data/x/events.yaml:12:9: error E_SOURCE_DATE: expected a real date, found "2017-13-45"'
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.span ? `${d.span.file}:${d.span.line}:${d.span.column}: ` : '';
  const hint = d.hint ? `\n  hint: ${d.hint}` : '';
  return `${where}${d.severity} ${d.code}: ${d.message}${hint}`;
}

/** Sorts diagnostics by file, line and column so reports read top to bottom. */
export function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic) => [d.span?.file ?? '', d.span?.line ?? 0, d.span?.column ?? 0] as const;
  return [...ds].sort((a, b) => {
    const [fa, la, ca] = key(a);
    const [fb, lb, cb] = key(b);
    return fa < fb ? -1 : fa > fb ? 1 : la - lb || ca - cb;
  });
}
