/**
 * Where a snippet stands in test code, as the rule tester reports a location: 1-based line and column of its start,
 * and of the position just past its end. Rule tests use it to name the node a report must cover by its text.
 */
export interface Location {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

const isWordChar = (char: string): boolean => /^[\w$]$/u.test(char);

function locationOf(code: string, index: number, length: number): Location {
  const before = code.slice(0, index);
  const through = code.slice(0, index + length);
  return {
    line: before.split('\n').length,
    column: index - before.lastIndexOf('\n'),
    endLine: through.split('\n').length,
    endColumn: index + length - through.lastIndexOf('\n'),
  };
}

/** The `occurrence`-th (1-based) `snippet` in `code` that is not part of a longer name (`ip` never matches in `zip`). */
export function locateWord(code: string, snippet: string, occurrence = 1): Location {
  let index = -1;
  for (let count = 0; count < occurrence; ) {
    index = code.indexOf(snippet, index + 1);
    if (index < 0) throw new Error(`snippet not found: ${snippet} #${String(occurrence)}`);
    const wholeStart = !isWordChar(snippet.charAt(0)) || !isWordChar(code.charAt(index - 1));
    const wholeEnd = !isWordChar(snippet.charAt(snippet.length - 1)) || !isWordChar(code.charAt(index + snippet.length));
    if (wholeStart && wholeEnd) count += 1;
  }
  return locationOf(code, index, snippet.length);
}

/**
 * The `nth` (0-based) occurrence of `text` in `code`, or, when `inner` is a string, that text inside the first
 * occurrence of the (unique) context `text`.
 */
export function locateText(code: string, text: string, nthOrInner: number | string = 0): Location {
  if (typeof nthOrInner === 'string') {
    const start = code.indexOf(text);
    const offset = text.indexOf(nthOrInner);
    if (start < 0 || offset < 0) throw new Error(`\`${nthOrInner}\` in \`${text}\` is not in the test code`);
    return locationOf(code, start + offset, nthOrInner.length);
  }
  let index = -1;
  for (let count = 0; count <= nthOrInner; count += 1) {
    index = code.indexOf(text, index + 1);
    if (index < 0) throw new Error(`\`${text}\` (#${String(nthOrInner)}) is not in the test code`);
  }
  return locationOf(code, index, text.length);
}
