import type { TSESTree } from '@typescript-eslint/utils';
import { ASTUtils, TSESLint } from '@typescript-eslint/utils';
import {
  ADDITIONAL_TENANTS_ENVIRONMENT,
  ADDITIONAL_TENANTS_OPTION,
  ANY_TENANT_ENTRY,
  ENTRA_LOGIN_HOSTS,
  entraAuthorityOf,
  environmentListAllowsAnyTenant,
  issuerPatternTenancy,
  issuerTextTenancy,
  MULTI_TENANT_SEGMENTS,
  type EntraAuthority,
} from '../models/entra-tenant';
import { analyzeUrl, type UrlPart } from '../models/urls';
import { AST_NODE_TYPES, calleeName, isEqualityOperator, isExpressionWrapper, isProcessEnv, isRegExpLiteral, staticMemberName, unwrapExpression, unwrapTypeScript } from '../utils/ast';
import { createRule } from '../utils/create-rule';
import { collectExits, isFunctionNode, resolveFunction, type FunctionNode } from '../utils/functions';
import { getApiReferences, mentionsApiModule, type ApiSpec } from '../utils/module-tracker';
import { getPropertyKey, readOptionsObject, type OptionProperty, type OptionsObject } from '../utils/options-object';
import { getStatic } from '../utils/static-value';
import { fileMayHoldName, textMayHoldEscape, textMayHoldAnyInAnyCase } from '../utils/text-gate';
import { walk } from '../utils/traverse';

export type Options = [];
export type MessageIds =
  | 'issuerCheckOff'
  | 'issuerListIgnored'
  | 'missingIssuer'
  | 'anyTenantIssuer'
  | 'issuerIgnored'
  | 'anyTenantCredential';

type Scope = TSESLint.Scope.Scope;

/**
 * What a tracked API is to this rule:
 * - key sources: `jwks-client` (jwks-rsa clients and integrations, options with `jwksUri`) and `remote-jwks`
 *   (jose `createRemoteJWKSet(url)`);
 * - token checks: jsonwebtoken `verify` and the middlewares that hand their options to it, jose `jwtVerify`,
 *   passport-azure-ad strategies, express-oauth2-jwt-bearer `auth`.
 */
type Role =
  | 'jsonwebtoken'
  | 'jose'
  | 'express-jwt'
  | 'koa-jwt'
  | 'passport-jwt'
  | 'azure-ad'
  | 'oauth2-bearer'
  | 'jwks-client'
  | 'remote-jwks';

interface TrackedApi extends ApiSpec {
  readonly role: Role;
}

const APIS: readonly TrackedApi[] = [
  { module: 'jsonwebtoken', path: ['verify'], kinds: ['call'], role: 'jsonwebtoken' },
  { module: 'jose', path: ['jwtVerify'], kinds: ['call'], role: 'jose' },
  { module: 'jose', path: ['createRemoteJWKSet'], kinds: ['call'], role: 'remote-jwks' },
  { module: 'jwks-rsa', path: [], kinds: ['call'], role: 'jwks-client' },
  { module: 'jwks-rsa', path: ['JwksClient'], kinds: ['construct'], role: 'jwks-client' },
  { module: 'jwks-rsa', path: ['expressJwtSecret'], kinds: ['call'], role: 'jwks-client' },
  { module: 'jwks-rsa', path: ['passportJwtSecret'], kinds: ['call'], role: 'jwks-client' },
  { module: 'jwks-rsa', path: ['koaJwtSecret'], kinds: ['call'], role: 'jwks-client' },
  { module: 'jwks-rsa', path: ['hapiJwt2Key'], kinds: ['call'], role: 'jwks-client' },
  { module: 'jwks-rsa', path: ['hapiJwt2KeyAsync'], kinds: ['call'], role: 'jwks-client' },
  // express-jwt 7+ exports `expressjwt`; 6 and older export the middleware factory itself.
  { module: 'express-jwt', path: ['expressjwt'], kinds: ['call'], role: 'express-jwt' },
  { module: 'express-jwt', path: [], kinds: ['call'], role: 'express-jwt' },
  { module: 'koa-jwt', path: [], kinds: ['call'], role: 'koa-jwt' },
  { module: 'passport-jwt', path: ['Strategy'], kinds: ['construct'], role: 'passport-jwt' },
  { module: 'passport-azure-ad', path: ['BearerStrategy'], kinds: ['construct'], role: 'azure-ad' },
  { module: 'passport-azure-ad', path: ['OIDCStrategy'], kinds: ['construct'], role: 'azure-ad' },
  { module: 'express-oauth2-jwt-bearer', path: ['auth'], kinds: ['call'], role: 'oauth2-bearer' },
];

/** Cheap text tests before a string is parsed as a URL: every Entra sign-in host contains one of these. */
const ENTRA_HINTS: readonly string[] = ['login.', 'sts.windows.net'];

/** Names a value read from a token's tenant or issuer goes by: claims, MSAL's `account.tenantId`. */
const CLAIM_KINDS: ReadonlyMap<string, 'tid' | 'iss'> = new Map([
  ['tid', 'tid'],
  ['tenantId', 'tid'],
  ['tenant_id', 'tid'],
  ['iss', 'iss'],
]);

/** Calls that ask whether a collection holds a value: `allowed.includes(tid)`, `TENANTS.has(tid)`, `re.test(iss)`. */
const MEMBERSHIP_METHODS: ReadonlySet<string> = new Set(['includes', 'has', 'indexOf', 'lastIndexOf', 'get', 'test', 'exec']);

/** Methods of a string that compare it with their argument: `iss.startsWith(prefix)`. */
const STRING_TEST_METHODS: ReadonlySet<string> = new Set([
  'startsWith',
  'endsWith',
  'includes',
  'indexOf',
  'match',
  'search',
  'localeCompare',
]);

