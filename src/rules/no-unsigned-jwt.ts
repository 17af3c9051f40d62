import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import {
  FALSY_KEY_APIS,
  JOSE_NONE_KEY,
  KEYED_VERIFY_METHODS,
  SERVER_MODULES,
  TEST_MODULES,
  UNSECURED_JWT_APIS,
  admitsNone,
  apiId,
  isNoneAlgorithm,
  isTestFileName,
} from '../models/unsigned-jwt';
import { messageLabel, outermostExpressionWrapper, staticMemberName, unwrapExpression, unwrapTypeScript } from '../utils/ast';
import { createRule } from '../utils/create-rule';
import { removeListItem } from '../utils/fix';
import { enclosingFunction, isStaticFalsy } from '../utils/functions';
import { getModuleImports } from '../utils/module-imports';
import { getApiReferences } from '../utils/module-tracker';
import { constInitializer, getStatic, getStaticString } from '../utils/static-value';
import { getVerifierSites, type SiteOption, type VerifierSite } from '../utils/verifier-calls';
import { textHolds } from '../utils/text-gate';

export type Options = [];
export type MessageIds =
  | 'noneAlgorithmAllowed'
  | 'noneSigningAlgorithm'
  | 'falsyVerificationKey'
  | 'emptyHmacSecret'
  | 'verificationSkipped'
  | 'unsecuredJwt'
  | 'noneKey'
  | 'checkSignature';

type Scope = TSESLint.Scope.Scope;

/** How deep `const` lists and spreads of them are followed. */
const MAX_LIST_DEPTH = 4;

/** The roles whose presence in a file marks it as code that authenticates requests. */
const AUTH_ROLES: ReadonlySet<string> = new Set(['verify', 'middleware', 'strategy', 'register']);

/** A `'none'` element and whether removing it leaves its list holding a real algorithm. */
interface NoneElement {
  readonly node: TSESTree.Node;
  readonly removable: boolean;
}

/** The array literal behind `node`: the literal itself or a `const` bound to one (through TypeScript wrappers). */
function arrayLiteral(node: TSESTree.Node, scope: Scope): TSESTree.ArrayExpression | null {
  const target = unwrapTypeScript(node);
  if (target.type === AST_NODE_TYPES.ArrayExpression) return target;
  if (target.type !== AST_NODE_TYPES.Identifier) return null;
  const init = constInitializer(target, scope);
  if (!init) return null;
  const list = unwrapTypeScript(init);
  return list.type === AST_NODE_TYPES.ArrayExpression ? list : null;
}

/** True when an element surely contributes an algorithm: anything but an empty or unknown spread. */
function contributesEntry(element: TSESTree.Node, scope: Scope): boolean {
  if (element.type !== AST_NODE_TYPES.SpreadElement) return true;
  const value = getStatic(element.argument, scope)?.value;
  return Array.isArray(value) && value.length > 0;
}

/** The `'none'` elements of a list, following `const` lists and spreads of them. */
function noneElements(list: TSESTree.ArrayExpression, scope: Scope, depth: number, found: NoneElement[]): void {
  const hits: TSESTree.Node[] = [];
  let others = 0;
  for (const element of list.elements) {
    if (!element) continue;
    if (element.type === AST_NODE_TYPES.SpreadElement) {
      const inner = depth < MAX_LIST_DEPTH ? arrayLiteral(element.argument, scope) : null;
      if (inner) noneElements(inner, scope, depth + 1, found);
      if (contributesEntry(element, scope)) others += 1;
      continue;
    }
    if (isNoneAlgorithm(getStaticString(element, scope))) hits.push(element);
    else others += 1;
  }
  // Only one edit per list: two adjoining removals could overlap at the comma between them.
  for (const node of hits) found.push({ node, removable: others > 0 && hits.length === 1 });
}

/** True in test files, where crafting an unsigned token to see it refused is the point. */
function isTestFile(context: Readonly<TSESLint.RuleContext<MessageIds, Options>>): boolean {
  return isTestFileName(context.filename) || getModuleImports(context, TEST_MODULES).length > 0;
}


