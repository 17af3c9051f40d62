/**
 * Soundness of fixes and suggestions, for one piece of code linted with one rule:
 * - each `fix` alone, and each suggestion, applied to the code, gives code that still parses with the same parser;
 * - re-linting that output does not report the same problem at the same place: the same rule and messageId with the
 *   same message text (so the same data: a suggestion that swaps `Mail.ReadWrite` for `Mail.Read`, which the rule
 *   then flags again, but as `Mail.Read`, a narrower step of the same ladder, is not the same problem);
 * - fixing is idempotent: `verifyAndFix` (ESLint's own fixer, all fixes, pass after pass) on the fixed output
 *   changes nothing more, and its output parses.
 *
 * "The same place": the start of the original report, carried through the edit (an offset before the replaced range
 * stays, one after it moves by the change in length); a report that starts inside the replaced range matches any
 * report starting inside the replacement. A report that survives its own fix or suggestion is a violation unless
 * the output holds more reports of that kind there than the input did (never seen; a guard against double counting).
 */
import type { Linter, Rule } from 'eslint';
import { isParseError, pluginConfig } from './lint';

export interface Subject {
  readonly code: string;
  readonly filename: string;
  readonly languageOptions: Linter.LanguageOptions;
  /** Full rule id, `zero-trust/<name>`. */
  readonly ruleId: string;
  readonly ruleEntry: Linter.RuleEntry;
}

export type Check = 'fix-unparsable' | 'fix-repeats' | 'suggestion-unparsable' | 'suggestion-repeats' | 'fixes-unparsable' | 'fixes-not-idempotent';

export interface Violation {
  readonly check: Check;
  readonly ruleId: string;
  readonly filename: string;
  readonly messageId: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly description?: string;
  readonly input: string;
  readonly output: string;
  readonly detail?: string;
}

const LINE_BREAK = /\r\n|[\n\r\u{2028}\u{2029}]/gu;

/** Offset of a 1-based line and 1-based column, the way ESLint counts lines. */
function offsetOf(text: string, line: number, column: number): number {
  let start = 0;
  let current = 1;
  LINE_BREAK.lastIndex = 0;
  while (current < line) {
    const match = LINE_BREAK.exec(text);
    if (!match) break;
    start = match.index + match[0].length;
    current += 1;
  }
  return start + column - 1;
}

export function applyEdit(code: string, fix: Rule.Fix): string {
  return code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

type Place = { at: number } | { inside: true };

/** Where an offset of the edited text was in the original text: an offset, or inside (or at an end of) the edit. */
function placeBefore(offset: number, fix: Rule.Fix): Place {
  const [start, end] = fix.range;
  if (offset < start) return { at: offset };
  if (offset > start + fix.text.length) return { at: offset - fix.text.length + (end - start) };
  return { inside: true };
}

function samePlace(originalStart: number, editedStart: number, fix: Rule.Fix): boolean {
  const place = placeBefore(editedStart, fix);
  if ('at' in place) return place.at === originalStart;
  return originalStart >= fix.range[0] && originalStart <= fix.range[1];
}

interface Linted {
  readonly messages: Linter.LintMessage[];
  readonly parseError: string | undefined;
}

export class SoundnessChecker {
  readonly #linter: Linter;
  readonly #plugin: unknown;

  /** `plugin`: the plugin registered under the `zero-trust` namespace; this one unless a test of the checker says. */
  constructor(linter: Linter, plugin?: unknown) {
    this.#linter = linter;
    this.#plugin = plugin;
  }

  #config(subject: Subject, withRule: boolean): Linter.Config[] {
    const rules = withRule ? { [subject.ruleId]: subject.ruleEntry } : {};
    return this.#plugin === undefined ? pluginConfig(subject.languageOptions, rules) : pluginConfig(subject.languageOptions, rules, this.#plugin);
  }

  #lint(subject: Subject, code: string, withRule = true): Linted {
    const messages = this.#linter.verify(code, this.#config(subject, withRule), subject.filename);
    return { messages, parseError: messages.find(isParseError)?.message };
  }

  /** The messages of the subject's rule on its code (the caller may pass them if it has them already). */
  check(subject: Subject, known?: readonly Linter.LintMessage[]): Violation[] {
    const messages = (known ?? this.#lint(subject, subject.code).messages).filter((message) => message.ruleId === subject.ruleId);
    const violations: Violation[] = [];
    const report = (check: Check, message: Linter.LintMessage | undefined, output: string, extra: { description?: string; detail?: string } = {}): void => {
      violations.push({
        check,
        ruleId: subject.ruleId,
        filename: subject.filename,
        messageId: message?.messageId,
        line: message?.line,
        column: message?.column,
        input: subject.code,
        output,
        ...extra,
      });
    };

    for (const message of messages) {
      const start = offsetOf(subject.code, message.line, message.column);
      const edits: { fix: Rule.Fix; kind: 'fix' | 'suggestion'; description?: string }[] = [];
      if (message.fix) edits.push({ fix: message.fix, kind: 'fix' });
      for (const suggestion of message.suggestions ?? []) edits.push({ fix: suggestion.fix, kind: 'suggestion', description: suggestion.desc });
      for (const { fix, kind, description } of edits) {
        const output = applyEdit(subject.code, fix);
        const after = this.#lint(subject, output);
        const extra = description === undefined ? {} : { description };
        if (after.parseError !== undefined) {
          report(kind === 'fix' ? 'fix-unparsable' : 'suggestion-unparsable', message, output, { ...extra, detail: after.parseError });
          continue;
        }
        const sameKind = (other: Linter.LintMessage): boolean =>
          other.ruleId === message.ruleId && other.messageId === message.messageId && other.message === message.message;
        const before = messages.filter((other) => sameKind(other) && offsetOf(subject.code, other.line, other.column) === start).length;
        const still = after.messages.filter((other) => sameKind(other) && samePlace(start, offsetOf(output, other.line, other.column), fix));
        if (still.length >= before) {
          report(kind === 'fix' ? 'fix-repeats' : 'suggestion-repeats', message, output, { ...extra, detail: still.map((other) => other.message).join(' | ') });
        }
      }
    }

    if (messages.some((message) => message.fix)) {
      const config = this.#config(subject, true);
      const once = this.#linter.verifyAndFix(subject.code, config, { filename: subject.filename });
      const parseError = once.messages.find(isParseError);
      if (parseError) {
        report('fixes-unparsable', undefined, once.output, { detail: parseError.message });
      } else {
        const twice = this.#linter.verifyAndFix(once.output, config, { filename: subject.filename });
        if (twice.fixed || twice.output !== once.output) {
          report('fixes-not-idempotent', undefined, once.output, { detail: `a second run changes it to:\n${twice.output}` });
        }
      }
    }
    return violations;
  }
}

/** A readable block for a failure message: every violation with its rule, input and output. */
export function describeViolations(violations: readonly Violation[]): string {
  return violations
    .map((violation) =>
      [
        `${violation.check} ${violation.ruleId} (${violation.messageId ?? 'all fixes'}) at ${violation.filename}:${violation.line ?? '-'}:${violation.column ?? '-'}`,
        violation.description === undefined ? '' : `suggestion: ${violation.description}`,
        violation.detail === undefined ? '' : `detail: ${violation.detail}`,
        `--- input\n${violation.input}`,
        `--- output\n${violation.output}`,
      ]
        .filter(Boolean)
        .join('\n'),
    )
    .join('\n\n');
}
