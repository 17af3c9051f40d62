import type { TSESTree } from '@typescript-eslint/utils';
import { ASTUtils, TSESLint } from '@typescript-eslint/utils';
import {
  ADAL_GLOBAL_CLIENT,
  ANGULAR_OAUTH_CONFIG_TYPE,
  ANGULAR_OAUTH_MODULE,
  ANGULAR_OAUTH_OIDC_KEY,
  ANGULAR_OAUTH_PASSWORD_FLOW_KEY,
  ANGULAR_OAUTH_REQUEST_ACCESS_TOKEN_KEY,
  ANGULAR_OAUTH_RESPONSE_TYPE_KEY,
  COMPARISON_CALLEES,
  HOLE,
  IMPLICIT_FLOW_APIS,
  IMPLICIT_ONLY_MODULE_NAMES,
  IMPLICIT_ONLY_MODULES,
  KEYCLOAK_FLOW_KEY,
  KEYCLOAK_INIT_KEYS,
  KEYCLOAK_INIT_METHOD,
  KEYCLOAK_INIT_OPTIONS_KEY,
  KEYCLOAK_INIT_OPTIONS_TYPE,
  KEYCLOAK_TOKEN_FLOWS,
  MSAL_V1_CLIENT,
  MSAL_V1_MODULE,
  MSAL_V1_GLOBAL,
  OAUTH_CALLEES,
  OAUTH_CONTEXT_KEYS,
  OAUTH_OPTION_TYPES,
  OAUTH_RESPONSE_TYPE_KEY,
  QUERY_SETTERS,
  RESPONSE_TYPES_KEYS,
  RESPONSE_TYPE_KEYS,
  WINDOW_GLOBALS,
  angularOAuthFallbackResponseType,
  findImplicitResponseTypeParameters,
  isCompoundResponseType,
  isImplicitResponseType,
  isKeycloakOptionsName,
  isOAuthReceiverName,
  type ImplicitApi,
} from '../models/implicit-flow';
import { AST_NODE_TYPES, isTypeScriptWrapper, outermostTypeScriptWrapper, unwrapTypeScript } from '../utils/ast';
import { createRule } from '../utils/create-rule';
import { getModuleImports, mentionsModule } from '../utils/module-imports';
import { getApiReferences, mayHoldDynamicImport, mentionsApiModule } from '../utils/module-tracker';
import { getPropertyKey, readOptionsObject } from '../utils/options-object';
import { getStatic, getStaticString, rootScope } from '../utils/static-value';
import { fileMayHoldName, textHolds, textMayHoldEscape } from '../utils/text-gate';

export type Options = [];
export type MessageIds =
  | 'implicitResponseType'
  | 'implicitKeycloakFlow'
  | 'implicitByDefault'
  | 'implicitOnlyLibrary'
  | 'implicitOnlyClient'
  | 'legacyMsalAngular';

type Scope = TSESLint.Scope.Scope;

const MSAL_V1_REPLACEMENT = '`PublicClientApplication` from @azure/msal-browser';
const FOR_ROOT_LABEL = 'MsalModule.forRoot(configuration)';
const MAX_VALUE_LABEL = 40;
/** What a string holding an OAuth authorization URL's response type contains. */
const RESPONSE_TYPE_QUERY = 'response_type=';

/** The names of the `response_type` options (the list forms hold them: `response_types`, `responseTypes`). */
const RESPONSE_TYPE_NAMES: readonly string[] = [...RESPONSE_TYPE_KEYS];
/** keycloak-js `flow` values that send a token response type. */
const KEYCLOAK_TOKEN_FLOW_NAMES: readonly string[] = [...KEYCLOAK_TOKEN_FLOWS.keys()];
const KEYCLOAK_FLOW_KEY_NAMES: readonly string[] = [KEYCLOAK_FLOW_KEY];
const AUTH_CONFIG_TYPE_NAMES: readonly string[] = [ANGULAR_OAUTH_CONFIG_TYPE];
const AUTH_CONFIG_MODULE_NAMES: readonly string[] = [ANGULAR_OAUTH_MODULE];
const SCRIPT_CLIENT_NAMES: readonly string[] = [MSAL_V1_CLIENT, ADAL_GLOBAL_CLIENT];
/** How every escape in an identifier starts: `\u0041`, `\u{41}` (no other escape is allowed in a name). */
const IDENTIFIER_ESCAPE = '\\u';
/**
 * Parts that the modules of `IMPLICIT_FLOW_APIS` and `IMPLICIT_ONLY_MODULE_NAMES` hold: `msal` (`msal`,
 * `@azure/msal-angular`, `react-aad-msal`, `vue-msal`, `@azure/msal-angularjs`), `adal` (`adal-angular`, `react-adal`,
 * `adal-vanilla`) and `angular-oauth2-oidc`, and any module none of them covers.
 */
