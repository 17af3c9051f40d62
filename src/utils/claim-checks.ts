/**
 * Helpers for rules that require a token claim check (`aud`, `iss`) at verifier sites (`src/utils/verifier-calls.ts`):
 * where the library takes the expected value (`audience`, `allowedAud`, `verify.allowedAud`, `verifyOptions.issuer`),
 * the node a "missing" report goes on, a suggestion that inserts a placeholder there, the RegExps an option holds,
 * switches that turn the check off, tokens a service issues itself, and files that belong to the multi-tenant Entra
 * rule. The library facts come from the verifier model and `src/models/token-claims.ts`.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, AST_TOKEN_TYPES } from '@typescript-eslint/utils';
import { entraAuthorityOf, MULTI_TENANT_SEGMENTS } from '../models/entra-tenant';
import { CLAIM_PLACEHOLDERS, type ClaimMeaning } from '../models/token-claims';
import { missingBehaviour, type VerifierApi } from '../models/verifiers';
import { staticMemberName, unwrapTypeScript } from './ast';
import { removeListItem } from './fix';
import { isFunctionNode, resolveFunction } from './functions';
import { insertProperty } from './object-edit';
import { resolveObjectExpression } from './options-object';
import { getStatic, getStaticString } from './static-value';
import type { SiteOption, VerifierSite } from './verifier-calls';

type Scope = TSESLint.Scope.Scope;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** True for sites that check a token's claims: verify calls, middleware, strategies, framework registrations. */
export function checksTokenClaims(site: VerifierSite): boolean {
  return site.role !== 'sign' && site.role !== 'decode' && site.entry.checksClaims;
}

/** Where a library takes the expected claim: a top-level key, or a key inside a nested group (`verify`, `verifyOptions`). */
export interface ClaimPlacement {
  readonly group: string | null;
  readonly key: string;
}

/** The place `entry` reads `meaning` from for its own role; `null` when it has none. */
export function claimPlacement(entry: VerifierApi, meaning: ClaimMeaning): ClaimPlacement | null {
  const top = entry.options?.find((option) => option.meaning === meaning);
  if (top) return { group: null, key: top.key };
  for (const group of entry.nested ?? []) {
    if ((group.role ?? entry.role) !== entry.role) continue;
    const option = group.options.find((candidate) => candidate.meaning === meaning && group.shadowedBy?.has(candidate.key) !== true);
    if (option) return { group: group.key, key: option.key };
  }
  return null;
}

/** `verify.allowedAud`, `audience`: the placement as written in a message. */
export function placementLabel(placement: ClaimPlacement): string {
  return placement.group === null ? placement.key : `${placement.group}.${placement.key}`;
}

/** The site as named in a message: ``jsonwebtoken `verify` ``, `koa-jwt`. */
export function siteLabel(site: VerifierSite): string {
  return site.api === site.library || site.api === '' ? site.library : `${site.library} \`${site.api}\``;
}

/** The node a "missing" report goes on: the nested group present, else the options argument, else the callee. */
export function missingClaimNode(site: VerifierSite, placement: ClaimPlacement): TSESTree.Node {
  if (placement.group !== null) {
    const group = site.nested.find((candidate) => candidate.spec.key === placement.group);
    if (group) return group.property.value;
  }
  return site.optionsNode ?? site.node.callee;
}

/**
 * A fix function that writes `key: placeholder` where the library reads it: into the options literal (or the `const`
 * one it names), into the nested group, or as a new options argument. `null` when there is no literal to edit.
 */
export function claimSuggestion(
  site: VerifierSite,
  placement: ClaimPlacement,
  meaning: ClaimMeaning,
  sourceCode: SourceCode,
): TSESLint.ReportFixFunction | null {
  const property = `${placement.key}: ${CLAIM_PLACEHOLDERS[meaning]}`;
  const wrapped = placement.group === null ? property : `${placement.group}: { ${property} }`;
  if (!site.optionsNode) {
    const index = site.entry.optionsIndex;
    const args = site.node.arguments;
    if (index === undefined || args.length < index) return null;
    const at = args[index];
    if (at) return (fixer) => fixer.insertTextBefore(at, `{ ${wrapped} }, `);
    const last = args.at(-1);
    if (last) return (fixer) => fixer.insertTextAfter(last, `, { ${wrapped} }`);
    const closing = sourceCode.getLastToken(site.node);
    return closing?.value === ')' ? (fixer) => fixer.insertTextBefore(closing, `{ ${wrapped} }`) : null;
  }
  const scope = sourceCode.getScope(site.node);
  const top = resolveObjectExpression(site.optionsNode, scope);
  if (placement.group !== null) {
    const group = site.nested.find((candidate) => candidate.spec.key === placement.group);
    if (group) {
      const inner = resolveObjectExpression(group.property.value, scope);
      return inner ? (fixer) => insertProperty(fixer, sourceCode, inner, property) : null;
    }
  }
  return top ? (fixer) => insertProperty(fixer, sourceCode, top, wrapped) : null;
}

