// The typed error of publishing: a stable fault code, a message that carries the store's own words, and the exit code.
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
export type PublishFault =
  | 'E_PUBLISH_UNREACHABLE'
  | 'E_PUBLISH_AUTH'
  | 'E_PUBLISH_HTTP'
  | 'E_PUBLISH_TIMEOUT'
  | 'E_PUBLISH_DROPPED'
  | 'E_PUBLISH_COUNT'
  | 'E_PUBLISH_DATA';

/** Exit codes of `conflict-kg publish`: 1 for a data problem or count mismatch, 3 for a network or store failure. */
export const FAULT_EXIT: Record<PublishFault, 1 | 3> = {
  E_PUBLISH_UNREACHABLE: 3,
  E_PUBLISH_AUTH: 3,
  E_PUBLISH_HTTP: 3,
  E_PUBLISH_TIMEOUT: 3,
  E_PUBLISH_DROPPED: 3,
  E_PUBLISH_COUNT: 1,
  E_PUBLISH_DATA: 1,
};

/** Faults worth retrying: the request may succeed if sent again (the caller decides whether sending again is safe). */
export const TRANSIENT: ReadonlySet<PublishFault> = new Set(['E_PUBLISH_TIMEOUT', 'E_PUBLISH_DROPPED']);

export class PublishError extends Error {
  readonly code: PublishFault;
  /** The HTTP status, when the store answered. */
  readonly status?: number;

  constructor(code: PublishFault, message: string, status?: number) {
    super(message);
    this.name = 'PublishError';
    this.code = code;
    if (status !== undefined) this.status = status;
  }

  /** The same error with a sentence about the graph's state appended. */
  withState(state: string): PublishError {
    return new PublishError(this.code, `${this.message}; ${state}`, this.status);
  }
}