const LIBRARY_PARTS: readonly string[] = ['msal', 'adal', ANGULAR_OAUTH_MODULE];
const LIBRARY_NEEDLES: readonly string[] = [
  ...LIBRARY_PARTS,
  ...new Set(
    [...IMPLICIT_FLOW_APIS.map((api) => api.module), ...IMPLICIT_ONLY_MODULE_NAMES].filter((module) => !LIBRARY_PARTS.some((part) => module.includes(part))),
  ),
];

/** The key of an object property, cheapest form first; `null` when it is dynamic. */
function propertyKey(property: TSESTree.Property, scope: () => Scope): string | null {
  if (!property.computed) {
    if (property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
    if (typeof property.key.value === 'string') return property.key.value;
  }
  return getPropertyKey(property, scope());
}

/** The key of an object property as written (an identifier or a string), without a scope; `null` for a computed key. */
function writtenKey(property: TSESTree.Property): string | null {
  if (property.computed) return null;
  if (property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
  // A number key (`1: x`) is the only other kind, and names none of the keys this rule reads.
  return typeof property.key.value === 'string' ? property.key.value : null;
}

/** `f` for `f(...)`, `new f(...)`, `a.b.f(...)`; `null` for computed callees. */
function calleeName(callee: TSESTree.Node): string | null {
  const target = unwrapTypeScript(callee);
  if (target.type === AST_NODE_TYPES.Identifier) return target.name;
  if (target.type === AST_NODE_TYPES.MemberExpression && !target.computed && target.property.type === AST_NODE_TYPES.Identifier) {
    return target.property.name;
  }
  return null;
}

/** The name of a type reference (`AuthConfig`, `oauth.AuthConfig` → `AuthConfig`) and its leftmost identifier. */
function typeReferenceName(annotation: TSESTree.TypeNode | undefined): { name: string; node: TSESTree.Identifier; root: TSESTree.Identifier } | null {
  if (annotation?.type !== AST_NODE_TYPES.TSTypeReference) return null;
  const typeName = annotation.typeName;
  if (typeName.type === AST_NODE_TYPES.Identifier) return { name: typeName.name, node: typeName, root: typeName };
  if (typeName.type === AST_NODE_TYPES.TSQualifiedName && typeName.left.type === AST_NODE_TYPES.Identifier) {
    return { name: typeName.right.name, node: typeName.right, root: typeName.left };
  }
  return null;
}

/** Where an object literal is declared with a type: `const x: T = {}`, `x: T = {}` in a class, `{} as T`, `{} satisfies T`. */
function declaredType(object: TSESTree.Node): ReturnType<typeof typeReferenceName> {
  let current: TSESTree.Node = object;
  let parent = current.parent;
  while (
    parent?.type === AST_NODE_TYPES.TSAsExpression ||
    parent?.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    parent?.type === AST_NODE_TYPES.TSNonNullExpression
  ) {
    if (parent.type !== AST_NODE_TYPES.TSNonNullExpression) {
      const found = typeReferenceName(parent.typeAnnotation);
      if (found) return found;
    }
    current = parent;
    parent = current.parent;
  }
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === current) return typeReferenceName(parent.id.typeAnnotation?.typeAnnotation);
  if (parent?.type === AST_NODE_TYPES.PropertyDefinition && parent.value === current) return typeReferenceName(parent.typeAnnotation?.typeAnnotation);
  return null;
}

/** The keys written in an object literal itself (spreads and dynamic keys left out). */
function literalKeys(object: TSESTree.ObjectExpression): string[] {
  const keys: string[] = [];
  for (const element of object.properties) {
    if (element.type !== AST_NODE_TYPES.Property || element.computed) continue;
    if (element.key.type === AST_NODE_TYPES.Identifier) keys.push(element.key.name);
    else if (typeof element.key.value === 'string') keys.push(element.key.value);
  }
  return keys;
}

/** The call or construction that takes `object` as an argument, through TypeScript wrappers. */
function receivingCall(object: TSESTree.Node): TSESTree.CallExpression | TSESTree.NewExpression | null {
  const outer = outermostTypeScriptWrapper(object);
  const parent = outer.parent;
  if ((parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) && parent.arguments.includes(outer as TSESTree.CallExpressionArgument)) {
    return parent;
  }
  return null;
}

/** The name of the variable an object literal initializes, if any. */
function declaredName(object: TSESTree.Node): string | null {
  const parent = outermostTypeScriptWrapper(object).parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) return parent.id.name;
  if (parent?.type === AST_NODE_TYPES.PropertyDefinition && !parent.computed && parent.key.type === AST_NODE_TYPES.Identifier) return parent.key.name;
  return null;
}

