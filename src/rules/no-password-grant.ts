import type { TSESTree } from '@typescript-eslint/utils';
import { TSESLint } from '@typescript-eslint/utils';
import {
  AUTH0_JS_MARKER,
  AUTH0_MARKER,
  AUTH0_PASSWORD_METHODS,
  CAMEL_GRANT_TYPE_KEY,
  CLIENT_OAUTH2_MARKERS,
  CLIENT_OAUTH2_OWNER_PROPERTY,
  COGNITO_FLOW_KEYS,
  COGNITO_FLOW_SETTER,
  COGNITO_PASSWORD_FLOWS,
  CREDENTIAL_KEYS,
  GET_TOKEN_METHOD,
  GRANT_TYPE_KEY,
  OWNER_PASSWORD_PROPERTY,
  PARAMETER_SETTERS,
  PASSWORD_GRANT_APIS,
  UNIQUE_PASSWORD_METHODS,
  USERNAME_PASSWORD_CREDENTIAL,
  hasPasswordGrantParameter,
  isPasswordGrantType,
  type PasswordGrantApi,
} from '../models/password-grant';
import { AST_NODE_TYPES, outermostTypeScriptWrapper, unwrapTypeScript } from '../utils/ast';
import { createRule } from '../utils/create-rule';
import { getApiCalls } from '../utils/module-tracker';
import { getPropertyKey, readOptionsObject } from '../utils/options-object';
import { getStaticString } from '../utils/static-value';
import { textHolds } from '../utils/text-gate';

export type Options = [
  {
    /** Also report the Amazon Cognito flows that send the plain password. */
    cognitoPasswordFlows?: boolean;
  },
];
export type MessageIds = 'passwordGrant' | 'cognitoPasswordFlow';

type Scope = TSESLint.Scope.Scope;

/** Text that every file with a finding contains; a file without any of it is skipped. */
const FILE_MARKERS: readonly string[] = [
  'password',
  'Password',
  'PASSWORD',
  'ADMIN_NO_SRP_AUTH',
  'loginWithDefaultDirectory',
  'loginWithResourceOwner',
  AUTH0_JS_MARKER,
  ...CLIENT_OAUTH2_MARKERS,
];

/** How far a token-request object is followed through `const`s to the call it is handed to. */
const MAX_FLOW_DEPTH = 3;

const AUTH0_PATTERN = new RegExp(AUTH0_MARKER, 'iu');

/** Stands for an interpolated value in a template literal; it never completes a known parameter. */
const UNKNOWN_TEXT = '\u0000';

/** The name of a method call's property, also when written as a string (`client['acquireToken…']`). */
function methodName(call: TSESTree.CallExpression): string | null {
  const callee = call.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  if (!callee.computed) return callee.property.type === AST_NODE_TYPES.Identifier ? callee.property.name : null;
  return callee.property.type === AST_NODE_TYPES.Literal && typeof callee.property.value === 'string' ? callee.property.value : null;
}

/** The name `x.name` or a bare `name` reads, for the receiver of a method call. */
function receiverName(node: TSESTree.Node): { name: string; node: TSESTree.Node } | null {
  const target = unwrapTypeScript(node);
  if (target.type === AST_NODE_TYPES.Identifier) return { name: target.name, node: target };
  if (target.type === AST_NODE_TYPES.MemberExpression && !target.computed && target.property.type === AST_NODE_TYPES.Identifier) {
    return { name: target.property.name, node: target.property };
  }
  return null;
}

/** The name of a non-computed key: `{ grant_type: … }`, `{ 'grant_type': … }`, `x.grant_type`. */
function staticKeyName(key: TSESTree.Node): string | null {
  if (key.type === AST_NODE_TYPES.Identifier) return key.name;
  return key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string' ? key.value : null;
}