/** Methods that only normalise a value read before it is compared: `claims.tid.toLowerCase() === t`. */
const NORMALIZING_METHODS: ReadonlySet<string> = new Set(['toLowerCase', 'toUpperCase', 'trim', 'toString', 'valueOf']);

/** Lookups that decide whether a tenant is known: `Tenant.findOne({ id: claims.tid })`. */
const LOOKUP_METHODS: ReadonlySet<string> = new Set([
  'findOne',
  'findOneBy',
  'findUnique',
  'findFirst',
  'findById',
  'findByPk',
  'exists',
  'count',
  'get',
  'has',
]);

/** Words in a function name that make a call taking the tenant or issuer a check: `isAllowedTenant(tid)`. */
const CHECK_NAME_WORDS: readonly string[] = [
  'tenant',
  'allow',
  'trust',
  'permit',
  'authoriz',
  'authoris',
  'valid',
  'verif',
  'check',
  'ensure',
  'assert',
  'guard',
  'onboard',
];

/** Words in a name that make an unknown value a key getter: `getKey`, `jwks`, `getSigningKey`. */
const KEY_GETTER_WORDS: readonly string[] = ['jwk', 'getkey', 'signingkey', 'keyset', 'keystore', 'keyprovider', 'keyresolver'];

/** Methods whose result is a key fetched from a key set: jwks-rsa `client.getSigningKey(kid)`. */
const KEY_FETCH_METHODS: ReadonlySet<string> = new Set(['getSigningKey', 'getSigningKeys', 'getPublicKey', 'getKeys']);

const MAX_DEPTH = 4;

const ADDITIONAL_TENANTS_OPTION_NAMES: readonly string[] = [ADDITIONAL_TENANTS_OPTION];
const ADDITIONAL_TENANTS_ENVIRONMENT_NAMES: readonly string[] = [ADDITIONAL_TENANTS_ENVIRONMENT];

/**
 * Whether the file can spell an Entra sign-in host the way `entraAuthorityOf` reads it: in any case. The trigram set
 * rules most files out; only the rest are lower-cased and searched (and only files that name a verifier module ask).
 */
function mayHoldEntraHost(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (!textMayHoldAnyInAnyCase(sourceCode, ENTRA_LOGIN_HOSTS)) return false;
  const lower = sourceCode.text.toLowerCase();
  return ENTRA_LOGIN_HOSTS.some((host) => lower.includes(host));
}

/** Where a token check's keys come from. */
type KeySource =
  | { readonly kind: 'multi'; readonly authority: EntraAuthority }
  | { readonly kind: 'single' }
  | { readonly kind: 'unknown' };

/** What a key expression was traced to: a multi-tenant authority, "ask the file" (a key callback), or nothing. */
type KeyLink = EntraAuthority | 'file' | null;

function hasWord(name: string, words: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return words.some((word) => lower.includes(word));
}

function isRegExpValue(value: unknown): value is RegExp {
  return value instanceof RegExp;
}

