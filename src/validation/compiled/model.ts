// The compiled form of a shapes graph: shapes with their targets, path and checks, and what a check reports.
import type { Term } from '@rdfjs/types';
import type { DataIndex } from './data-index.ts';
import type { Path } from './paths.ts';

/** One failed check: the value node, and for some components a path or a message of their own. */
export interface Violation {
  value?: Term;
  path?: Term;
  message?: string;
}

/** What a check sees while it runs. */
export interface RunContext {
  data: DataIndex;
  /** Whether a node conforms to a shape (every constraint, nested property shapes included). */
  conforms(node: Term, shape: Term): boolean;
  /**
   * When true, xsd:date(Time) literals must name real calendar dates (not "1942-02-30") and xsd:dateTime / xsd:time
   * real times of day (not "25:00:00").
   */
  strictDates: boolean;
  /** When true, sh:languageIn matches by RFC 4647 basic filtering; when false, by string prefix (as rdf-validate-shacl). */
  strictLanguages: boolean;
}

/** One constraint of one shape: a constraint component with one combination of its parameter values. */
export interface Check {
  /** The local name of the component: `MinCountConstraintComponent`. */
  component: string;
  /** The default message (with `{$param}` placeholders), used when the shape has no sh:message. */
  template?: string;
  /** Parameter local name → value, for the message placeholders. */
  params: Record<string, Term | undefined>;
  /** The failures of one focus node, given its value nodes. */
  run(ctx: RunContext, focus: Term, values: readonly Term[]): Violation[];
}

export interface CompiledShape {
  node: Term;
  severity: Term;
  messages: Term[];
  deactivated: boolean;
  path?: Path;
  checks: Check[];
  /** Property shapes reached by sh:property. */
  properties: Term[];
  /** The same, compiled (filled on first use). */
  propertyShapes?: CompiledShape[];
  /** The shape's own sh:in list (the engine being mirrored names it in messages about blank parameters). */
  inList: Term[];
}

/** What a constraint family needs to compile one parameter value into checks. */
export interface CompileContext {
  shape: Term;
  isProperty: boolean;
  /** The first value of another parameter of the same shape. */
  param(name: string): Term | undefined;
  /** Every value of a parameter of the same shape. */
  params(name: string): Term[];
  list(head: Term): Term[];
  /** The value of the shape's sh:property shapes' paths that are IRIs (sh:closed). */
  propertyPaths(): Term[];
  /** The sibling qualified value shapes (sh:qualifiedValueShapesDisjoint). */
  siblingQualifiedShapes(own: Term): Term[];
  /** Throws: the feature is not implemented (never skipped silently). */
  unsupported(what: string): never;
}

/** One family of SHACL constraint components: parameter local name → compiler of one parameter value. */
export type Family = Record<string, (ctx: CompileContext, value: Term) => Check | undefined>;
