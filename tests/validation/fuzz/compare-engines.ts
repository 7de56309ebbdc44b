// Runs one graph through rdf-validate-shacl and the compiled validator and says whether they agree, and if not, why.
import type { Quad } from 'n3';
import { createReferenceValidator, type ShapeResult } from '../../../src/validation/validate-graph.ts';
import {
  createCompiledValidator,
  type CompiledValidateOptions,
} from '../../../src/validation/compiled/validate-compiled.ts';
import { toShapeResults } from '../../../src/validation/compiled/to-shape-results.ts';

/**
 * `agreement`: the same results. `dates`, `languages`, `dates+languages`: different results, and the same once those
 * intended differences are turned off (strictDates, strictLanguages). `disagreement`: different results even then.
 */
export type Verdict = 'agreement' | 'dates' | 'languages' | 'dates+languages' | 'disagreement';

export interface Judgement {
  verdict: Verdict;
  /** The compiled validator's results, intended differences on (its default). */
  compiled: ShapeResult[];
  reference: ShapeResult[];
}

/** A result as the fuzz compares them: focus node, path, component, shape and value. */
export function resultKey(r: ShapeResult): string {
  return [r.focusNode, r.path ?? '-', r.component, r.shape ?? '-', r.value ?? '-'].join(' | ');
}

function sameMultiset(a: ShapeResult[], b: ShapeResult[]): boolean {
  if (a.length !== b.length) return false;
  const [ka, kb] = [a.map(resultKey).sort(), b.map(resultKey).sort()];
  return ka.every((k, i) => k === kb[i]);
}

/** Both engines with the shapes read once; judge graphs one after the other. */
export function createJudge(shapes: Quad[]): (data: Quad[]) => Promise<Judgement> {
  const reference = createReferenceValidator(shapes);
  const validator = createCompiledValidator(shapes);
  return async (data) => {
    const index = validator.index(data);
    const compiled = (options: CompiledValidateOptions) =>
      toShapeResults(validator.validate(index, options), validator.compiled);
    const strict = compiled({});
    const expected = (await reference(data)).results;
    const agrees = (options: CompiledValidateOptions) => sameMultiset(compiled(options), expected);
    const verdict: Verdict = sameMultiset(strict, expected)
      ? 'agreement'
      : !agrees({ strictDates: false, strictLanguages: false })
        ? 'disagreement'
        : agrees({ strictDates: false })
          ? 'dates'
          : agrees({ strictLanguages: false })
            ? 'languages'
            : 'dates+languages';
    return { verdict, compiled: strict, reference: expected };
  };
}