/** Words a file that verifies or issues tokens through a modelled library holds. */
const FILE_NEEDLES: readonly string[] = ['jwt', 'JWT', 'jsonwebtoken', 'jose'];

export default createRule<Options, MessageIds>({
  name: 'no-unsigned-jwt',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow accepting or issuing unsigned JWTs: the `none` algorithm, empty verification keys and jose `UnsecuredJWT` on a server',
      recommended: 'recommended',
      principle: 'verify-explicitly',
      cwe: ['CWE-347', 'CWE-345'],
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [],
    messages: {
      noneAlgorithmAllowed:
        '`{{option}}` allows the `none` algorithm, so a token without a signature can pass as verified; list only the algorithms your keys sign with.',
      noneSigningAlgorithm:
        '`{{option}}` issues unsigned tokens that anyone can forge; sign with a real algorithm (HS256, RS256, ES256) and a key.',
      falsyVerificationKey:
        'A `{{value}}` verification key checks no signature: jsonwebtoken rejects every signed token and accepts unsigned ones whenever `none` is allowed (and by default before v9); pass the real secret or public key.',
      emptyHmacSecret:
        'An empty string used as the HMAC secret lets anyone sign a token this service accepts; pass the real secret.',
      verificationSkipped:
        'A truthy `noVerify` makes jwt-simple return the payload without checking the signature; pass `false` or leave it out so the token is verified with the key.',
      unsecuredJwt:
        'jose `UnsecuredJWT` {{action}} tokens with no signature (`alg: none`), which prove nothing about their sender; use `SignJWT` / `jwtVerify` with a key.',
      noneKey:
        '`JWK.None` makes jose verify tokens that carry no signature, so anyone can forge one; verify with the issuer\'s key and upgrade to jose `jwtVerify`.',
      checkSignature: 'Pass `false` for `noVerify` so the signature is checked.',
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;
    const reported = new Set<TSESTree.Node>();

    function claim(node: TSESTree.Node): boolean {
      if (reported.has(node)) return false;
      reported.add(node);
      return true;
    }

    function optionLabel(option: SiteOption): string {
      return messageLabel(`${option.key}: ${sourceCode.getText(option.value)}`);
    }

    /** `algorithms` holding `none`: the option is reported; a lone removable `'none'` element is fixed. */
    function checkAllowList(node: TSESTree.Node, value: TSESTree.Node, label: string, scope: Scope): void {
      const list = arrayLiteral(value, scope);
      const elements: NoneElement[] = [];
      if (list) noneElements(list, scope, 0, elements);
      if (elements.length === 0 && !admitsNone(getStatic(value, scope)?.value)) return;
      if (!claim(node)) return;
      const [only] = elements;
      const fixable = elements.length === 1 && only?.removable === true;
      context.report({
        node,
        messageId: 'noneAlgorithmAllowed',
        data: { option: label },
        ...(fixable ? { fix: (fixer: TSESLint.RuleFixer) => removeListItem(fixer, sourceCode, only.node) } : {}),
      });
    }

    let testFile: boolean | undefined;
    const inTestFile = (): boolean => (testFile ??= isTestFile(context));

    /** Signing with `none`; tests that forge an unsigned token to see it refused are left alone. */
    function checkSigningAlgorithm(node: TSESTree.Node, value: TSESTree.Node, label: string, scope: Scope): void {
      if (!isNoneAlgorithm(getStaticString(value, scope)) || inTestFile() || !claim(node)) return;
      context.report({ node, messageId: 'noneSigningAlgorithm', data: { option: label } });
    }

    function checkAlgorithms(site: VerifierSite, scope: Scope): void {
      for (const option of site.getAll('algorithms')) {
        if (!option.shadowed) checkAllowList(option.node, option.value, optionLabel(option), scope);
      }
      for (const option of site.getAll('signingAlgorithm')) {
        checkSigningAlgorithm(option.node, option.value, optionLabel(option), scope);
      }
      const allowed = site.argument('algorithms');
      if (allowed) checkAllowList(allowed, allowed, messageLabel(sourceCode.getText(allowed)), scope);
      const signing = site.argument('signingAlgorithm');
      if (signing) checkSigningAlgorithm(signing, signing, messageLabel(sourceCode.getText(signing)), scope);
    }

    function checkKey(site: VerifierSite, scope: Scope): void {
      const effect = FALSY_KEY_APIS.get(apiId(site.library, site.api));
      const key = site.keyNode;
      if (!effect || !key) return;
      // With `noVerify` set the key is never read; that flag is the finding.
      const skip = site.argument('skipVerification');
      if (skip && getStatic(skip, scope)?.value) return;
      if (effect === 'accepts-unsigned') {
        if (!isStaticFalsy(key, scope) || !claim(key)) return;
        const value = getStatic(key, scope);
        const shown = value ? (value.value === '' ? "''" : String(value.value)) : 'undefined';
        context.report({ node: key, messageId: 'falsyVerificationKey', data: { value: shown } });
      } else if (getStaticString(key, scope) === '' && claim(key)) {
        context.report({ node: key, messageId: 'emptyHmacSecret' });
      }
    }

    /** jwt-simple `decode(token, key, true)`, unless the same function also verifies (peek at a claim, then verify). */
    function checkSkippedVerification(site: VerifierSite, sites: readonly VerifierSite[], scope: Scope): void {
      const flag = site.argument('skipVerification');
      if (!flag || !site.entry.positional?.some((spec) => spec.meaning === 'skipVerification' && spec.offWhen === true)) return;
      if (!getStatic(flag, scope)?.value) return;
      const owner = enclosingFunction(site.node);
      const verifiesToo = sites.some((other) => {
        if (other === site || other.library !== site.library || other.role !== 'verify') return false;
        const otherFlag = other.argument('skipVerification');
        const checks = !otherFlag || getStatic(otherFlag, sourceCode.getScope(other.node))?.value === false;
        return checks && enclosingFunction(other.node) === owner;
      });
      if (verifiesToo || !claim(flag)) return;
      context.report({
        node: flag,
        messageId: 'verificationSkipped',
        suggest: [{ messageId: 'checkSignature', fix: (fixer) => fixer.replaceText(flag, 'false') }],
      });
    }

    function checkUnsecured(site: VerifierSite, serverCode: () => boolean): void {
      const action = UNSECURED_JWT_APIS.get(site.api);
      if (site.library !== 'jose' || !action || !serverCode()) return;
      const callee = site.node.callee;
      if (!claim(callee)) return;
      context.report({ node: callee, messageId: 'unsecuredJwt', data: { action: action === 'issues' ? 'builds' : 'accepts' } });
    }

    /** jose 1.x/2.x: `JWT.verify(token, JWK.None)`. */
    function checkLegacyNoneKey(): void {
      for (const reference of getApiReferences(context, JOSE_NONE_KEY)) {
        const read = outermostExpressionWrapper(reference.node);
        const call = read.parent;
        if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(read as TSESTree.CallExpressionArgument)) continue;
        const callee = unwrapExpression(call.callee);
        const method = callee.type === AST_NODE_TYPES.MemberExpression ? staticMemberName(callee) : null;
        if (method === null || !KEYED_VERIFY_METHODS.has(method) || !claim(read)) continue;
        context.report({ node: read, messageId: 'noneKey' });
      }
    }

    return {
      'Program:exit'() {
        if (!FILE_NEEDLES.some((needle) => textHolds(sourceCode, needle))) return;
        const sites = getVerifierSites(context);
        let server: boolean | undefined;
        const serverCode = (): boolean => {
          server ??=
            !inTestFile() &&
            (sites.some((site) => AUTH_ROLES.has(site.role) && site.entry.checksSignature) ||
              getModuleImports(context, SERVER_MODULES).length > 0);
          return server;
        };
        for (const site of sites) {
          const scope = sourceCode.getScope(site.node);
          checkAlgorithms(site, scope);
          checkKey(site, scope);
          checkSkippedVerification(site, sites, scope);
          checkUnsecured(site, serverCode);
        }
        if (textHolds(sourceCode, 'None')) checkLegacyNoneKey();
      },
    };
  },
});