/** The node to report for a call or construction: the property of a member callee, else the callee. */
function calleeNode(node: TSESTree.CallExpression | TSESTree.NewExpression): TSESTree.Node {
  const callee = unwrapTypeScript(node.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression ? callee.property : callee;
}

/** A Cognito password flow selected by `value`: a string, or an enum member such as `AuthFlowType.USER_PASSWORD_AUTH`. */
function cognitoFlow(value: TSESTree.Node, scope: Scope): string | null {
  const text = getStaticString(value, scope);
  if (text !== null) return COGNITO_PASSWORD_FLOWS.has(text) ? text : null;
  const target = unwrapTypeScript(value);
  if (target.type !== AST_NODE_TYPES.MemberExpression) return null;
  const name = getPropertyKey(target, scope);
  return name !== null && COGNITO_PASSWORD_FLOWS.has(name) ? name : null;
}

/** A template literal read as one string, each `${…}` standing for unknown text. */
function templateText(node: TSESTree.TemplateLiteral): string | null {
  let text = '';
  for (const [index, quasi] of node.quasis.entries()) {
    if (quasi.value.cooked === null) return null;
    if (index > 0) text += UNKNOWN_TEXT;
    text += quasi.value.cooked;
  }
  return text;
}

/** True for a class or function declared in this file under that name: not the library's class. */
function isLocalDeclaration(identifier: TSESTree.Identifier, scope: Scope): boolean {
  let current: Scope | null = scope;
  while (current) {
    const variable = current.set.get(identifier.name);
    if (variable) {
      return variable.defs.some(
        (def) => def.type === TSESLint.Scope.DefinitionType.ClassName || def.type === TSESLint.Scope.DefinitionType.FunctionName,
      );
    }
    current = current.upper;
  }
  return false;
}

export default createRule<Options, MessageIds>({
  name: 'no-password-grant',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow the OAuth resource owner password grant and other flows that send the user\'s password through the app',
      recommended: 'recommended',
      principle: 'verify-explicitly',
      cwe: ['CWE-522', 'CWE-308'],
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          cognitoPasswordFlows: {
            type: 'boolean',
            description:
              'Also report the Amazon Cognito sign-in flows `USER_PASSWORD_AUTH`, `ADMIN_USER_PASSWORD_AUTH` and `ADMIN_NO_SRP_AUTH`, which send the plain password instead of an SRP proof.',
          },
        },
      },
    ],
    messages: {
      passwordGrant:
        '`{{api}}` uses the resource owner password grant, which hands the user\'s password to this code, cannot satisfy MFA or Conditional Access, and is deprecated; sign users in with authorization code + PKCE (or device code on devices without a browser), and give services a managed identity, certificate or federated credential instead.',
      cognitoPasswordFlow:
        '`{{flow}}` sends the user\'s plain password through this code to Cognito instead of an SRP proof; use `USER_SRP_AUTH`, or the hosted UI with authorization code + PKCE, instead.',
    },
    defaultOptions: [{ cognitoPasswordFlows: true }],
  },
  create(context, [{ cognitoPasswordFlows }]) {
    const sourceCode = context.sourceCode;
    const text = sourceCode.text;
    if (!FILE_MARKERS.some((marker) => textHolds(sourceCode, marker))) return {};

    const reported = new Set<TSESTree.Node>();
    let namesAuth0: boolean | undefined;
    let namesClientOAuth2: boolean | undefined;

    function reportGrant(node: TSESTree.Node, api: string): void {
      if (reported.has(node)) return;
      reported.add(node);
      context.report({ node, messageId: 'passwordGrant', data: { api } });
    }

    function reportCognito(node: TSESTree.Node, flow: string): void {
      if (!cognitoPasswordFlows || reported.has(node)) return;
      reported.add(node);
      context.report({ node, messageId: 'cognitoPasswordFlow', data: { flow } });
    }

    /**
     * True when `node` (an object, or a variable holding one) is handed to a call or construction, directly or as
     * part of a bigger argument (`qs.stringify(body)`, `new URLSearchParams({...})`, `fetch(url, { body: ... })`),
     * or is spread into an object that carries the user's credentials (`{ ...base, username, password }`).
     */
    function flowsIntoRequest(node: TSESTree.Node, depth: number): boolean {
      let current = outermostTypeScriptWrapper(node);
      for (;;) {
        const parent = current.parent;
        if (!parent) return false;
        switch (parent.type) {
          case AST_NODE_TYPES.CallExpression:
          case AST_NODE_TYPES.NewExpression:
            return parent.arguments.includes(current as TSESTree.CallExpressionArgument);
          case AST_NODE_TYPES.Property:
            if (parent.value !== current || parent.parent.type !== AST_NODE_TYPES.ObjectExpression) return false;
            current = outermostTypeScriptWrapper(parent.parent);
            break;
          case AST_NODE_TYPES.SpreadElement:
            if (parent.parent.type !== AST_NODE_TYPES.ObjectExpression) return false;
            if (hasCredentialKey(parent.parent, sourceCode.getScope(parent.parent))) return true;
            current = outermostTypeScriptWrapper(parent.parent);
            break;
          case AST_NODE_TYPES.ConditionalExpression:
          case AST_NODE_TYPES.LogicalExpression:
            if (parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test === current) return false;
            current = outermostTypeScriptWrapper(parent);
            break;
          case AST_NODE_TYPES.VariableDeclarator: {
            if (parent.init !== current || parent.id.type !== AST_NODE_TYPES.Identifier || depth >= MAX_FLOW_DEPTH) return false;
            return sourceCode
              .getDeclaredVariables(parent)
              .some((variable) =>
                variable.references.some((reference) => reference.isRead() && flowsIntoRequest(reference.identifier, depth + 1)),
              );
          }
          default:
            return false;
        }
      }
    }

    function hasCredentialKey(object: TSESTree.ObjectExpression, scope: Scope): boolean {
      const options = readOptionsObject(object, scope);
      return options !== null && CREDENTIAL_KEYS.some((key) => options.has(key));
    }

    function checkGrantTypeProperty(node: TSESTree.Property, key: string, scope: Scope): void {
      const value = getStaticString(node.value, scope);
      if (!isPasswordGrantType(value)) return;
      const object = node.parent as TSESTree.ObjectExpression;
      // `grant_type` is OAuth's own parameter name; `grantType` is generic enough to need the credentials beside it.
      if (hasCredentialKey(object, scope) || (key === GRANT_TYPE_KEY && flowsIntoRequest(object, 0))) {
        reportGrant(node, `${key}: '${value}'`);
      }
    }

    function checkTrackedApis(): void {
      for (const reference of getApiCalls(context, PASSWORD_GRANT_APIS)) {
        const api = reference.api as PasswordGrantApi;
        const call = reference.node;
        if (api.report === 'method') {
          if (reference.kind === 'instance-call' && reference.method) reportGrant(calleeNode(call), `${reference.method}()`);
        } else if (api.report === 'callee') {
          reportGrant(calleeNode(call), call.type === AST_NODE_TYPES.NewExpression ? `new ${api.label}()` : `${api.label}()`);
        } else {
          const scope = sourceCode.getScope(call);
          for (const argument of call.arguments) {
            const value = getStaticString(argument, scope);
            if (isPasswordGrantType(value)) reportGrant(argument, `${api.label}(…, '${value}')`);
          }
        }
      }
    }

    function checkMethodCall(node: TSESTree.CallExpression, name: string, callee: TSESTree.MemberExpression): void {
      if (UNIQUE_PASSWORD_METHODS.has(name)) {
        reportGrant(callee.property, `${name}()`);
        return;
      }
      if (AUTH0_PASSWORD_METHODS.has(name)) {
        namesAuth0 ??= AUTH0_PATTERN.test(text);
        if (namesAuth0) reportGrant(callee.property, `${name}()`);
        return;
      }
      const scope = sourceCode.getScope(node);
      if (name === GET_TOKEN_METHOD) {
        // simple-oauth2 1–3: `oauth2.ownerPassword.getToken(...)`; client-oauth2: `auth.owner.getToken(user, pass)`.
        const receiver = receiverName(callee.object);
        if (receiver?.name === OWNER_PASSWORD_PROPERTY) {
          reportGrant(receiver.node, `${OWNER_PASSWORD_PROPERTY}.getToken()`);
        } else if (receiver?.name === CLIENT_OAUTH2_OWNER_PROPERTY && receiver.node !== callee.object) {
          namesClientOAuth2 ??= CLIENT_OAUTH2_MARKERS.some((marker) => textHolds(sourceCode, marker));
          if (namesClientOAuth2) reportGrant(receiver.node, `${CLIENT_OAUTH2_OWNER_PROPERTY}.getToken()`);
        }
        return;
      }
      if (name === 'login') {
        // auth0-js: `webAuth.client.login({ realm, username, password })` is the password-realm grant.
        const receiver = receiverName(callee.object);
        if (receiver?.name === 'client' && receiver.node !== callee.object && textHolds(sourceCode, AUTH0_JS_MARKER)) {
          reportGrant(callee.property, 'client.login()');
        }
        return;
      }
      if (name === COGNITO_FLOW_SETTER) {
        const [argument] = node.arguments;
        const flow = argument ? cognitoFlow(argument, scope) : null;
        if (argument && flow !== null) reportCognito(argument, flow);
        return;
      }
      if (PARAMETER_SETTERS.has(name) && node.arguments.length === 2) {
        // `params.append('grant_type', 'password')` on URLSearchParams or FormData.
        const [keyArgument, valueArgument] = node.arguments;
        if (getStaticString(keyArgument, scope) !== GRANT_TYPE_KEY || !valueArgument) return;
        const value = getStaticString(valueArgument, scope);
        if (isPasswordGrantType(value)) reportGrant(valueArgument, `${name}('${GRANT_TYPE_KEY}', '${value}')`);
      }
    }

    return {
      Property(node) {
        if (node.parent.type !== AST_NODE_TYPES.ObjectExpression) return;
        // Cheapest test first: plain identifier and string keys are the common case.
        const key = !node.computed ? staticKeyName(node.key) : getPropertyKey(node, sourceCode.getScope(node));
        if (key === GRANT_TYPE_KEY || key === CAMEL_GRANT_TYPE_KEY) {
          checkGrantTypeProperty(node, key, sourceCode.getScope(node));
        } else if (key !== null && COGNITO_FLOW_KEYS.has(key) && cognitoPasswordFlows) {
          const flow = cognitoFlow(node.value, sourceCode.getScope(node));
          if (flow !== null) reportCognito(node, flow);
        }
      },

      AssignmentExpression(node) {
        // `body.grant_type = 'password'`, `params.AuthFlow = 'USER_PASSWORD_AUTH'`
        if (node.operator !== '=' || node.left.type !== AST_NODE_TYPES.MemberExpression) return;
        const left = node.left;
        const key = !left.computed ? staticKeyName(left.property) : getPropertyKey(left, sourceCode.getScope(node));
        if (key !== GRANT_TYPE_KEY && (key === null || !COGNITO_FLOW_KEYS.has(key))) return;
        const scope = sourceCode.getScope(node);
        if (key === GRANT_TYPE_KEY) {
          const value = getStaticString(node.right, scope);
          if (isPasswordGrantType(value)) reportGrant(node, `${key} = '${value}'`);
        } else if (cognitoPasswordFlows) {
          const flow = cognitoFlow(node.right, scope);
          if (flow !== null) reportCognito(node, flow);
        }
      },

      CallExpression(node) {
        const name = methodName(node);
        if (name !== null) checkMethodCall(node, name, node.callee as TSESTree.MemberExpression);
      },

      NewExpression(node) {
        // `new UsernamePasswordCredential(...)` with the class imported through another module (a re-export).
        const callee = unwrapTypeScript(node.callee);
        const name = receiverName(callee);
        if (name?.name !== USERNAME_PASSWORD_CREDENTIAL) return;
        if (callee.type === AST_NODE_TYPES.Identifier && isLocalDeclaration(callee, sourceCode.getScope(node))) return;
        reportGrant(calleeNode(node), `new ${USERNAME_PASSWORD_CREDENTIAL}()`);
      },

      ArrayExpression(node) {
        // `new URLSearchParams([['grant_type', 'password'], ...])`
        if (node.elements.length !== 2 || node.parent.type !== AST_NODE_TYPES.ArrayExpression) return;
        const [keyElement, valueElement] = node.elements;
        if (keyElement?.type !== AST_NODE_TYPES.Literal || keyElement.value !== GRANT_TYPE_KEY || !valueElement) return;
        const value = getStaticString(valueElement, sourceCode.getScope(node));
        if (isPasswordGrantType(value)) reportGrant(node, `['${GRANT_TYPE_KEY}', '${value}']`);
      },

      Literal(node) {
        // `'grant_type=password&username=…'`; the message never quotes the string, which may hold the password.
        if (typeof node.value !== 'string' || node.parent.type === AST_NODE_TYPES.TSLiteralType) return;
        if (hasPasswordGrantParameter(node.value)) reportGrant(node, `${GRANT_TYPE_KEY}=password`);
      },

      TemplateLiteral(node) {
        if (!node.quasis.some((quasi) => quasi.value.raw.includes(`${GRANT_TYPE_KEY}=`))) return;
        const joined = templateText(node);
        if (joined !== null && hasPasswordGrantParameter(joined)) reportGrant(node, `${GRANT_TYPE_KEY}=password`);
      },

      'Program:exit'() {
        checkTrackedApis();
      },
    };
  },
});
