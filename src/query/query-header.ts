// Reads the comment header of a query file: `# title:`, `# answers:` and `# @param NAME: TYPE description` lines.

export interface ParamDeclaration {
  name: string;
  /** A parameter type (see bind-params.ts); a trailing `?` in the file makes the parameter optional. */
  type: string;
  optional: boolean;
  description: string;
  /** 1-based line of the declaration in the query file. */
  line: number;
}

export interface QueryHeader {
  title?: string;
  answers?: string;
  params: ParamDeclaration[];
}

const FIELD = /^#\s*(title|answers):\s*(.*)$/;
const PARAM = /^#\s*@param\s+([A-Za-z_][A-Za-z0-9_]*)\s*:\s*([A-Za-z0-9:_-]+)(\?)?\s*(.*)$/;

/** Parses the leading comment lines of a query (blank lines allowed); stops at the first line of SPARQL. */
export function parseHeader(text: string): QueryHeader {
  const header: QueryHeader = { params: [] };
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    if (!line.startsWith('#')) break;
    const field = FIELD.exec(line);
    if (field) {
      header[field[1] as 'title' | 'answers'] = field[2].trim();
      continue;
    }
    const p = PARAM.exec(line);
    if (p) {
      const description = p[4].replace(/^[—–-]\s*/, '').trim();
      header.params.push({ name: p[1], type: p[2], optional: p[3] === '?', description, line: i + 1 });
    }
  }
  return header;
}