/** True when `object` configures an OAuth client: OAuth keys beside it, an OAuth call taking it, or an OAuth options type. */
function hasOAuthContext(object: TSESTree.ObjectExpression): boolean {
  if (literalKeys(object).some((key) => OAUTH_CONTEXT_KEYS.has(key))) return true;
  const call = receivingCall(object);
  const name = call ? calleeName(call.callee) : null;
  if (name !== null && OAUTH_CALLEES.has(name)) return true;
  const type = declaredType(object);
  return type !== null && OAUTH_OPTION_TYPES.has(type.name);
}

/** The JSX attribute whose `{...}` value `node` is. */
function jsxAttributeOf(node: TSESTree.Node): TSESTree.JSXAttribute | null {
  const container = outermostTypeScriptWrapper(node).parent;
  if (container?.type !== AST_NODE_TYPES.JSXExpressionContainer) return null;
  return container.parent.type === AST_NODE_TYPES.JSXAttribute ? container.parent : null;
}

function jsxAttributeName(attribute: TSESTree.JSXAttribute): string | null {
  return attribute.name.type === AST_NODE_TYPES.JSXIdentifier ? attribute.name.name : null;
}

/** True when `object` holds keycloak-js init options. */
function hasKeycloakContext(object: TSESTree.ObjectExpression, scope: () => Scope): boolean {
  if (literalKeys(object).some((key) => KEYCLOAK_INIT_KEYS.has(key))) return true;
  const call = receivingCall(object);
  if (call?.type === AST_NODE_TYPES.CallExpression && call.callee.type === AST_NODE_TYPES.MemberExpression && calleeName(call.callee) === KEYCLOAK_INIT_METHOD) {
    return true;
  }
  const outer = outermostTypeScriptWrapper(object);
  const parent = outer.parent;
  if (parent?.type === AST_NODE_TYPES.Property && parent.value === outer && propertyKey(parent, scope) === KEYCLOAK_INIT_OPTIONS_KEY) return true;
  const attribute = jsxAttributeOf(object);
  if (attribute && jsxAttributeName(attribute) === KEYCLOAK_INIT_OPTIONS_KEY) return true;
  const name = declaredName(object);
  if (name !== null && isKeycloakOptionsName(name)) return true;
  return declaredType(object)?.name === KEYCLOAK_INIT_OPTIONS_TYPE;
}

/** True when the identifier names a binding imported as `exported` from `module` (value or type import). */
function isImportOf(identifier: TSESTree.Identifier, scope: Scope, module: string, exported: string | null): boolean {
  const variable = ASTUtils.findVariable(rootScope(scope), identifier);
  const def = variable?.defs[0];
  if (variable?.defs.length !== 1 || def?.type !== TSESLint.Scope.DefinitionType.ImportBinding) return false;
  const declaration = def.parent;
  if (declaration.type !== AST_NODE_TYPES.ImportDeclaration || declaration.source.value !== module) return false;
  if (exported === null) return def.node.type === AST_NODE_TYPES.ImportNamespaceSpecifier;
  if (def.node.type !== AST_NODE_TYPES.ImportSpecifier) return false;
  const imported = def.node.imported;
  return (imported.type === AST_NODE_TYPES.Identifier ? imported.name : imported.value) === exported;
}

/** True for a global that no declaration in the file shadows (`Msal`, `AuthenticationContext` from a script tag). */
function isUndeclaredGlobal(identifier: TSESTree.Identifier, scope: Scope): boolean {
  const variable = ASTUtils.findVariable(scope, identifier);
  return !variable || variable.defs.length === 0;
}

/** `Name` or `window.Name` where `Name` is an undeclared global. */
function globalName(node: TSESTree.Node, scope: Scope): string | null {
  if (node.type === AST_NODE_TYPES.Identifier) return isUndeclaredGlobal(node, scope) ? node.name : null;
  if (
    node.type === AST_NODE_TYPES.MemberExpression &&
    !node.computed &&
    node.property.type === AST_NODE_TYPES.Identifier &&
    node.object.type === AST_NODE_TYPES.Identifier &&
    WINDOW_GLOBALS.has(node.object.name) &&
    isUndeclaredGlobal(node.object, scope)
  ) {
    return node.property.name;
  }
  return null;
}

/** One piece of a string built with `+` and templates: its text, or a hole, and whether it is written here. */
interface StringPiece {
  readonly text: string;
  /** The literal or template the text is written in, or `null` for text from elsewhere (a `const`) or a hole. */
  readonly owner: TSESTree.Node | null;
}