/** A RegExp given as an expected claim. */
export interface ClaimPattern {
  readonly source: string;
  readonly flags: string;
}

/** `new RegExp('…', 'i')` / `RegExp('…')` with static arguments. */
function constructedPattern(node: TSESTree.Node, scope: Scope): ClaimPattern | null {
  if (node.type !== AST_NODE_TYPES.NewExpression && node.type !== AST_NODE_TYPES.CallExpression) return null;
  if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'RegExp') return null;
  const [sourceArgument, flagsArgument] = node.arguments;
  const source = getStaticString(sourceArgument, scope);
  const flags = flagsArgument ? getStaticString(flagsArgument, scope) : '';
  return source === null || flags === null ? null : { source, flags };
}

function patternOf(value: unknown): ClaimPattern | null {
  return value instanceof RegExp ? { source: value.source, flags: value.flags } : null;
}

/** A single RegExp value (not an array): a literal, a `const` bound to one, or `new RegExp(static)`. */
export function singlePattern(node: TSESTree.Node, scope: Scope): ClaimPattern | null {
  const target = unwrapTypeScript(node);
  const value = getStatic(target, scope);
  return value ? patternOf(value.value) : constructedPattern(target, scope);
}

/** The RegExps an expected-claim value holds, alone or in an array literal. */
export function claimPatterns(node: TSESTree.Node, scope: Scope): ClaimPattern[] {
  const target = unwrapTypeScript(node);
  const value = getStatic(target, scope);
  if (value) {
    const values: unknown[] = Array.isArray(value.value) ? value.value : [value.value];
    return values.map(patternOf).filter((pattern) => pattern !== null);
  }
  const elements = target.type === AST_NODE_TYPES.ArrayExpression ? target.elements : [target];
  const patterns: ClaimPattern[] = [];
  for (const element of elements) {
    if (!element || element.type === AST_NODE_TYPES.SpreadElement) continue;
    const pattern = singlePattern(element, scope);
    if (pattern) patterns.push(pattern);
  }
  return patterns;
}

/** True when `node` is (a `const` bound to) a function. */
export function isFunctionValue(node: TSESTree.Node, scope: Scope): boolean {
  const target = unwrapTypeScript(node);
  return isFunctionNode(target) || (target.type === AST_NODE_TYPES.Identifier && resolveFunction(target, scope) !== null);
}

/**
 * The setting, as written in a message (`clientId: null`, `aud: false`), when `option` turns its check off: the
 * model's off value, or a static `null`/`undefined` where the library skips the check when the value is absent.
 */
export function offSetting(site: VerifierSite, option: SiteOption, meaning: ClaimMeaning): string | null {
  if (option.turnsCheckOff) return `${option.key}: ${String(option.staticValue?.value)}`;
  const value = option.staticValue;
  if (value === null || value.value != null) return null;
  if (missingBehaviour(site.entry, meaning) !== 'unchecked') return null;
  return `${option.key}: ${String(value.value)}`;
}

/**
 * How to undo a switch that turns a check off: remove it where the library then checks by default (passport-azure-ad
 * `validateIssuer: false`, express-oauth2-jwt-bearer `validators: { aud: false }`), otherwise put a placeholder in its
 * value (`clientId: null`, @hapi/jwt `aud: false`, jsonwebtoken `audience: null`).
 */
export function offSwitchEdit(
  site: VerifierSite,
  option: SiteOption,
  meaning: ClaimMeaning,
  sourceCode: SourceCode,
): { readonly kind: 'remove' | 'replace'; readonly fix: TSESLint.ReportFixFunction } {
  const behaviour = missingBehaviour(site.entry, option.spec.meaning === 'validateIssuer' ? 'validateIssuer' : meaning);
  if (behaviour === 'checked-by-default' || behaviour === 'from-environment') {
    return { kind: 'remove', fix: (fixer) => removeListItem(fixer, sourceCode, option.node) };
  }
  return { kind: 'replace', fix: (fixer) => fixer.replaceText(option.value, CLAIM_PLACEHOLDERS[meaning]) };
}

