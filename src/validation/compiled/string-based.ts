// String-based constraint components (SHACL §4.4): sh:minLength, sh:maxLength, sh:pattern, sh:languageIn, sh:uniqueLang.
import type { Family, Violation } from './model.ts';
import { perValue } from './value-type.ts';
import { matchesLanguageRange } from './language-range.ts';

export const STRING_BASED: Family = {
  minLength: (_c, n) =>
    perValue(
      'MinLengthConstraintComponent',
      'Value has less than {$minLength} characters',
      { minLength: n },
      (_ctx, v) => v.termType !== 'BlankNode' && v.value.length >= Number(n.value),
    ),
  maxLength: (_c, n) =>
    perValue(
      'MaxLengthConstraintComponent',
      'Value has more than {$maxLength} characters',
      { maxLength: n },
      (_ctx, v) => v.termType !== 'BlankNode' && v.value.length <= Number(n.value),
    ),
  pattern: (c, pattern) => {
    const flags = c.param('flags');
    const re = new RegExp(pattern.value, flags?.value);
    return perValue(
      'PatternConstraintComponent',
      'Value does not match pattern "{$pattern}"',
      { pattern, flags },
      (_ctx, v) => v.termType !== 'BlankNode' && re.test(v.value),
    );
  },
  languageIn: (c, list) => {
    const allowed = c.list(list).map((t) => t.value);
    return perValue(
      'LanguageInConstraintComponent',
      'Language does not match any of {$languageIn}',
      { languageIn: list },
      (ctx, v) =>
        v.termType === 'Literal' &&
        v.language !== '' &&
        allowed.some((a) => (ctx.strictLanguages ? matchesLanguageRange(v.language, a) : v.language.startsWith(a))),
    );
  },
  uniqueLang: (c, flag) => {
    if (!c.isProperty) c.unsupported('sh:uniqueLang on a node shape');
    if (flag.value !== 'true') return undefined;
    return {
      component: 'UniqueLangConstraintComponent',
      template: 'Language "{?lang}" used more than once',
      params: { uniqueLang: flag },
      run(_ctx, _focus, values) {
        const counts = new Map<string, number>();
        for (const v of values)
          if (v.termType === 'Literal' && v.language) counts.set(v.language, (counts.get(v.language) ?? 0) + 1);
        const out: Violation[] = [];
        for (const [lang, n] of counts)
          if (n > 1) out.push({ message: `Language "${lang}" has been used by ${n} values` });
        return out;
      },
    };
  },
};
