/**
 * The words of a name: identifiers, property keys, header names and URL path segments all spell the same
 * ideas in different cases (`idToken`, `id_token`, `ID_TOKEN`, `x-id-token`, `IDToken`). Splitting them into
 * lower-case words lets a rule compare meanings instead of spellings.
 */

/** 0 for other characters, 1 lower-case ASCII letter, 2 upper-case, 3 digit. */
const OTHER = 0;
const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;

function charKind(code: number): number {
  if (code >= 97 && code <= 122) return LOWER;
  if (code >= 65 && code <= 90) return UPPER;
  if (code >= 48 && code <= 57) return DIGIT;
  return OTHER;
}

/**
 * The lower-case words of a name, split at camelCase humps and at every character that is not an ASCII letter
 * or digit: `rawIdToken` → raw, id, token; `ACCESS_TOKEN` → access, token; `x-id-token` → x, id, token;
 * `IDToken` → id, token; `getAccessTokenSilently` → get, access, token, silently.
 * (Hot: called for most names a rule looks at, so it slices words instead of building them a character at a time.)
 */
export function nameWords(name: string): string[] {
  const words: string[] = [];
  const length = name.length;
  /** Where the current word starts; -1 when there is none. */
  let start = -1;
  let previous = OTHER;
  for (let index = 0; index < length; index += 1) {
    const kind = charKind(name.charCodeAt(index));
    if (kind === OTHER) {
      if (start !== -1) words.push(name.slice(start, index).toLowerCase());
      start = -1;
    } else if (start === -1) {
      start = index;
    } else if (
      kind === UPPER &&
      // `idToken` splits before `T`; `IDToken` splits before the `T` that starts a lower-case word.
      (previous === LOWER || previous === DIGIT || (previous === UPPER && index + 1 < length && charKind(name.charCodeAt(index + 1)) === LOWER))
    ) {
      words.push(name.slice(start, index).toLowerCase());
      start = index;
    }
    previous = kind;
  }
  if (start !== -1) words.push(name.slice(start).toLowerCase());
  return words;
}

/** The index at which `sequence` occurs in `words` as consecutive words, or -1. */
export function indexOfWords(words: readonly string[], sequence: readonly string[]): number {
  if (sequence.length === 0) return 0;
  for (let start = 0; start + sequence.length <= words.length; start += 1) {
    let matches = true;
    for (let offset = 0; offset < sequence.length; offset += 1) {
      if (words[start + offset] !== sequence[offset]) {
        matches = false;
        break;
      }
    }
    if (matches) return start;
  }
  return -1;
}
