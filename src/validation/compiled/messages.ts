// Result messages as rdf-validate-shacl words them: the validator's own, else the shape's sh:message, else the component's template.
import type { Term } from '@rdfjs/types';
import type { Check, CompiledShape, Violation } from './model.ts';

/** The messages of one result, with `{$param}` / `{?param}` replaced by the check's parameter values. */
export function resultMessages(shape: CompiledShape, check: Check, violation: Violation): string[] {
  if (violation.message) return [substitute(violation.message, shape, check)];
  if (shape.messages.length > 0) return shape.messages.map((m) => substitute(m.value, shape, check));
  return check.template ? [substitute(check.template, shape, check)] : [];
}

function substitute(message: string, shape: CompiledShape, check: Check): string {
  let out = message;
  for (const [name, value] of Object.entries(check.params)) {
    const label = nodeLabel(value, shape);
    out = out.replace(`{$${name}}`, label).replace(`{?${name}}`, label);
  }
  return out;
}

/** IRIs in angle brackets, literals as their text; a blank node (a list) as the first three members of the shape's sh:in. */
function nodeLabel(value: Term | undefined, shape: CompiledShape): string {
  if (!value) return 'NULL';
  if (value.termType === 'NamedNode') return `<${value.value}>`;
  if (value.termType !== 'BlankNode') return value.value;
  const members = shape.inList.map((t) => t.value);
  return members.length > 3
    ? `${members.slice(0, 3).join(', ')} ... (and ${members.length - 3} more)`
    : members.join(', ');
}
