/**
 * The words of a name: identifiers, property keys, header names and URL path segments all spell the same
 * ideas in different cases (`idToken`, `id_token`, `ID_TOKEN`, `x-id-token`, `IDToken`). Splitting them into
 * lower-case words lets a rule compare meanings instead of spellings.
 */

type CharKind = 'lower' | 'upper' | 'digit' | 'other';

function charKind(char: string): CharKind {
  if (char >= 'a' && char <= 'z') return 'lower';
  if (char >= 'A' && char <= 'Z') return 'upper';
  if (char >= '0' && char <= '9') return 'digit';
  return 'other';
}

/**
 * The lower-case words of a name, split at camelCase humps and at every character that is not an ASCII letter
 * or digit: `rawIdToken` → raw, id, token; `ACCESS_TOKEN` → access, token; `x-id-token` → x, id, token;
 * `IDToken` → id, token; `getAccessTokenSilently` → get, access, token, silently.
 */
export function nameWords(name: string): string[] {
  const words: string[] = [];
  let current = '';
  for (let index = 0; index < name.length; index += 1) {
    const char = name.charAt(index);
    const kind = charKind(char);
    if (kind === 'other') {
      if (current) words.push(current);
      current = '';
      continue;
    }
    if (kind === 'upper' && current) {
      const previous = charKind(name.charAt(index - 1));
      // `idToken` splits before `T`; `IDToken` splits before the `T` that starts a lower-case word.
      if (previous === 'lower' || previous === 'digit' || (previous === 'upper' && charKind(name.charAt(index + 1)) === 'lower')) {
        words.push(current);
        current = '';
      }
    }
    current += char.toLowerCase();
  }
  if (current) words.push(current);
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