function keyText(node: TSESTree.Node, sourceCode: SourceCode): string {
  return sourceCode.getText(unwrapTypeScript(node));
}

/** The name an expression ends in: `jwtSecret` for `config.auth.jwtSecret`, `SECRET` for `SECRET`. */
function trailingName(node: TSESTree.Node): string | null {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.MemberExpression) return staticMemberName(node);
  return null;
}

/**
 * True when a key expression is a shared secret (so the holder can sign with it): a string known statically, an
 * environment variable, `Buffer.from(...)`, or a name containing `secret`. A public key or a key callback is not.
 */
function isSharedSecret(node: TSESTree.Node, scope: Scope): boolean {
  const target = unwrapTypeScript(node);
  if (getStaticString(target, scope) !== null) return true;
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    const object = unwrapTypeScript(target.object);
    if (object.type === AST_NODE_TYPES.MemberExpression && staticMemberName(object) === 'env') return true;
  }
  if (target.type === AST_NODE_TYPES.CallExpression && target.callee.type === AST_NODE_TYPES.MemberExpression) {
    const owner = unwrapTypeScript(target.callee.object);
    if (owner.type === AST_NODE_TYPES.Identifier && owner.name === 'Buffer') return true;
  }
  return trailingName(target)?.toLowerCase().includes('secret') === true;
}

/**
 * True when a framework registration also signs tokens with the key it verifies with: a Nest module with a `secret`,
 * `privateKey` or `signOptions`; an @fastify/jwt registration with a `sign` group, a `{ private, public }` pair or a
 * shared secret.
 */
function registrationSigns(site: VerifierSite, sourceCode: SourceCode): boolean {
  const options = site.options;
  if (!options) return false;
  if (site.library === '@nestjs/jwt') {
    return ['secret', 'privateKey', 'secretOrPrivateKey', 'signOptions'].some((key) => options.has(key));
  }
  if (site.library !== '@fastify/jwt') return false;
  if (options.has('sign')) return true;
  const secret = options.get('secret');
  if (!secret) return false;
  const scope = sourceCode.getScope(site.node);
  const pair = resolveObjectExpression(secret.value, scope);
  if (pair) {
    return pair.properties.some(
      (property) => property.type === AST_NODE_TYPES.Property && !property.computed && property.key.type === AST_NODE_TYPES.Identifier && property.key.name === 'private',
    );
  }
  return isSharedSecret(secret.value, scope);
}

/**
 * True when the service issues the tokens it verifies here: the same key expression signs tokens in this file
 * (`jwt.sign(p, SECRET)` … `jwt.verify(t, SECRET)`), or the framework registration signs too. Audience and issuer
 * add little to a token only this service can mint.
 */
export function issuesOwnTokens(site: VerifierSite, sites: readonly VerifierSite[], sourceCode: SourceCode): boolean {
  if (site.role === 'register') return registrationSigns(site, sourceCode);
  const key = site.keyNode;
  if (!key) return false;
  const text = keyText(key, sourceCode);
  return sites.some((other) => other.role === 'sign' && other.keyNode !== undefined && keyText(other.keyNode, sourceCode) === text);
}

/** The text of a string or template token without its delimiters (`'…'`, `` `…${ ``, `}…` ``). */
function tokenText(token: TSESTree.Token): string {
  let text = token.value;
  text = text.startsWith('`') || text.startsWith('}') || text.startsWith("'") || text.startsWith('"') ? text.slice(1) : text;
  if (text.endsWith('${')) return text.slice(0, -2);
  return text.endsWith('`') || text.endsWith("'") || text.endsWith('"') ? text.slice(0, -1) : text;
}

/** True when a string in the file names a multi-tenant Entra authority (`https://login.microsoftonline.com/common/…`). */
export function writesMultiTenantAuthority(sourceCode: SourceCode): boolean {
  for (const token of sourceCode.ast.tokens) {
    if (token.type !== AST_TOKEN_TYPES.String && token.type !== AST_TOKEN_TYPES.Template) continue;
    const lower = token.value.toLowerCase();
    if (![...MULTI_TENANT_SEGMENTS].some((segment) => lower.includes(`/${segment}`))) continue;
    if (entraAuthorityOf([tokenText(token)])?.multiTenant === true) return true;
  }
  return false;
}
