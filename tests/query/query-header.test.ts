import { describe, expect, it } from 'vitest';
import { parseHeader } from '../../src/query/query-header.ts';

describe('parseHeader', () => {
  it('reads the title, what the query answers and its parameters with their lines', () => {
    const text =
      '# title: What happened at a place\n# answers: the events at a place\n\n# @param place: place-id the place (e.g. arsal)\n# @param to: date-end? the last day\nSELECT ?x WHERE { ?x ?p ?place }\n# @param late: string\n';
    expect(parseHeader(text)).toEqual({
      title: 'What happened at a place',
      answers: 'the events at a place',
      params: [
        { name: 'place', type: 'place-id', optional: false, description: 'the place (e.g. arsal)', line: 4 },
        { name: 'to', type: 'date-end', optional: true, description: 'the last day', line: 5 },
      ],
    });
  });
});
