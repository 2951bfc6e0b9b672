/**
 * Characters and lengths no cell of the data may have, whatever its column: they are invisible
 * in a spreadsheet, yet reach every reader through the bundle (and the CSV download).
 *
 * - Control characters (C0 and C1, DEL, tab): pasted from other programs or left by a wrong
 *   encoding; a line break (LF, after CR/CRLF were normalised) is allowed, as text may have one.
 * - Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they make
 *   text display in another order than it reads ("Trojan Source"); Vietnamese and Japanese never
 *   need them.
 * - More than MAX_CELL_LENGTH characters: the longest real cell is about 1,200 characters; a
 *   longer one is a paste gone wrong or a quote left open, and a megabyte cell would go to
 *   every reader.
 */
export const MAX_CELL_LENGTH = 4000;

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const NAMES: Record<string, string> = {
  '\u0009': 'a tab',
  '\u0000': 'a NUL character',
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
};

/** U+XXXX of a character. */
const codePoint = (ch: string) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

export interface TextProblem {
  message: string;
  /** Line breaks in the cell before the problem (to point at the right line of a multi-line cell). */
  linesBefore: number;
  /** The cell as it may be shown in a message: bad characters spelled out, cut to an excerpt. */
  shown: string;
  /** The cell with the problem removed, for the checks that follow (so they report nothing twice). */
  cleaned: string;
}

/**
 * The cell safe to print on one terminal line: line breaks as `\n`, control and bidi characters
 * as `<U+XXXX>`, at most 60 characters.
 */
function showable(value: string): string {
  const visible = value.replace(/\n/g, '\\n').replace(new RegExp(`${CONTROL.source}|${BIDI.source}`, 'gu'), (ch) => `<${codePoint(ch)}>`);
  return visible.length > 60 ? `${visible.slice(0, 60)}…` : visible;
}

/** What is wrong with one cell's text, or null. */
export function textProblem(value: string): TextProblem | null {
  const linesBefore = (at: number) => value.slice(0, at).split('\n').length - 1;
  if (value.length > MAX_CELL_LENGTH) {
    return {
      message: `is ${value.length} characters long, more than the ${MAX_CELL_LENGTH} a cell may have; shorten it, or look for a double quote left open that swallowed the following rows`,
      linesBefore: 0,
      shown: showable(value),
      cleaned: value.slice(0, MAX_CELL_LENGTH),
    };
  }
  const control = CONTROL.exec(value);
  const bidi = BIDI.exec(value);
  const first = [control, bidi].filter((m) => m !== null).sort((a, b) => a.index - b.index)[0];
  if (!first) return null;
  const ch = first[0];
  const name = NAMES[ch] ?? 'a control character';
  const what =
    first === bidi
      ? `contains the bidirectional control ${codePoint(ch)} (${name}) at character ${first.index + 1}, which can make the text display in another order than it reads; delete it`
      : `contains ${name} (${codePoint(ch)}) at character ${first.index + 1}, invisible in a spreadsheet; delete it (often pasted from another program)${ch === '\t' ? ', or use a space' : ''}`;
  return {
    message: what,
    linesBefore: linesBefore(first.index),
    shown: showable(value),
    cleaned: value.replace(new RegExp(`${CONTROL.source}|${BIDI.source}`, 'gu'), ''),
  };
}
