// The typed error of publishing: a diagnostic with a stable fault code and a message that carries the store's own
// words (the CLI decides the exit code, as for every diagnostic), plus the HTTP status when the store answered.
import { DiagnosticError, error, type DiagnosticCode } from '../diagnostics.ts';

/**
 * What went wrong, as a stable code users and scripts can match on.
 * - `E_PUBLISH_UNREACHABLE`: nothing listens at the endpoint, or its host does not resolve
 * - `E_PUBLISH_AUTH`: the store refused the credentials (HTTP 401) or access (HTTP 403)
 * - `E_PUBLISH_HTTP`: any other 4xx/5xx answer; the message carries the status and the store's message
 * - `E_PUBLISH_TIMEOUT`: no answer within the timeout
 * - `E_PUBLISH_DROPPED`: the connection was closed or reset before the answer was complete
 * - `E_PUBLISH_COUNT`: the store holds a different number of triples than were exported
 * - `E_PUBLISH_DATA`: the file to publish cannot be read or parsed, or cannot be sent safely in chunks
 */
export type PublishFault = Extract<DiagnosticCode, `E_PUBLISH_${string}`>;

/** Faults worth retrying: the request may succeed if sent again (the caller decides whether sending again is safe). */
export const TRANSIENT: ReadonlySet<PublishFault> = new Set(['E_PUBLISH_TIMEOUT', 'E_PUBLISH_DROPPED']);

export class PublishError extends DiagnosticError {
  readonly code: PublishFault;
  /** The fault's own words, without the code. */
  readonly detail: string;
  /** The HTTP status, when the store answered. */
  readonly status?: number;

  constructor(code: PublishFault, message: string, status?: number) {
    super([error(code, message)]);
    this.name = 'PublishError';
    this.code = code;
    this.detail = message;
    if (status !== undefined) this.status = status;
  }

  /** The same error with a sentence about the graph's state appended. */
  withState(state: string): PublishError {
    return new PublishError(this.code, `${this.detail}; ${state}`, this.status);
  }
}
