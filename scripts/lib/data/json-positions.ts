/**
 * Where each value sits in a JSON text, so errors in forum.json and labels.json can point at
 * `line:column` like the CSV errors do. JSON.parse keeps no positions, hence this small scanner.
 */

export interface Position {
  line: number;
  column: number;
}

/** JSON-pointer-like path: `/quotes/3/speaker`. The root is ``. */
function pointer(path: readonly PropertyKey[]): string {
  return path.map((p) => `/${String(p)}`).join('');
}

/**
 * Maps every value's pointer to the 1-based line and column where the value starts. Assumes
 * `text` is valid JSON (call JSON.parse first); on malformed input it returns what it found.
 */
export function jsonPositions(text: string): Map<string, Position> {
  const positions = new Map<string, Position>();
  let i = 0;
  let line = 1;
  let lineStart = 0;

  const here = (): Position => ({ line, column: i - lineStart + 1 });
  const skipSpace = () => {
    while (i < text.length) {
      const ch = text[i];
      if (ch === '\n') {
        line++;
        lineStart = i + 1;
      } else if (ch !== ' ' && ch !== '\t' && ch !== '\r' && ch !== '\ufeff') break;
      i++;
    }
  };
  const readString = (): string => {
    const start = i;
    i++; // opening quote
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++; // closing quote
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string) => {
    skipSpace();
    positions.set(path, here());
    const ch = text[i];
    if (ch === '{') {
      i++;
      skipSpace();
      while (i < text.length && text[i] !== '}') {
        const key = readString();
        skipSpace();
        i++; // colon
        value(`${path}/${key}`);
        skipSpace();
        if (text[i] === ',') i++;
        skipSpace();
      }
      i++;
    } else if (ch === '[') {
      i++;
      skipSpace();
      let index = 0;
      while (i < text.length && text[i] !== ']') {
        value(`${path}/${index++}`);
        skipSpace();
        if (text[i] === ',') i++;
        skipSpace();
      }
      i++;
    } else if (ch === '"') {
      readString();
    } else {
      while (i < text.length && !/[\s,\]}]/.test(text[i] ?? '')) i++;
    }
  };
  value('');
  return positions;
}

/**
 * Position of the value at `path`, or of its nearest existing parent (a missing key is reported
 * at the object that lacks it).
 */
export function positionOf(positions: Map<string, Position>, path: readonly PropertyKey[]): Position {
  for (let n = path.length; n >= 0; n--) {
    const hit = positions.get(pointer(path.slice(0, n)));
    if (hit) return hit;
  }
  return { line: 1, column: 1 };
}