function expressionPiece(expression: TSESTree.Node, scope: Scope): StringPiece {
  const value = getStatic(expression, scope)?.value;
  return { text: typeof value === 'string' || typeof value === 'number' ? String(value) : HOLE, owner: null };
}

/** The pieces of a string expression, left to right. */
function stringPieces(node: TSESTree.Node, scope: Scope, out: StringPiece[]): void {
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') {
    out.push({ text: node.value, owner: node });
  } else if (node.type === AST_NODE_TYPES.TemplateLiteral) {
    node.quasis.forEach((quasi, index) => {
      out.push({ text: quasi.value.cooked ?? HOLE, owner: node });
      const expression = node.expressions[index];
      if (expression) out.push(expressionPiece(expression, scope));
    });
  } else if (node.type === AST_NODE_TYPES.BinaryExpression && node.operator === '+') {
    stringPieces(node.left, scope, out);
    stringPieces(node.right, scope, out);
  } else {
    out.push(expressionPiece(node, scope));
  }
}

/** The outermost `+` expression a string literal or template is part of, or the node itself. */
function concatenationRoot(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent?.type === AST_NODE_TYPES.BinaryExpression && current.parent.operator === '+') current = current.parent;
  return current;
}

/** True when a string is only compared (`url.includes('...')`, `expect(url).toBe('...')`, `a === '...'`), not built. */
function isComparedOnly(root: TSESTree.Node): boolean {
  const outer = outermostTypeScriptWrapper(root);
  const parent = outer.parent;
  if (!parent) return false;
  if (parent.type === AST_NODE_TYPES.BinaryExpression) return ['===', '!==', '==', '!='].includes(parent.operator);
  if (
    (parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.NewExpression) &&
    parent.arguments.includes(outer as TSESTree.CallExpressionArgument)
  ) {
    const name = calleeName(parent.callee);
    return name !== null && COMPARISON_CALLEES.has(name);
  }
  return false;
}

/** True when an object literal (or one nested in it) is only an expectation: `expect(params).toEqual({ ... })`. */
function isExpectedValue(object: TSESTree.ObjectExpression): boolean {
  let current: TSESTree.Node = object;
  for (;;) {
    const parent: TSESTree.Node | undefined = outermostTypeScriptWrapper(current).parent;
    if (parent?.type === AST_NODE_TYPES.Property && parent.parent.type === AST_NODE_TYPES.ObjectExpression) current = parent.parent;
    else if (parent?.type === AST_NODE_TYPES.ArrayExpression) current = parent;
    else return isComparedOnly(current);
  }
}

function valueLabel(value: string): string {
  const flat = value.replace(/\s+/gu, ' ').trim();
  return flat.length > MAX_VALUE_LABEL ? `${flat.slice(0, MAX_VALUE_LABEL - 1)}…` : flat;
}

