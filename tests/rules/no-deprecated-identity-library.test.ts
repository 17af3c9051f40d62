import rule from '../../src/rules/no-deprecated-identity-library';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();

const ID = 'deprecatedIdentityLibrary' as const;

ruleTester.run('no-deprecated-identity-library', rule, {
  valid: [
    // The maintained replacements.
    `import { ConfidentialClientApplication } from '@azure/msal-node';`,
    `import { PublicClientApplication, BrowserCacheLocation } from '@azure/msal-browser';`,
    `import { MsalModule, MsalGuard } from '@azure/msal-angular';`,
    `import { MsalProvider, useMsal } from '@azure/msal-react';`,
    `const { DefaultAzureCredential } = require('@azure/identity');`,
    `import { createRemoteJWKSet, jwtVerify } from 'jose';`,
    `import passport from 'passport'; import { Strategy as JwtStrategy } from 'passport-jwt';`,
    // Names that only start like a retired package.
    `import something from 'msal-helpers';`,
    `import adal from 'adal-node-mock';`,
    `import { msal } from './auth/msal';`,
    `const adal = require('./adal-node');`,
    `import config from '@azure/msal-common';`,
    // Type-only imports load nothing at run time.
    { code: `import type { TokenResponse } from 'adal-node';`, filename: 'types.ts' },
    { code: `import { type Account, type AuthResponse } from 'msal';`, filename: 'types.ts' },
    { code: `export type { IBearerStrategyOptionWithRequest } from 'passport-azure-ad';`, filename: 'types.ts' },
    { code: `type Adal = typeof import('adal-angular');`, filename: 'types.ts' },
    { code: `import type adal = require('adal-node');`, filename: 'types.ts' },
    // Ambient declarations and mocks are not imports.
    { code: `declare module 'adal-angular' { const AuthenticationContext: unknown; export = AuthenticationContext; }`, filename: 'shims.d.ts' },
    `jest.mock('passport-azure-ad');`,
    `const packages = ['adal-node', 'msal'];`,
    // A local function called require.
    `function load(require) { return require('adal-node'); }`,
    // Module names not known statically.
    `const lib = require(process.env.AUTH_LIBRARY);`,
    // Allowed while a migration is under way.
    { code: `const { BearerStrategy } = require('passport-azure-ad');`, options: [{ allow: ['passport-azure-ad'] }] },
    { code: `import AuthenticationContext from 'adal-angular/lib/adal';`, options: [{ allow: ['adal-angular'] }] },
  ],
  invalid: [
    {
      code: `const adal = require('adal-node');`,
      errors: [{ messageId: ID, line: 1, column: 22, endColumn: 33, data: { name: 'adal-node', status: 'reached end of support in June 2023 and gets no security fixes', replacement: '`@azure/msal-node` (or `@azure/identity` for Azure SDK clients)' } }],
    },
    {
      code: `const { AuthenticationContext } = require('adal-node');\nconst context = new AuthenticationContext(authority);`,
      errors: [{ messageId: ID, line: 1, column: 43 }],
    },
    {
      code: `import { AuthenticationContext, TokenResponse } from 'adal-node';`,
      errors: [{ messageId: ID, line: 1, column: 54, endColumn: 65 }],
    },
    {
      code: `import * as adal from "adal-node";`,
      errors: [{ messageId: ID, line: 1, column: 23 }],
    },
    {
      code: `import adal = require('adal-node');\nconst context = new adal.AuthenticationContext(authority);`,
      filename: 'token.ts',
      errors: [{ messageId: ID, line: 1, column: 23 }],
    },
    {
      code: `export async function getContext(authority: string) {\n  const { AuthenticationContext } = await import('adal-node');\n  return new AuthenticationContext(authority);\n}`,
      filename: 'token.ts',
      errors: [{ messageId: ID, line: 2, column: 50 }],
    },
    {
      code: `import AuthenticationContext from 'adal-angular';\nconst authContext = new AuthenticationContext({ tenant, clientId, cacheLocation: 'sessionStorage' });`,
      errors: [{ messageId: ID, line: 1, column: 35, data: { name: 'adal-angular', status: 'reached end of support in June 2023 and gets no security fixes', replacement: '`@azure/msal-browser` (with `@azure/msal-angular` or `@azure/msal-react`)' } }],
    },
    {
      code: `import AuthenticationContext from 'adal-angular/lib/adal';`,
      errors: [{ messageId: ID, line: 1, column: 35, data: { name: 'adal-angular', status: 'reached end of support in June 2023 and gets no security fixes', replacement: '`@azure/msal-browser` (with `@azure/msal-angular` or `@azure/msal-react`)' } }],
    },
    {
      code: `import 'adal-angular/lib/adal-angular';\nangular.module('app', ['AdalAngular']);`,
      errors: [{ messageId: ID, line: 1, column: 8 }],
    },
    {
      code: `import { AdalService, AdalGuard } from 'adal-angular4';`,
      filename: 'app.module.ts',
      errors: [{ messageId: ID, line: 1, column: 40, data: { name: 'adal-angular4', status: 'wraps ADAL.js, which reached end of support in June 2023', replacement: '`@azure/msal-browser` (with `@azure/msal-angular` or `@azure/msal-react`)' } }],
    },
    {
      code: `import { AuthenticationContext, adalFetch, withAdalLogin } from 'react-adal';`,
      errors: [{ messageId: ID, line: 1, column: 65 }],
    },
    {
      code: `import { UserAgentApplication } from 'msal';\nconst app = new UserAgentApplication({ auth: { clientId } });`,
      errors: [{ messageId: ID, line: 1, column: 38, data: { name: 'msal', status: 'is MSAL.js 1.x, which only gets critical fixes and signs in with the implicit grant', replacement: '`@azure/msal-browser` (auth code flow with PKCE)' } }],
    },
    {
      code: `import * as Msal from 'msal';`,
      errors: [{ messageId: ID, line: 1, column: 23 }],
    },
    {
      code: `import { type Configuration, UserAgentApplication } from 'msal';`,
      filename: 'auth.ts',
      errors: [{ messageId: ID, line: 1, column: 58 }],
    },
    {
      code: `import { AzureAD, MsalAuthProvider, LoginType } from 'react-aad-msal';`,
      errors: [{ messageId: ID, line: 1, column: 54, data: { name: 'react-aad-msal', status: 'wraps MSAL.js 1.x, which only gets critical fixes and signs in with the implicit grant', replacement: '`@azure/msal-browser` with `@azure/msal-react` or `@azure/msal-angular`' } }],
    },
    {
      code: `require('@azure/msal-angularjs');\nangular.module('app', ['MsalAngular']);`,
      errors: [{ messageId: ID, line: 1, column: 9 }],
    },
    {
      code: `const passport = require('passport');\nconst { BearerStrategy } = require('passport-azure-ad');\npassport.use(new BearerStrategy(options, verify));`,
      errors: [{ messageId: ID, line: 2, column: 36, endColumn: 55, data: { name: 'passport-azure-ad', status: 'is archived and declared deprecated by its maintainers', replacement: '`@azure/msal-node` for sign-in and a maintained JWT validator such as `jose` for bearer tokens' } }],
    },
    {
      code: `const OIDCStrategy = require('passport-azure-ad').OIDCStrategy;`,
      errors: [{ messageId: ID, line: 1, column: 30 }],
    },
    {
      code: `import { BearerStrategy, type ITokenPayload } from 'passport-azure-ad';`,
      filename: 'auth.ts',
      errors: [{ messageId: ID, line: 1, column: 52 }],
    },
    {
      code: `import * as msRestNodeAuth from '@azure/ms-rest-nodeauth';\nconst credentials = await msRestNodeAuth.loginWithServicePrincipalSecret(clientId, secret, tenantId);`,
      errors: [{ messageId: ID, line: 1, column: 33, data: { name: '@azure/ms-rest-nodeauth', status: 'only gets critical fixes and signs in through the retired ADAL', replacement: '`@azure/identity`' } }],
    },
    {
      code: `const msRestAzure = require('ms-rest-azure');\nmsRestAzure.interactiveLogin((err, credentials) => {});`,
      errors: [{ messageId: ID, line: 1, column: 29, data: { name: 'ms-rest-azure', status: 'belongs to the retired azure-sdk-for-node and signs in through the retired ADAL', replacement: '`@azure/identity`' } }],
    },
    {
      code: `export { AuthenticationContext } from 'adal-node';`,
      errors: [{ messageId: ID, line: 1, column: 39 }],
    },
    {
      code: `export * from 'msal';`,
      errors: [{ messageId: ID, line: 1, column: 15 }],
    },
    {
      // CommonJS with a declared `require`, and the module name in a constant.
      code: `const LIB = 'adal-node';\nconst adal = require(LIB);`,
      languageOptions: { parserOptions: { sourceType: 'script' }, globals: { require: 'readonly' } },
      errors: [{ messageId: ID, line: 2, column: 22, endColumn: 25 }],
    },
    {
      code: `import('msal').then(({ UserAgentApplication }) => new UserAgentApplication(config));`,
      errors: [{ messageId: ID, line: 1, column: 8 }],
    },
    {
      // Each import site is reported; an allow-list entry for another package changes nothing.
      code: `import { AuthenticationContext } from 'adal-node';\nimport { UserAgentApplication } from 'msal';`,
      options: [{ allow: ['passport-azure-ad'] }],
      errors: [
        { messageId: ID, line: 1, column: 39 },
        { messageId: ID, line: 2, column: 38 },
      ],
    },
  ],
});
