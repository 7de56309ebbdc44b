// The error for shapes the validators cannot use: one E_SHAPES diagnostic that says what was expected and what was found.
import { DiagnosticError, error } from '../diagnostics.ts';

/**
 * A DiagnosticError holding one `E_SHAPES` diagnostic (no source position: a shapes graph has none once parsed).
 * @example shapesError('expected SHACL shapes (*.ttl files) in shapes/, found none').message //=> 'error E_SHAPES: expected SHACL shapes (*.ttl files) in shapes/, found none'
 */
export function shapesError(message: string): DiagnosticError {
  return new DiagnosticError([error('E_SHAPES', message)]);
}