export default createRule<Options, MessageIds>({
  name: 'no-implicit-flow',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow the OAuth 2.0 implicit flow, which returns access tokens in the redirect URL',
      recommended: 'recommended',
      principle: 'verify-explicitly',
      cwe: ['CWE-522', 'CWE-598'],
    },
    schema: [],
    messages: {
      implicitResponseType:
        'Response type `{{value}}` asks for the access token through the implicit flow, which returns it in the URL fragment (exposed to browser history, referrers and logs, and bound to no client); use the authorization code flow with PKCE (`code`) instead.',
      implicitKeycloakFlow:
        "keycloak-js `flow: '{{flow}}'` requests `{{responseType}}`, so the access token comes back in the URL fragment (exposed to browser history, referrers and logs, and bound to no client); use the default standard flow (authorization code) with `pkceMethod: 'S256'` instead.",
      implicitByDefault:
        "This AuthConfig leaves `responseType` unset or empty, so angular-oauth2-oidc falls back to the implicit flow (`{{responseType}}`) and receives the access token in the URL fragment (exposed to browser history, referrers and logs); set `responseType: 'code'` to use the authorization code flow with PKCE.",
      implicitOnlyLibrary:
        '`{{module}}` signs users in only with the implicit flow, which returns access tokens in the URL fragment (exposed to browser history, referrers and logs, and bound to no client); migrate to {{replacement}}, which uses the authorization code flow with PKCE.',
      implicitOnlyClient:
        '`{{client}}` ({{library}}) gets tokens with the implicit flow, which returns them in the URL fragment (exposed to browser history, referrers and logs, and bound to no client); use {{replacement}}, which uses the authorization code flow with PKCE, instead.',
      legacyMsalAngular:
        '`{{name}}` exists only in @azure/msal-angular 0.x/1.x, which runs on MSAL.js 1.x and its implicit flow (access tokens in the URL fragment, exposed to browser history, referrers and logs); upgrade to @azure/msal-angular 2+ with @azure/msal-browser, which uses the authorization code flow with PKCE.',
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;
    const reported = new Set<TSESTree.Node>();
    const visitedStrings = new Set<TSESTree.Node>();
    const checkedConfigs = new Set<TSESTree.ObjectExpression>();

    function claim(node: TSESTree.Node): boolean {
      if (reported.has(node)) return false;
      reported.add(node);
      return true;
    }

    function reportResponseType(node: TSESTree.Node, value: string): void {
      if (claim(node)) context.report({ node, messageId: 'implicitResponseType', data: { value: valueLabel(value) } });
    }

    /** `response_type` is an OAuth name anywhere; `responseType: 'token'` alone needs OAuth around it (axios has a `responseType` too). */
    function responseTypeApplies(key: string, value: string, inOAuthContext: () => boolean): boolean {
      return key === OAUTH_RESPONSE_TYPE_KEY || isCompoundResponseType(value) || inOAuthContext();
    }

    function checkResponseTypeProperty(property: TSESTree.Property, key: string, object: TSESTree.ObjectExpression): void {
      const value = getStatic(property.value, sourceCode.getScope(property))?.value;
      if (isImplicitResponseType(value) && responseTypeApplies(key, value, () => hasOAuthContext(object)) && !isExpectedValue(object)) {
        reportResponseType(property, value);
      }
    }

    function checkResponseTypesProperty(property: TSESTree.Property, object: TSESTree.ObjectExpression): void {
      if (isExpectedValue(object)) return;
      const scope = sourceCode.getScope(property);
      const list = unwrapTypeScript(property.value);
      if (list.type === AST_NODE_TYPES.ArrayExpression) {
        for (const element of list.elements) {
          if (!element || element.type === AST_NODE_TYPES.SpreadElement) continue;
          const value = getStatic(element, scope)?.value;
          if (isImplicitResponseType(value)) reportResponseType(element, value);
        }
        return;
      }
      const value = getStatic(property.value, scope)?.value;
      if (!Array.isArray(value)) return;
      const implicit = (value as unknown[]).find((item) => isImplicitResponseType(item));
      if (typeof implicit === 'string') reportResponseType(property, implicit);
    }

    function checkKeycloakFlow(property: TSESTree.Property, object: TSESTree.ObjectExpression): void {
      const flow = getStaticString(property.value, sourceCode.getScope(property));
      const responseType = flow === null ? undefined : KEYCLOAK_TOKEN_FLOWS.get(flow);
      if (flow === null || responseType === undefined || !hasKeycloakContext(object, () => sourceCode.getScope(property)) || isExpectedValue(object)) return;
      if (claim(property)) context.report({ node: property, messageId: 'implicitKeycloakFlow', data: { flow, responseType } });
    }

    /**
     * An angular-oauth2-oidc `AuthConfig` object: `responseType` unset or `''` means the implicit flow. Only a closed
     * object is judged, and not one with a `dummyClientSecret`, which is the library's password-flow setup.
     */
    function checkAngularAuthConfig(options: TSESTree.Node | undefined, reportAt: TSESTree.Node): void {
      const config = readOptionsObject(options, sourceCode.getScope(reportAt));
      if (!config?.closed || config.has(ANGULAR_OAUTH_PASSWORD_FLOW_KEY)) return;
      const responseType = config.get(ANGULAR_OAUTH_RESPONSE_TYPE_KEY);
      if (responseType && responseType.staticValue?.value !== '') return;
      const requestAccessToken = config.get(ANGULAR_OAUTH_REQUEST_ACCESS_TOKEN_KEY);
      const oidc = config.get(ANGULAR_OAUTH_OIDC_KEY);
      const fallback = angularOAuthFallbackResponseType(
        requestAccessToken ? requestAccessToken.staticValue : undefined,
        oidc ? oidc.staticValue : undefined,
      );
      if (fallback === null) return;
      const node = responseType ? responseType.node : reportAt;
      if (claim(node)) context.report({ node, messageId: 'implicitByDefault', data: { responseType: fallback } });
    }

    /**
     * What to read an `AuthConfig` literal through: the `const` holding it (so a later `config.responseType = ...`
     * opens it), the literal itself elsewhere, or nothing for a `let`/`var`, which may be reassigned.
     */
    function configSource(literal: TSESTree.ObjectExpression): TSESTree.Node | null {
      const outer = outermostTypeScriptWrapper(literal);
      const parent = outer.parent;
      if (parent?.type !== AST_NODE_TYPES.VariableDeclarator || parent.init !== outer) return literal;
      return parent.parent.kind === 'const' && parent.id.type === AST_NODE_TYPES.Identifier ? parent.id : null;
    }

    function checkTypedObject(object: TSESTree.Node | null | undefined, annotation: TSESTree.TypeNode | undefined): void {
      if (!object) return;
      const type = typeReferenceName(annotation);
      if (type?.name !== ANGULAR_OAUTH_CONFIG_TYPE) return;
      const literal = unwrapTypeScript(object);
      if (literal.type !== AST_NODE_TYPES.ObjectExpression || checkedConfigs.has(literal)) return;
      checkedConfigs.add(literal);
      const scope = sourceCode.getScope(object);
      const imported =
        type.root === type.node
          ? isImportOf(type.node, scope, ANGULAR_OAUTH_MODULE, ANGULAR_OAUTH_CONFIG_TYPE)
          : isImportOf(type.root, scope, ANGULAR_OAUTH_MODULE, null);
      const source = imported ? configSource(literal) : null;
      if (source) checkAngularAuthConfig(source, type.node);
    }

    /**
     * The type annotations an object literal is declared with, checked as `AuthConfig`s: those of the `as`/`satisfies`
     * wrappers around it and of the declarator or class field it initializes. They are read from the literal, the only
     * node they can apply to, in the order the traversal meets them (the declaration first, then the wrappers from the
     * outside in), rather than with listeners on every declarator, field and type assertion of the file.
     */
    function checkTypedDeclarations(object: TSESTree.ObjectExpression): void {
      const wrappers: (TSESTree.TSAsExpression | TSESTree.TSSatisfiesExpression)[] = [];
      let outer: TSESTree.Node = object;
      let parent: TSESTree.Node = object.parent;
      while (isTypeScriptWrapper(parent)) {
        if (parent.type === AST_NODE_TYPES.TSAsExpression || parent.type === AST_NODE_TYPES.TSSatisfiesExpression) wrappers.push(parent);
        outer = parent;
        parent = parent.parent;
      }
      if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === outer && parent.id.typeAnnotation) {
        checkTypedObject(parent.init, parent.id.typeAnnotation.typeAnnotation);
      } else if (parent.type === AST_NODE_TYPES.PropertyDefinition && parent.value === outer && parent.typeAnnotation) {
        checkTypedObject(parent.value, parent.typeAnnotation.typeAnnotation);
      }
      for (let index = wrappers.length - 1; index >= 0; index -= 1) {
        const wrapper = wrappers[index];
        if (wrapper) checkTypedObject(wrapper.expression, wrapper.typeAnnotation);
      }
    }

    function checkString(node: TSESTree.Literal | TSESTree.TemplateLiteral): void {
      const root = concatenationRoot(node);
      if (visitedStrings.has(root)) return;
      visitedStrings.add(root);
      if (isComparedOnly(root)) return;
      const pieces: StringPiece[] = [];
      stringPieces(root, sourceCode.getScope(root), pieces);
      let text = '';
      const starts: number[] = [];
      for (const piece of pieces) {
        starts.push(text.length);
        text += piece.text;
      }
      for (const parameter of findImplicitResponseTypeParameters(text)) {
        const index = starts.findLastIndex((start) => start <= parameter.start);
        const owner = pieces[index]?.owner;
        if (owner) reportResponseType(owner, parameter.value);
      }
    }

    function reportLibraries(): void {
      const references = getApiReferences(context, IMPLICIT_FLOW_APIS);
      // Library-level findings are reported once per file, at the first import.
      const candidates: { node: TSESTree.Node; module: string }[] = getModuleImports(context, IMPLICIT_ONLY_MODULE_NAMES).map((found) => ({
        node: found.source,
        module: found.module,
      }));
      const legacyExports: TSESTree.Node[] = [];
      let msalClientReported = false;
      for (const reference of references) {
        const api = reference.api as ImplicitApi;
        const node = reference.node;
        switch (api.role) {
          case 'msal-angular-export':
            legacyExports.push(node);
            break;
          case 'msal-client':
            if ((node.type === AST_NODE_TYPES.NewExpression || node.type === AST_NODE_TYPES.CallExpression) && claim(node.callee)) {
              context.report({
                node: node.callee,
                messageId: 'implicitOnlyClient',
                data: { client: MSAL_V1_CLIENT, library: 'MSAL.js 1.x', replacement: MSAL_V1_REPLACEMENT },
              });
              msalClientReported = true;
            }
            break;
          case 'msal-angular-for-root':
            if (
              node.type === AST_NODE_TYPES.CallExpression &&
              readOptionsObject(node.arguments[0], sourceCode.getScope(node)) !== null &&
              claim(node.callee)
            ) {
              context.report({ node: node.callee, messageId: 'legacyMsalAngular', data: { name: FOR_ROOT_LABEL } });
            }
            break;
          case 'angular-oauth-config':
            if (node.type === AST_NODE_TYPES.NewExpression) checkAngularAuthConfig(node.arguments[0], node.callee);
            break;
        }
      }
      // A file that builds MSAL.js 1.x's client has its finding there, with the class to use instead: its import of
      // `msal` would only say the same again.
      const libraries = msalClientReported ? candidates.filter((candidate) => IMPLICIT_ONLY_MODULES.get(candidate.module)?.module !== MSAL_V1_MODULE) : candidates;
      const first = [...libraries, ...legacyExports.map((node) => ({ node, module: null }))].sort((a, b) => a.node.range[0] - b.node.range[0])[0];
      if (!first || !claim(first.node)) return;
      if (first.module === null) {
        const name = first.node.type === AST_NODE_TYPES.ImportSpecifier ? sourceCode.getText(first.node.imported) : sourceCode.getText(first.node);
        context.report({ node: first.node, messageId: 'legacyMsalAngular', data: { name } });
        return;
      }
      const library = IMPLICIT_ONLY_MODULES.get(first.module);
      if (!library) return;
      context.report({
        node: first.node,
        messageId: 'implicitOnlyLibrary',
        data: { module: library.module, replacement: library.replacement },
      });
    }

    const listeners: TSESLint.RuleListener = {
      // The properties of an object literal, read from the object: one listener call per object instead of one per
      // property. Each check reports only the property it reads (or that property's own list entries), which no other
      // listener reports, so the order of the checks is free.
      ObjectExpression(node) {
        checkTypedDeclarations(node);
        for (const property of node.properties) {
          if (property.type !== AST_NODE_TYPES.Property) continue;
          const key = property.computed ? getPropertyKey(property, sourceCode.getScope(property)) : writtenKey(property);
          if (key === null) continue;
          if (RESPONSE_TYPE_KEYS.has(key)) checkResponseTypeProperty(property, key, node);
          else if (RESPONSE_TYPES_KEYS.has(key)) checkResponseTypesProperty(property, node);
          else if (key === KEYCLOAK_FLOW_KEY) checkKeycloakFlow(property, node);
        }
      },

      AssignmentExpression(node) {
        if (node.operator !== '=' || node.left.type !== AST_NODE_TYPES.MemberExpression) return;
        const member = node.left;
        // Cheapest test first: a written property name needs no scope.
        if (!member.computed && (member.property.type !== AST_NODE_TYPES.Identifier || !RESPONSE_TYPE_KEYS.has(member.property.name))) return;
        const scope = sourceCode.getScope(node);
        const key = getPropertyKey(member, scope);
        if (key === null || !RESPONSE_TYPE_KEYS.has(key)) return;
        const value = getStatic(node.right, scope)?.value;
        if (isImplicitResponseType(value) && responseTypeApplies(key, value, () => isOAuthReceiverName(sourceCode.getText(member.object)))) {
          reportResponseType(node, value);
        }
      },

      CallExpression(node) {
        // `params.set(…)` / `params.append(…)`: a plain member call with a written method name.
        const callee = node.callee;
        if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) return;
        if (!QUERY_SETTERS.has(callee.property.name) || node.arguments.length < 2) return;
        const keyArgument = node.arguments[0];
        const valueArgument = node.arguments[1];
        if (!valueArgument) return;
        const scope = sourceCode.getScope(node);
        if (getStaticString(keyArgument, scope) !== OAUTH_RESPONSE_TYPE_KEY) return;
        const value = getStatic(valueArgument, scope)?.value;
        if (isImplicitResponseType(value)) reportResponseType(valueArgument, value);
      },

      JSXAttribute(node) {
        const key = jsxAttributeName(node);
        if (key === null || !RESPONSE_TYPE_KEYS.has(key) || !node.value) return;
        const valueNode = node.value.type === AST_NODE_TYPES.JSXExpressionContainer ? node.value.expression : node.value;
        if (valueNode.type === AST_NODE_TYPES.JSXEmptyExpression) return;
        const value = getStatic(valueNode, sourceCode.getScope(node))?.value;
        if (!isImplicitResponseType(value)) return;
        const siblings = node.parent.attributes;
        const oauthContext = (): boolean =>
          siblings.some((attribute) => attribute.type === AST_NODE_TYPES.JSXAttribute && OAUTH_CONTEXT_KEYS.has(jsxAttributeName(attribute) ?? ''));
        if (responseTypeApplies(key, value, oauthContext)) reportResponseType(node, value);
      },

      Literal(node) {
        if (typeof node.value === 'string' && node.value.includes(RESPONSE_TYPE_QUERY)) checkString(node);
      },

      TemplateLiteral(node) {
        if (node.quasis.some((quasi) => quasi.value.cooked?.includes(RESPONSE_TYPE_QUERY) === true)) checkString(node);
      },

      NewExpression(node) {
        const callee = node.callee;
        // Cheapest test first: both clients are named as written, so a scope is needed only for those names.
        const written =
          callee.type === AST_NODE_TYPES.Identifier
            ? callee.name
            : callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier
              ? callee.property.name
              : null;
        if (written !== MSAL_V1_CLIENT && written !== ADAL_GLOBAL_CLIENT) return;
        const scope = sourceCode.getScope(node);
        if (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier) {
          // `new Msal.UserAgentApplication(config)` with MSAL.js 1.x loaded from a script tag.
          if (callee.property.name === MSAL_V1_CLIENT && globalName(callee.object, scope) === MSAL_V1_GLOBAL && claim(callee)) {
            context.report({
              node: callee,
              messageId: 'implicitOnlyClient',
              data: { client: MSAL_V1_CLIENT, library: 'MSAL.js 1.x', replacement: MSAL_V1_REPLACEMENT },
            });
            return;
          }
        }
        // `new AuthenticationContext({ clientId, ... })` with ADAL.js loaded from a script tag (adal-node's takes a URL).
        if (
          globalName(callee, scope) === ADAL_GLOBAL_CLIENT &&
          readOptionsObject(node.arguments[0], scope) !== null &&
          claim(callee)
        ) {
          context.report({
            node: callee,
            messageId: 'implicitOnlyClient',
            data: { client: ADAL_GLOBAL_CLIENT, library: 'ADAL.js', replacement: MSAL_V1_REPLACEMENT },
          });
        }
      },

      'Program:exit'() {
        reportLibraries();
      },
    };
    // File gates: each family of findings needs names the file's text holds, verbatim or through an escape (a key,
    // a written property or class name, a string's value, or the literal of a `const` that `getStatic` follows).
    // `response_type` / `responseType` (their list forms hold them) for the response-type options, assignments and
    // JSX props; the snake-case name alone for query setters (`params.set('response_type', …)`) and for strings
    // holding `response_type=`.
    const snakeResponseType = fileMayHoldName(sourceCode, [OAUTH_RESPONSE_TYPE_KEY]);
    const responseTypes = snakeResponseType || fileMayHoldName(sourceCode, RESPONSE_TYPE_NAMES);
    // keycloak-js: a `flow` key whose value is `implicit` or `hybrid`.
    const keycloakFlows = fileMayHoldName(sourceCode, KEYCLOAK_TOKEN_FLOW_NAMES) && fileMayHoldName(sourceCode, KEYCLOAK_FLOW_KEY_NAMES);
    // An object declared with angular-oauth2-oidc's `AuthConfig` type, which is imported from that module.
    const typedAuthConfigs = fileMayHoldName(sourceCode, AUTH_CONFIG_TYPE_NAMES) && fileMayHoldName(sourceCode, AUTH_CONFIG_MODULE_NAMES);
    // MSAL.js 1.x and ADAL.js clients from a script tag, named by identifiers only, whose one kind of escape is `\u`.
    const scriptClients =
      SCRIPT_CLIENT_NAMES.some((name) => textHolds(sourceCode, name)) || (textHolds(sourceCode, IDENTIFIER_ESCAPE) && textMayHoldEscape(sourceCode));
    // The libraries are found through module names: the module tracker needs one as a string token of its own, and
    // `getModuleImports` needs one verbatim in the text, where it also reads an `import x = require()` whose string is
    // spelled with an escape and an `import()` whose name a `const` computes.
    const libraries =
      LIBRARY_NEEDLES.some((needle) => textHolds(sourceCode, needle)) &&
      (mentionsApiModule(context, IMPLICIT_FLOW_APIS) ||
        mentionsModule(context, IMPLICIT_ONLY_MODULE_NAMES) ||
        textMayHoldEscape(sourceCode) ||
        mayHoldDynamicImport(context));
    if (!responseTypes && !keycloakFlows && !typedAuthConfigs) delete listeners.ObjectExpression;
    if (!responseTypes) {
      delete listeners.AssignmentExpression;
      delete listeners.JSXAttribute;
    }
    if (!snakeResponseType) {
      delete listeners.CallExpression;
      delete listeners.Literal;
      delete listeners.TemplateLiteral;
    }
    if (!scriptClients) delete listeners.NewExpression;
    if (!libraries) delete listeners['Program:exit'];
    return listeners;
  },
});