export default createRule<Options, MessageIds>({
  name: 'require-tenant-restriction',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require multi-tenant Microsoft Entra token validation to restrict the tenants it accepts',
      recommended: 'recommended',
      principle: 'verify-explicitly',
      cwe: ['CWE-863', 'CWE-284'],
    },
    schema: [],
    messages: {
      issuerCheckOff:
        '`{{setting}}` turns off the issuer check while keys come from the multi-tenant authority {{authority}}, so a token from any Entra tenant is accepted; check the issuer against the tenants you serve, or compare the `tid` claim with an allowlist.',
      issuerListIgnored:
        '`validateIssuer: false` makes passport-azure-ad skip the `issuer` list, so with the multi-tenant authority {{authority}} a token from any Entra tenant is accepted; remove `validateIssuer: false` so the listed issuers are enforced.',
      missingIssuer:
        'This token check trusts keys from the multi-tenant authority {{authority}} but sets no `issuer`, so a token from any Entra tenant is accepted; pass the issuers of the tenants you serve as `issuer`, or compare the `tid` claim with an allowlist.',
      anyTenantIssuer:
        'This issuer accepts every Entra tenant while keys come from the multi-tenant authority {{authority}}, so a token from any tenant is accepted; list the issuers of the tenants you serve, or compare the `tid` claim with an allowlist.',
      issuerIgnored:
        'jsonwebtoken compares `issuer` only as a string or an array of strings and skips this {{kind}}, so with keys from the multi-tenant authority {{authority}} a token from any Entra tenant is accepted; list the exact issuers of the tenants you serve.',
      anyTenantCredential:
        "`'*'` in `additionallyAllowedTenants` lets this credential get tokens in any tenant where the app is installed, so a tenant ID taken from a request or a challenge can make it act in another organisation; list only the tenant IDs it needs.",
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;
    /** Multi-tenant Entra authorities written anywhere in the file, in source order. */
    const writtenAuthorities: EntraAuthority[] = [];
    /** Set once the file compares the token's tenant or issuer with something that restricts it. */
    let tenantChecked = false;
    const reported = new Set<TSESTree.Node>();

    function report(node: TSESTree.Node, messageId: MessageIds, data: Record<string, string> = {}): void {
      if (reported.has(node)) return;
      reported.add(node);
      context.report({ node, messageId, data });
    }

    function scopeOf(node: TSESTree.Node): Scope {
      return sourceCode.getScope(node);
    }

    function variableOf(identifier: TSESTree.Identifier): TSESLint.Scope.Variable | null {
      return ASTUtils.findVariable(scopeOf(identifier), identifier);
    }

    /** The values a variable is given: its initializer and later assignments (`JWKS ??= createRemoteJWKSet(...)`). */
    function writtenValues(identifier: TSESTree.Identifier): TSESTree.Node[] | null {
      const variable = variableOf(identifier);
      if (!variable) return null;
      const values: TSESTree.Node[] = [];
      for (const reference of variable.references) {
        if (reference.writeExpr) values.push(reference.writeExpr);
      }
      return values;
    }

    /** The initializer of the single `const` an identifier names. */
    function constInit(identifier: TSESTree.Identifier): TSESTree.Expression | null {
      const variable = variableOf(identifier);
      const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
      if (def?.type !== TSESLint.Scope.DefinitionType.Variable || def.parent.kind !== 'const' || def.node.id.type !== AST_NODE_TYPES.Identifier) return null;
      return def.node.init;
    }

    /** The object literal behind `config.creds` when `config` is a `const` object literal in this file. */
    function memberObject(node: TSESTree.Node, depth: number): TSESTree.ObjectExpression | null {
      const target = unwrapTypeScript(node);
      if (depth > MAX_DEPTH) return null;
      if (target.type === AST_NODE_TYPES.ObjectExpression) return target;
      if (target.type === AST_NODE_TYPES.Identifier) {
        const init = constInit(target);
        return init ? memberObject(init, depth + 1) : null;
      }
      if (target.type !== AST_NODE_TYPES.MemberExpression) return null;
      const name = staticMemberName(target);
      const owner = name === null ? null : memberObject(target.object, depth + 1);
      if (!owner) return null;
      const property = owner.properties.findLast(
        (element): element is TSESTree.Property => element.type === AST_NODE_TYPES.Property && getPropertyKey(element) === name,
      );
      return property ? memberObject(property.value, depth + 1) : null;
    }

    /**
     * The options object an argument holds: an object literal, a `const` bound to one, or a path into a `const`
     * configuration object (`config.creds`). Such a path is read as open: its object may be changed elsewhere.
     */
    function readOptions(node: TSESTree.Node | undefined): OptionsObject | null {
      if (!node) return null;
      const scope = scopeOf(node);
      const target = unwrapTypeScript(node);
      if (target.type !== AST_NODE_TYPES.MemberExpression) return readOptionsObject(target, scope);
      const object = memberObject(target, 0);
      const options = object ? readOptionsObject(object, scope) : null;
      return options ? { ...options, closed: false } : null;
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Strings and URLs
    // ----------------------------------------------------------------------------------------------------------------

    /** A string expression as parts, `null` standing for a run-time value; `null` when nothing of it is known. */
    function stringParts(node: TSESTree.Node, depth: number): UrlPart[] | null {
      const target = unwrapTypeScript(node);
      const value = getStatic(target, scopeOf(target));
      if (value) return typeof value.value === 'string' ? [value.value] : null;
      if (depth > MAX_DEPTH) return null;
      switch (target.type) {
        case AST_NODE_TYPES.TemplateLiteral: {
          const parts: UrlPart[] = [];
          target.quasis.forEach((quasi, index) => {
            parts.push(quasi.value.cooked);
            const expression = target.expressions[index];
            if (expression) parts.push(...(stringParts(expression, depth + 1) ?? [null]));
          });
          return parts;
        }
        case AST_NODE_TYPES.BinaryExpression:
          if (target.operator !== '+') return null;
          return [...(stringParts(target.left, depth + 1) ?? [null]), ...(stringParts(target.right, depth + 1) ?? [null])];
        case AST_NODE_TYPES.Identifier: {
          const init = constInit(target);
          return init ? stringParts(init, depth + 1) : null;
        }
        case AST_NODE_TYPES.NewExpression: {
          // `new URL(text)`: jose takes its key set location as a URL object.
          const [input, base] = target.arguments;
          const isUrl = target.callee.type === AST_NODE_TYPES.Identifier && target.callee.name === 'URL';
          return isUrl && input && !base ? stringParts(input, depth + 1) : null;
        }
        default:
          return null;
      }
    }

    /** Where a URL expression points: a multi-tenant authority, one tenant or another issuer, or unknown. */
    function classifyUrl(node: TSESTree.Node | undefined): KeySource {
      if (!node) return { kind: 'unknown' };
      const parts = stringParts(node, 0);
      if (!parts) return { kind: 'unknown' };
      const authority = entraAuthorityOf(parts);
      if (authority) return authority.multiTenant ? { kind: 'multi', authority } : { kind: 'single' };
      // An Entra URL whose tenant is a run-time value is a single-tenant setup: `.../${TENANT_ID}/...`.
      const url = analyzeUrl(parts);
      return url?.host ? { kind: 'single' } : { kind: 'unknown' };
    }

    function noteWrittenUrl(parts: readonly UrlPart[]): void {
      const authority = entraAuthorityOf(parts);
      if (authority?.multiTenant) writtenAuthorities.push(authority);
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Tenant and issuer checks anywhere in the file
    // ----------------------------------------------------------------------------------------------------------------

    /**
     * True when `node` reads the token's own tenant or issuer: `payload.tid`, `decoded.iss`, or a binding that
     * holds one (see `isTokenClaimBinding`). Nested functions are not entered.
     */
    function readsTokenClaim(node: TSESTree.Node): boolean {
      let found = false;
      walk(node, sourceCode.visitorKeys, (current) => {
        if (found || isFunctionNode(current)) return false;
        if (current.type === AST_NODE_TYPES.MemberExpression) {
          const name = staticMemberName(current);
          if (name === 'tid' || name === 'iss') found = true;
        } else if (current.type === AST_NODE_TYPES.Identifier) {
          const parent = current.parent;
          const isName =
            (parent.type === AST_NODE_TYPES.MemberExpression && parent.property === current && !parent.computed) ||
            (parent.type === AST_NODE_TYPES.Property && parent.key === current && !parent.shorthand);
          if (!isName && isTokenClaimBinding(current)) found = true;
        }
        return !found;
      });
      return found;
    }

    /**
     * True for a binding that holds a claim of the token: a `tid` or `iss` parameter, a destructured
     * `{ tid }` / `{ tid: tenant }`, or `const tenant = payload.tid`. A `tid` read from configuration
     * (`const tid = process.env.TENANT_ID`) is not one.
     */
    function isTokenClaimBinding(identifier: TSESTree.Identifier): boolean {
      const variable = variableOf(identifier);
      const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
      if (!def) return false;
      if (def.type === TSESLint.Scope.DefinitionType.Parameter) return identifier.name === 'tid' || identifier.name === 'iss';
      if (def.type !== TSESLint.Scope.DefinitionType.Variable) return false;
      const name = def.name;
      const parent = name.parent;
      if (parent.type === AST_NODE_TYPES.Property && parent.parent.type === AST_NODE_TYPES.ObjectPattern) {
        const key = getPropertyKey(parent);
        return key === 'tid' || key === 'iss';
      }
      const init = def.node.init;
      if (def.node.id !== name || !init) return false;
      const target = unwrapExpression(init);
      if (target.type !== AST_NODE_TYPES.MemberExpression) return false;
      const key = staticMemberName(target);
      return key === 'tid' || key === 'iss';
    }

    /**
     * True when comparing a token's `iss` with `node` lets only some tenants through. Not so for a prefix or
     * pattern that any tenant's issuer matches, nor for an issuer built from the token's own `tid`
     * (`` `https://login.microsoftonline.com/${payload.tid}/v2.0` ``), which every tenant's tokens satisfy.
     * Unknown values count as restricting.
     */
    function comparisonRestricts(node: TSESTree.Node | undefined, depth = 0): boolean {
      if (!node || node.type === AST_NODE_TYPES.SpreadElement) return true;
      const target = unwrapTypeScript(node);
      if (isRegExpLiteral(target)) {
        return issuerPatternTenancy(target.regex.pattern) !== 'any-tenant';
      }
      if (readsTokenClaim(target)) return false;
      const value = getStatic(target, scopeOf(target));
      if (value) {
        if (typeof value.value === 'string') return issuerTextTenancy(value.value) !== 'any-tenant';
        if (isRegExpValue(value.value)) return issuerPatternTenancy(value.value.source) !== 'any-tenant';
        return true;
      }
      if (target.type === AST_NODE_TYPES.Identifier && depth < MAX_DEPTH) {
        const init = constInit(target);
        return init ? comparisonRestricts(init, depth + 1) : true;
      }
      return true;
    }

    /** A call that decides on a value by name: `isAllowedTenant(tid)`, `Tenant.findOne(...)`. */
    function isCheckingCall(call: TSESTree.CallExpression): boolean {
      const name = calleeName(call.callee);
      return name !== null && (LOOKUP_METHODS.has(name) || hasWord(name, CHECK_NAME_WORDS));
    }

    /** The value a read stands for once TypeScript wrappers, `?.` and normalising calls are peeled off. */
    function outerValue(read: TSESTree.Node): TSESTree.Node {
      let current = read;
      for (;;) {
        const parent = current.parent;
        if (!parent) return current;
        if (isExpressionWrapper(parent) && parent.expression === current) {
          current = parent;
          continue;
        }
        const call = parent.parent;
        if (
          parent.type === AST_NODE_TYPES.MemberExpression &&
          parent.object === current &&
          call?.type === AST_NODE_TYPES.CallExpression &&
          call.callee === parent &&
          NORMALIZING_METHODS.has(staticMemberName(parent) ?? '')
        ) {
          current = call;
          continue;
        }
        if (
          parent.type === AST_NODE_TYPES.CallExpression &&
          parent.arguments[0] === current &&
          parent.callee.type === AST_NODE_TYPES.Identifier &&
          parent.callee.name === 'String'
        ) {
          current = parent;
          continue;
        }
        return current;
      }
    }

    /**
     * True when a read of the token's tenant (`tid`) or issuer (`iss`) sits where it decides something and
     * restricts tenants: compared, looked up in an allowlist, switched on, handed to a checking function.
     * One level of aliasing (`const tenant = claims.tid`) is followed.
     */
    function readRestricts(read: TSESTree.Node, kind: 'tid' | 'iss', depth = 0): boolean {
      const value = outerValue(read);
      const parent = value.parent;
      if (!parent) return false;
      switch (parent.type) {
        case AST_NODE_TYPES.BinaryExpression:
          if (isEqualityOperator(parent.operator)) {
            const other = parent.left === value ? parent.right : parent.left;
            if (kind === 'iss') return comparisonRestricts(other);
            // `tenantId === 'common'` or `tid === undefined` tells a setting apart, it lets no tenant in or out.
            const known = getStatic(other, scopeOf(other));
            return !known || (typeof known.value === 'string' && known.value !== '' && !MULTI_TENANT_SEGMENTS.has(known.value.toLowerCase()));
          }
          return parent.operator === 'in' && parent.left === value;
        case AST_NODE_TYPES.SwitchStatement:
          return parent.discriminant === value;
        case AST_NODE_TYPES.MemberExpression: {
          if (parent.computed && parent.property === value) return true;
          const call = parent.parent;
          if (parent.object !== value || call.type !== AST_NODE_TYPES.CallExpression || call.callee !== parent) return false;
          const method = staticMemberName(parent);
          if (method === null || !STRING_TEST_METHODS.has(method)) return false;
          return kind === 'tid' || comparisonRestricts(call.arguments[0]);
        }
        case AST_NODE_TYPES.CallExpression: {
          if (!parent.arguments.includes(value as TSESTree.CallExpressionArgument)) return false;
          const callee = unwrapTypeScript(parent.callee);
          if (callee.type === AST_NODE_TYPES.MemberExpression && MEMBERSHIP_METHODS.has(staticMemberName(callee) ?? '')) {
            // `ALLOWED.includes(iss)` restricts; `/login\.microsoftonline\.com\/.+/.test(iss)` does not.
            if (kind === 'tid') return true;
            const receiver = unwrapTypeScript(callee.object);
            const known = getStatic(receiver, scopeOf(receiver))?.value;
            const judged = isRegExpLiteral(receiver) || typeof known === 'string' || isRegExpValue(known);
            return judged ? comparisonRestricts(receiver) : true;
          }
          return isCheckingCall(parent);
        }
        case AST_NODE_TYPES.Property:
          return parent.value === value && parent.parent.type === AST_NODE_TYPES.ObjectExpression && isLookupArgument(parent.parent);
        case AST_NODE_TYPES.VariableDeclarator:
          return depth === 0 && parent.init === value && parent.id.type === AST_NODE_TYPES.Identifier && aliasRestricts(parent.id, kind);
        default:
          return false;
      }
    }

    /** True when some read of the variable `identifier` declares restricts tenants. */
    function aliasRestricts(identifier: TSESTree.Identifier, kind: 'tid' | 'iss'): boolean {
      const variable = variableOf(identifier);
      if (!variable) return false;
      return variable.references.some(
        (reference) => reference.isRead() && reference.identifier !== identifier && readRestricts(reference.identifier, kind, 1),
      );
    }

    /** `Tenant.findOne({ where: { id: claims.tid } })`: an object (maybe nested) handed to a checking call. */
    function isLookupArgument(object: TSESTree.ObjectExpression): boolean {
      let current: TSESTree.Node = object;
      for (let level = 0; level < MAX_DEPTH; level += 1) {
        const parent: TSESTree.Node = current.parent;
        if (parent.type === AST_NODE_TYPES.CallExpression) {
          if (!parent.arguments.some((argument) => argument === current)) return false;
          // Only lookups and tenant-named calls: an options object handed to `jwt.verify` decides nothing by itself.
          const name = calleeName(parent.callee);
          return name !== null && (LOOKUP_METHODS.has(name) || name.toLowerCase().includes('tenant'));
        }
        if (parent.type !== AST_NODE_TYPES.Property || parent.value !== current || parent.parent.type !== AST_NODE_TYPES.ObjectExpression) return false;
        current = parent.parent;
      }
      return false;
    }

    function noteClaimRead(read: TSESTree.Node, name: string): void {
      const kind = CLAIM_KINDS.get(name);
      if (kind && !tenantChecked && readRestricts(read, kind)) tenantChecked = true;
    }

    // ----------------------------------------------------------------------------------------------------------------
    // @azure/identity: additionallyAllowedTenants
    // ----------------------------------------------------------------------------------------------------------------

    function reportWildcardEntries(node: TSESTree.Node, depth: number): boolean {
      const target = unwrapTypeScript(node);
      if (target.type === AST_NODE_TYPES.ArrayExpression) {
        let found = false;
        for (const element of target.elements) {
          if (!element) continue;
          if (element.type === AST_NODE_TYPES.SpreadElement) {
            if (depth < MAX_DEPTH && reportWildcardEntries(element.argument, depth + 1)) found = true;
          } else if (getStatic(element, scopeOf(element))?.value === ANY_TENANT_ENTRY) {
            report(element, 'anyTenantCredential');
            found = true;
          }
        }
        return found;
      }
      if (target.type === AST_NODE_TYPES.Identifier && depth < MAX_DEPTH) {
        const init = constInit(target);
        if (init && reportWildcardEntries(init, depth + 1)) return true;
      }
      const value = getStatic(target, scopeOf(target));
      if (Array.isArray(value?.value) && value.value.includes(ANY_TENANT_ENTRY)) {
        report(target, 'anyTenantCredential');
        return true;
      }
      return false;
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Token checks, evaluated once the whole file has been seen
    // ----------------------------------------------------------------------------------------------------------------

    function checkTokenValidation(): void {
      const references = getApiReferences(context, APIS);
      if (references.length === 0) return;

      /** Key-set factories (jwks-rsa clients, jose remote key sets) and where they fetch keys. */
      const keySources = new Map<TSESTree.Node, KeySource>();
      for (const reference of references) {
        const { role } = reference.api as TrackedApi;
        const node = reference.node;
        if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) continue;
        if (role === 'jwks-client') {
          const options = readOptions(node.arguments[0]);
          keySources.set(node, classifyUrl(options?.get('jwksUri')?.value));
        } else if (role === 'remote-jwks') {
          keySources.set(node, classifyUrl(node.arguments[0]));
        }
      }

      let fileAuthorityCache: EntraAuthority | null | undefined;
      /**
       * The authority a key callback in this file most likely fetches from: the key sets the file creates with
       * known URLs when there are any, otherwise a multi-tenant authority written in the file.
       */
      function fileAuthority(): EntraAuthority | null {
        if (fileAuthorityCache !== undefined) return fileAuthorityCache;
        const known = [...keySources.values()].filter((source) => source.kind !== 'unknown');
        if (known.length > 0) {
          const multi = known.find((source) => source.kind === 'multi');
          fileAuthorityCache = multi?.kind === 'multi' ? multi.authority : null;
        } else {
          fileAuthorityCache = writtenAuthorities[0] ?? null;
        }
        return fileAuthorityCache;
      }

      function combine(links: readonly KeyLink[]): KeyLink {
        return links.find((link) => link !== null && link !== 'file') ?? (links.includes('file') ? 'file' : null);
      }

      /** Follows a key argument back to where its keys come from. */
      function linkKey(node: TSESTree.Node, depth: number): KeyLink {
        const target = unwrapTypeScript(node);
        if (depth > MAX_DEPTH) return null;
        switch (target.type) {
          case AST_NODE_TYPES.AwaitExpression:
            return linkKey(target.argument, depth + 1);
          case AST_NODE_TYPES.CallExpression:
          case AST_NODE_TYPES.NewExpression: {
            const source = keySources.get(target);
            if (source) return source.kind === 'multi' ? source.authority : source.kind === 'unknown' ? 'file' : null;
            // A local helper that hands back a key set: `getJwks()` returning a cached `createRemoteJWKSet(...)`.
            const helper = target.type === AST_NODE_TYPES.CallExpression ? resolveFunction(unwrapTypeScript(target.callee), scopeOf(target)) : null;
            if (helper) {
              const exits = helper.body.type === AST_NODE_TYPES.BlockStatement ? collectExits(helper, sourceCode.visitorKeys).returns.map((statement) => statement.argument) : [helper.body];
              const link = combine(exits.map((exit) => (exit ? linkKey(exit, depth + 1) : null)));
              if (link !== null) return link;
            }
            const name = calleeName(target.callee);
            return name !== null && (KEY_FETCH_METHODS.has(name) || hasWord(name, KEY_GETTER_WORDS)) ? 'file' : null;
          }
          case AST_NODE_TYPES.ArrowFunctionExpression:
          case AST_NODE_TYPES.FunctionExpression:
            // A key callback (jsonwebtoken's `getKey(header, callback)`, jose's `(header) => key`).
            return 'file';
          case AST_NODE_TYPES.ConditionalExpression:
            return combine([linkKey(target.consequent, depth + 1), linkKey(target.alternate, depth + 1)]);
          case AST_NODE_TYPES.LogicalExpression:
            return combine([linkKey(target.left, depth + 1), linkKey(target.right, depth + 1)]);
          case AST_NODE_TYPES.MemberExpression: {
            if (isProcessEnv(target.object)) return null;
            const name = staticMemberName(target);
            return name !== null && hasWord(name, KEY_GETTER_WORDS) ? 'file' : null;
          }
          case AST_NODE_TYPES.Identifier: {
            const variable = variableOf(target);
            if (variable?.defs.some((def) => def.type === TSESLint.Scope.DefinitionType.FunctionName)) return 'file';
            const values = writtenValues(target);
            if (values && values.length > 0) return combine(values.map((value) => linkKey(value, depth + 1)));
            // A parameter, an import or a global: only its name tells.
            return hasWord(target.name, KEY_GETTER_WORDS) ? 'file' : null;
          }
          default:
            return null;
        }
      }

      function authorityOfKey(node: TSESTree.Node | undefined): EntraAuthority | null {
        if (!node) return null;
        const link = linkKey(node, 0);
        return link === 'file' ? fileAuthority() : link;
      }

      /** A regular expression or a function given as `issuer`: jsonwebtoken compares neither. */
      function uncomparedIssuerKind(value: TSESTree.Node): string | null {
        const target = unwrapTypeScript(value);
        if (isRegExpLiteral(target)) return 'regular expression';
        if (
          target.type === AST_NODE_TYPES.NewExpression &&
          target.callee.type === AST_NODE_TYPES.Identifier &&
          target.callee.name === 'RegExp'
        ) {
          return 'regular expression';
        }
        if (isRegExpValue(getStatic(target, scopeOf(target))?.value)) return 'regular expression';
        return resolveFunction(target, scopeOf(target)) ? 'function' : null;
      }

      /**
       * Judges the `issuer` of a verify-options object. `family` says who compares it: jsonwebtoken (and the
       * middlewares built on it) skips anything but strings and arrays; jose only ever compares strings.
       */
      function checkIssuerOption(
        options: OptionsObject | null,
        issuer: OptionProperty | undefined,
        missingNode: TSESTree.Node,
        authority: EntraAuthority,
        family: 'jsonwebtoken' | 'jose',
      ): void {
        const data = { authority: authority.label };
        if (issuer) {
          const kind = family === 'jsonwebtoken' ? uncomparedIssuerKind(issuer.value) : null;
          if (kind) report(issuer.node, 'issuerIgnored', { ...data, kind });
          else if (readsTokenClaim(issuer.value)) report(issuer.node, 'anyTenantIssuer', data);
          return;
        }
        if (!options || options.closed) report(missingNode, 'missingIssuer', data);
      }

      /** `jwt.verify(token, key[, options][, callback])` and jose `jwtVerify(token, key[, options])`. */
      function checkVerifyCall(call: TSESTree.CallExpression, family: 'jsonwebtoken' | 'jose'): void {
        const [, key, third] = call.arguments;
        const authority = authorityOfKey(key);
        if (!authority) return;
        const scope = scopeOf(call);
        if (!third || (family === 'jsonwebtoken' && (isFunctionNode(third) || resolveFunction(third, scope)))) {
          checkIssuerOption(null, undefined, call.callee, authority, family);
          return;
        }
        const options = readOptions(third);
        if (options) checkIssuerOption(options, options.get('issuer'), third, authority, family);
      }

      /** express-jwt, koa-jwt and passport-jwt: the key and the jsonwebtoken options sit in one object. */
      function checkMiddleware(node: TSESTree.CallExpression | TSESTree.NewExpression, keyOptions: readonly string[]): void {
        const argument = node.arguments[0];
        const options = readOptions(argument);
        if (!argument || !options) return;
        const key = keyOptions.map((name) => options.get(name)).find((property) => property !== undefined);
        const authority = authorityOfKey(key?.value);
        if (!authority) return;
        const issuer = options.get('issuer');
        if (!issuer && keyOptions.includes('secretOrKeyProvider')) {
          // passport-jwt: an issuer inside `jsonWebTokenOptions` is another rule's concern; do not call it missing.
          const nested = readOptions(options.get('jsonWebTokenOptions')?.value);
          if (nested?.has('issuer') || (options.has('jsonWebTokenOptions') && !nested)) return;
        }
        checkIssuerOption(options, issuer, argument, authority, 'jsonwebtoken');
      }

      /** The multi-tenant authority a URL option points at; a URL known only at run time falls back on the file. */
      function authorityOfUrlOption(properties: readonly (OptionProperty | undefined)[], closed: boolean): EntraAuthority | null {
        const present = properties.filter((property) => property !== undefined);
        if (present.length === 0) return closed ? null : (writtenAuthorities[0] ?? null);
        let unknown = false;
        for (const property of present) {
          const source = classifyUrl(property.value);
          if (source.kind === 'multi') return source.authority;
          if (source.kind === 'unknown') unknown = true;
        }
        return unknown ? (writtenAuthorities[0] ?? null) : null;
      }

      /** passport-azure-ad `BearerStrategy` / `OIDCStrategy` with `validateIssuer: false`. */
      function checkAzureAdStrategy(node: TSESTree.NewExpression): void {
        const options = readOptions(node.arguments[0]);
        const validateIssuer = options?.get('validateIssuer');
        if (!options || validateIssuer?.staticValue?.value !== false) return;
        const authority = authorityOfUrlOption([options.get('identityMetadata')], options.closed);
        if (!authority) return;
        const issuer = options.get('issuer');
        const listed = issuer !== undefined && !(issuer.staticValue && !issuer.staticValue.value);
        if (listed) report(validateIssuer.node, 'issuerListIgnored', { authority: authority.label });
        else report(validateIssuer.node, 'issuerCheckOff', { setting: 'validateIssuer: false', authority: authority.label });
      }

      /** True when every way out of an `iss` validator accepts any tenant's issuer. */
      function validatorAcceptsAnyTenant(fn: FunctionNode): boolean {
        const [first] = fn.params;
        const parameter = first?.type === AST_NODE_TYPES.Identifier ? first.name : null;
        const accepts = (expression: TSESTree.Node | null | undefined): boolean => {
          if (!expression) return false;
          const target = unwrapTypeScript(expression);
          const value = getStatic(target, scopeOf(target));
          if (value) return Boolean(value.value);
          if (target.type === AST_NODE_TYPES.LogicalExpression) {
            if (target.operator === '||') return accepts(target.left) || accepts(target.right);
            if (target.operator === '&&') return accepts(target.left) && accepts(target.right);
            return false;
          }
          const isParameter = (node: TSESTree.Node): boolean =>
            parameter !== null && unwrapTypeScript(node).type === AST_NODE_TYPES.Identifier && (unwrapTypeScript(node) as TSESTree.Identifier).name === parameter;
          if (target.type === AST_NODE_TYPES.BinaryExpression && (target.operator === '===' || target.operator === '==')) {
            if (isParameter(target.left)) return !comparisonRestricts(target.right);
            if (isParameter(target.right)) return !comparisonRestricts(target.left);
            return false;
          }
          if (target.type === AST_NODE_TYPES.CallExpression && target.callee.type === AST_NODE_TYPES.MemberExpression) {
            const method = staticMemberName(target.callee) ?? '';
            if (isParameter(target.callee.object) && STRING_TEST_METHODS.has(method)) return !comparisonRestricts(target.arguments[0]);
            const [argument] = target.arguments;
            if (argument && isParameter(argument) && (method === 'test' || method === 'exec')) return !comparisonRestricts(target.callee.object);
          }
          return false;
        };
        if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return accepts(fn.body);
        const { returns, throws } = collectExits(fn, sourceCode.visitorKeys);
        return throws.length === 0 && returns.length > 0 && returns.every((statement) => accepts(statement.argument));
      }

      /** express-oauth2-jwt-bearer `auth({ issuerBaseURL, validators: { iss } })`. */
      function checkOAuth2Bearer(node: TSESTree.CallExpression): void {
        const options = readOptions(node.arguments[0]);
        const validators = readOptions(options?.get('validators')?.value);
        const iss = validators?.get('iss');
        if (!options || !iss) return;
        const fn = iss.staticValue ? null : resolveFunction(unwrapTypeScript(iss.value), scopeOf(node));
        const off = iss.staticValue?.value === false;
        if (!off && !(fn && validatorAcceptsAnyTenant(fn))) return;
        const authority = authorityOfUrlOption([options.get('issuerBaseURL'), options.get('jwksUri')], false);
        if (!authority) return;
        if (off) report(iss.node, 'issuerCheckOff', { setting: 'iss: false', authority: authority.label });
        else report(iss.node, 'anyTenantIssuer', { authority: authority.label });
      }

      for (const reference of references) {
        const { role } = reference.api as TrackedApi;
        const node = reference.node;
        if (node.type === AST_NODE_TYPES.CallExpression) {
          if (role === 'jsonwebtoken' || role === 'jose') checkVerifyCall(node, role);
          else if (role === 'express-jwt' || role === 'koa-jwt') checkMiddleware(node, ['secret']);
          else if (role === 'oauth2-bearer') checkOAuth2Bearer(node);
        } else if (node.type === AST_NODE_TYPES.NewExpression) {
          if (role === 'passport-jwt') checkMiddleware(node, ['secretOrKeyProvider', 'secretOrKey']);
          else if (role === 'azure-ad') checkAzureAdStrategy(node);
        }
      }
    }

    /** The key of a property: only a computed one needs a scope (`getPropertyKey` reads the others as written). */
    function keyOf(property: TSESTree.Property): string | null {
      if (!property.computed) return property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : String(property.key.value);
      return getPropertyKey(property, scopeOf(property));
    }

    // The token checks need the file to name one of the verifier modules (see `checkTokenValidation`) and an Entra
    // host: without them, only the options and settings that report by themselves are read, and the listeners on
    // every identifier, member access and string (which only feed the token checks) are left out.
    const listeners: TSESLint.RuleListener = {
      Property(node) {
        const key = keyOf(node);
        if (key === null) return;
        if (node.parent.type === AST_NODE_TYPES.ObjectPattern) {
          // `const { tid: tenant } = claims`: follow the renamed binding.
          const kind = CLAIM_KINDS.get(key);
          const bound = node.value.type === AST_NODE_TYPES.AssignmentPattern ? node.value.left : node.value;
          if (kind && !tenantChecked && bound.type === AST_NODE_TYPES.Identifier && bound.name !== key && aliasRestricts(bound, kind)) {
            tenantChecked = true;
          }
          return;
        }
        if (key === ADDITIONAL_TENANTS_OPTION) {
          reportWildcardEntries(node.value, 0);
          return;
        }
        if (key === 'tid') {
          // express-oauth2-jwt-bearer `validators: { tid: TENANT_ID }` or `{ tid: (tid) => ... }`.
          const owner = node.parent.parent;
          if (
            owner.type === AST_NODE_TYPES.Property &&
            owner.value === node.parent &&
            getPropertyKey(owner) === 'validators' &&
            getStatic(node.value, scopeOf(node))?.value !== false
          ) {
            tenantChecked = true;
          }
        }
      },

      AssignmentExpression(node) {
        // `process.env.AZURE_ADDITIONALLY_ALLOWED_TENANTS = '*'`.
        const left = node.left;
        if (node.operator !== '=' || left.type !== AST_NODE_TYPES.MemberExpression || !isProcessEnv(left.object)) return;
        if (staticMemberName(left) !== ADDITIONAL_TENANTS_ENVIRONMENT) return;
        const value = getStatic(node.right, scopeOf(node));
        if (typeof value?.value === 'string' && environmentListAllowsAnyTenant(value.value)) report(node.right, 'anyTenantCredential');
      },
    };
    // File gates. The token checks report only keys or issuers of a multi-tenant Entra authority, whose sign-in host
    // the file writes (verbatim, in any case, or through an escape), and they need a verifier module. The settings
    // that report by themselves need their own names: the option key and the environment variable.
    const tokenChecks = mentionsApiModule(context, APIS) && (textMayHoldEscape(sourceCode) || mayHoldEntraHost(sourceCode));
    const allowedTenantsOption = fileMayHoldName(sourceCode, ADDITIONAL_TENANTS_OPTION_NAMES);
    const allowedTenantsEnvironment = fileMayHoldName(sourceCode, ADDITIONAL_TENANTS_ENVIRONMENT_NAMES);
    if (!allowedTenantsEnvironment) delete listeners.AssignmentExpression;
    if (!tokenChecks) {
      // Without the token checks only the settings that report by themselves are read: `additionallyAllowedTenants`
      // in an object literal (read from the object, one listener call per object instead of one per property; each
      // reports entries of its own value, with one message, so the order is free) and the environment variable. The
      // claim reads and tenant checks the `Property` listener also notes feed only the token checks.
      const settings: TSESLint.RuleListener = {};
      if (allowedTenantsOption) {
        settings.ObjectExpression = (node) => {
          for (const property of node.properties) {
            if (property.type === AST_NODE_TYPES.Property && keyOf(property) === ADDITIONAL_TENANTS_OPTION) reportWildcardEntries(property.value, 0);
          }
        };
      }
      if (listeners.AssignmentExpression) settings.AssignmentExpression = listeners.AssignmentExpression;
      return settings;
    }

    return {
      ...listeners,
      Literal(node) {
        if (typeof node.value !== 'string') return;
        if (node.value === 'tid' && node.parent.type === AST_NODE_TYPES.CallExpression && node.parent.arguments.includes(node)) {
          // express-oauth2-jwt-bearer `claimEquals('tid', TENANT_ID)`, `claims.get('tid')`.
          tenantChecked = true;
          return;
        }
        const text = node.value;
        if (ENTRA_HINTS.some((hint) => text.includes(hint))) noteWrittenUrl([text]);
      },

      TemplateLiteral(node) {
        if (!node.quasis.some((quasi) => ENTRA_HINTS.some((hint) => quasi.value.cooked?.includes(hint)))) return;
        const parts = stringParts(node, 0);
        if (parts) noteWrittenUrl(parts);
      },

      MemberExpression(node) {
        if (tenantChecked) return;
        const name = staticMemberName(node);
        if (name !== null && CLAIM_KINDS.has(name)) noteClaimRead(node, name);
      },

      Identifier(node) {
        if (tenantChecked || !CLAIM_KINDS.has(node.name)) return;
        const parent = node.parent;
        if (parent.type === AST_NODE_TYPES.MemberExpression && parent.property === node && !parent.computed) return;
        if (parent.type === AST_NODE_TYPES.Property && parent.key === node && !parent.shorthand) return;
        noteClaimRead(node, node.name);
      },

      'Program:exit'() {
        if (!tenantChecked) checkTokenValidation();
      },
    };
  },
});
