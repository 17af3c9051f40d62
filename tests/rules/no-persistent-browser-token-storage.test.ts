import rule from '../../src/rules/no-persistent-browser-token-storage';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();

const CACHE = 'persistentTokenCache' as const;
const STORE = 'persistentTokenStore' as const;
const WRITE = 'tokenInLocalStorage' as const;
const COOKIE = 'tokenInScriptCookie' as const;
const USE = 'useNonPersistentStorage' as const;

ruleTester.run('no-persistent-browser-token-storage', rule, {
  valid: [
    // zustand stores that persist no token: session storage, a \`partialize\` that leaves the token out, options the
    // rule cannot read, and a store whose only token-named member is an action.
    {
      code: `import { create } from 'zustand';
import { persist, createJSONStorage } from 'zustand/middleware';
export const useSession = create()(persist((set) => ({ accessToken: null, setToken: (t) => set({ accessToken: t }) }), { name: 'auth', storage: createJSONStorage(() => sessionStorage) }));
export const useProfile = create()(persist((set) => ({ accessToken: null, user: null }), { name: 'profile', partialize: (state) => ({ user: state.user }) }));
export const useShared = create()(persist((set) => ({ accessToken: null }), persistOptions));
export const usePrefs = create()(persist((set) => ({ theme: 'dark', refreshToken: () => set({}) }), { name: 'prefs' }));`,
      filename: 'stores.ts',
    },
    // MSAL: the per-tab and in-memory caches.
    `import { PublicClientApplication } from '@azure/msal-browser';
     const msal = new PublicClientApplication({ auth: { clientId }, cache: { cacheLocation: 'sessionStorage' } });`,
    `import { PublicClientApplication, BrowserCacheLocation } from '@azure/msal-browser';
     const msal = new PublicClientApplication({ auth: { clientId }, cache: { cacheLocation: BrowserCacheLocation.SessionStorage } });`,
    `export const msalConfig = { auth: { clientId }, cache: { cacheLocation: BrowserCacheLocation.MemoryStorage } };`,
    // A location chosen at run time is the deployment's decision.
    `export const msalConfig = { auth: { clientId }, cache: { cacheLocation: process.env.REACT_APP_CACHE_LOCATION } };`,
    // Auth0: the in-memory default.
    `const auth0 = await createAuth0Client({ domain, clientId, cacheLocation: 'memory', useRefreshTokens: true });`,
    // Okta: per-tab storage.
    `const authClient = new OktaAuth({ issuer, clientId, tokenManager: { storage: 'sessionStorage' } });`,
    // `storage: 'localStorage'` outside Okta's tokenManager is not a token store.
    `i18n.use(LanguageDetector).init({ detection: { caches: ['localStorage'], storage: 'localStorage' } });`,
    `persistStore({ key: 'settings', storageType: 'localStorage' });`,
    // oidc-client-ts: the user in sessionStorage or memory; the transient sign-in state may use localStorage.
    `import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
     const userManager = new UserManager({ authority, client_id, redirect_uri, userStore: new WebStorageStateStore({ store: window.sessionStorage }) });`,
    `import { UserManager, WebStorageStateStore, InMemoryWebStorage } from 'oidc-client-ts';
     const userManager = new UserManager({ authority, client_id, redirect_uri, userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }) });`,
    `import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
     const userManager = new UserManager({ authority, client_id, redirect_uri, stateStore: new WebStorageStateStore({ store: window.localStorage }) });`,
    `import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
     const userManager = new UserManager({ authority, client_id, userStore: new WebStorageStateStore({ store: customStore }) });`,
    `import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
     const userManager = new UserManager({ authority, client_id, userStore: new WebStorageStateStore(storeOptions) });`,
    // Angular: session storage, or a provider for another token.
    `providers: [{ provide: OAuthStorage, useValue: sessionStorage }];`,
    `providers: [{ provide: AbstractSecurityStorage, useClass: DefaultSessionStorageService }];`,
    `providers: [{ provide: STORAGE, useValue: localStorage }];`,
    `this.oauthService.setStorage(sessionStorage);`,
    `cache.setStorage(localStorage);`,
    // sessionStorage is per tab and ends with it: not reported.
    `sessionStorage.setItem('access_token', response.accessToken);`,
    // Non-token keys and values.
    `localStorage.setItem('theme', theme);`,
    `localStorage.setItem('user', JSON.stringify(user));`,
    `localStorage.lastVisited = Date.now();`,
    // Metadata about a token, and tokens that are not credentials.
    `localStorage.setItem('token_expiry', String(expiresAt));`,
    `localStorage.setItem('tokenExpiresAt', response.expiresOn.toISOString());`,
    `localStorage.setItem('maxTokens', String(maxTokens));`,
    `localStorage.setItem('tokenUsage', JSON.stringify(usage));`,
    `localStorage.setItem('fcmToken', fcmToken);`,
    `localStorage.setItem('csrfToken', csrfToken);`,
    // Pagination cursors, cancellation and captcha tokens are no credentials.
    `localStorage.setItem('pageToken', response.nextPageToken);`,
    `localStorage.setItem('drive_sync_token', syncToken);`,
    `sessionStorage.setItem('continuationToken', page.continuationToken);`,
    `localStorage.setItem('recaptchaToken', recaptchaToken);`,
    `localStorage.setItem('designTokens', JSON.stringify(designTokens));`,
    `localStorage.setItem(TOKEN_EXPIRY_KEY, expiry);`,
    // Wallets and exchanges: crypto-currency tokens, not credentials.
    `localStorage.setItem('tokenList', JSON.stringify(tokens));`,
    `localStorage.setItem('selected', token.address);`,
    `localStorage.setItem('lastPair', JSON.stringify({ token, quote }));`,
    `localStorage.setItem('tokenId', nft.tokenId);`,
    // Constant values: clearing a key or setting a flag.
    `localStorage.setItem('token', '');`,
    `localStorage.setItem('isLoggedIn', 'true');`,
    // Reads and removals.
    `const token = localStorage.getItem('access_token');`,
    `localStorage.removeItem('access_token');`,
    `localStorage.clear();`,
    `const token = localStorage.token;`,
    // Keys and values that are not known to be tokens.
    `function save(key, value) { localStorage.setItem(key, value); }`,
    `localStorage.setItem(STORAGE_KEY, JSON.stringify(state));`,
    // Other stores: a wrapper whose backend is unknown, IndexedDB, React Native.
    `storage.setItem('access_token', token);`,
    `await localforage.setItem('access_token', token);`,
    `await AsyncStorage.setItem('access_token', token);`,
    // A local variable that only happens to be called localStorage.
    `function persist(localStorage) { localStorage.setItem('token', token); }`,
    `let localStorage = createMemoryStorage(); localStorage.setItem('token', token);`,
    // Hooks: non-token keys, and session storage hooks.
    `const [theme, setTheme] = useLocalStorage('theme', 'light');`,
    `const [token, setToken] = useSessionStorage('token', '');`,
    `const [value, setValue] = useLocalStorage({ key: 'color-scheme', defaultValue: 'dark' });`,
    // Types and destructuring are not settings.
    { code: `interface CacheOptions { cacheLocation?: 'localStorage' | 'sessionStorage' }`, filename: 'types.ts' },
    `const { cacheLocation = 'localStorage' } = options;`,
    // JSX props with safe values.
    { code: `const app = <Auth0Provider domain={domain} clientId={clientId} cacheLocation="memory">{children}</Auth0Provider>;`, filename: 'app.tsx' },
    { code: `const app = <AuthProvider {...oidcConfig} userStore={new WebStorageStateStore({ store: window.sessionStorage })}>{children}</AuthProvider>;`, filename: 'app.tsx' },
    // ---- Cookies written by script: no token in them ----
    "document.cookie = `theme=${theme}; path=/; max-age=31536000`;",
    "document.cookie = 'lang=' + locale + '; path=/';",
    // The CSRF double-submit cookie is meant to be read by script.
    "document.cookie = `XSRF-TOKEN=${csrfToken}; path=/`;",
    // Token metadata, a constant value, a name chosen at run time.
    "document.cookie = `token_expiry=${expiresAt}; path=/`;",
    "document.cookie = 'logged_in=true; path=/';",
    "document.cookie = `${name}=${value}; path=/`;",
    // Deleting the cookie.
    "document.cookie = 'access_token=; max-age=0; path=/';",
    "document.cookie = `access_token=${''}; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;",
    "document.cookie = `access_token=${token}; Max-Age=-1`;",
    // A bare `token` under a key that does not speak of sign-in.
    "document.cookie = `selected=${token}`;",
    // A local named `document`, another object's `cookie`, reading the cookie.
    "function render(document) { document.cookie = `token=${token}`; }",
    "const jar = { cookie: '' }; jar.cookie = `token=${token}`;",
    "const token = document.cookie.split('; ').find((c) => c.startsWith('token='));",
    // js-cookie: other cookies, and removing the token.
    `import Cookies from 'js-cookie';
     Cookies.set('theme', 'dark', { expires: 365 });
     Cookies.set('locale', locale);
     Cookies.remove('access_token');`,
    // A \`set\` of another library is no js-cookie.
    `import Cookies from 'universal-cookie';
     new Cookies().set('token', token, { httpOnly: true });`,
    `const Cookies = { set() {} }; Cookies.set('token', token);`,
    // Near misses of the file gates: an extra token name is compared whole, and an OAuth service's other storage.
    {
      code: `localStorage.setItem('side', side);`,
      options: [{ extraTokenNames: ['sid'] }],
    },
    `const oauthStorage = createStorage(); oauthStorage.setStorage(sessionStorage);`,
  ],
  invalid: [
    // zustand's persist middleware writes the store to localStorage unless told otherwise.
    {
      code: `import { create } from 'zustand';
import { persist } from 'zustand/middleware';
type AuthState = { accessToken: string | null; setToken: (token: string) => void };
export const useAuth = create<AuthState>()(
  persist(
    (set) => ({
      accessToken: null,
      setToken: (token) => set({ accessToken: token }),
    }),
    { name: 'auth-storage' },
  ),
);`,
      filename: 'useAuth.ts',
      errors: [{ messageId: WRITE, line: 7, column: 7, endColumn: 18, data: { name: 'accessToken' }, suggestions: [] }],
    },
    {
      // CommonJS, localStorage named explicitly, and what \`partialize\` keeps is what is written.
      code: `const { persist, createJSONStorage } = require('zustand/middleware');
const options = { name: 'auth', storage: createJSONStorage(() => window.localStorage), partialize: (state) => ({ jwt: state.jwt, user: state.user }) };
module.exports = create(persist((set) => ({ jwt: null, user: null, login: async () => set({}) }), options));`,
      errors: [{ messageId: WRITE, line: 2, column: 114, endColumn: 117, data: { name: 'jwt' }, suggestions: [] }],
    },
    // ---- MSAL ----
    {
      code: `import { PublicClientApplication } from '@azure/msal-browser';
export const msalInstance = new PublicClientApplication({
  auth: { clientId: 'b3c1', authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com' },
  cache: { cacheLocation: 'localStorage', storeAuthStateInCookie: false },
});`,
      errors: [
        {
          messageId: CACHE,
          line: 4,
          column: 27,
          endColumn: 41,
          data: { setting: "cacheLocation: 'localStorage'", library: 'MSAL.js / ADAL.js', replacement: "`'sessionStorage'`" },
          suggestions: [
            {
              messageId: USE,
              data: { replacement: "'sessionStorage'" },
              output: `import { PublicClientApplication } from '@azure/msal-browser';
export const msalInstance = new PublicClientApplication({
  auth: { clientId: 'b3c1', authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com' },
  cache: { cacheLocation: 'sessionStorage', storeAuthStateInCookie: false },
});`,
            },
          ],
        },
      ],
    },
    {
      code: `import { PublicClientApplication, BrowserCacheLocation } from '@azure/msal-browser';
const msalConfig = { auth: { clientId }, cache: { cacheLocation: BrowserCacheLocation.LocalStorage } };
export const msal = new PublicClientApplication(msalConfig);`,
      errors: [
        {
          messageId: CACHE,
          line: 2,
          column: 66,
          endColumn: 99,
          data: { setting: 'cacheLocation: BrowserCacheLocation.LocalStorage', library: 'MSAL.js', replacement: '`BrowserCacheLocation.SessionStorage`' },
          suggestions: [
            {
              messageId: USE,
              output: `import { PublicClientApplication, BrowserCacheLocation } from '@azure/msal-browser';
const msalConfig = { auth: { clientId }, cache: { cacheLocation: BrowserCacheLocation.SessionStorage } };
export const msal = new PublicClientApplication(msalConfig);`,
            },
          ],
        },
      ],
    },
    {
      // Namespace import.
      code: `import * as msal from '@azure/msal-browser';
const pca = new msal.PublicClientApplication({ auth: { clientId }, cache: { cacheLocation: msal.BrowserCacheLocation.LocalStorage } });`,
      errors: [
        {
          messageId: CACHE,
          line: 2,
          column: 92,
          suggestions: [
            {
              messageId: USE,
              output: `import * as msal from '@azure/msal-browser';
const pca = new msal.PublicClientApplication({ auth: { clientId }, cache: { cacheLocation: msal.BrowserCacheLocation.SessionStorage } });`,
            },
          ],
        },
      ],
    },
    {
      // An aliased import of the enum, found through the module tracker.
      code: `import { BrowserCacheLocation as CacheLocation } from '@azure/msal-browser';
export const cache = { cacheLocation: CacheLocation.LocalStorage };`,
      errors: [
        {
          messageId: CACHE,
          line: 2,
          column: 39,
          suggestions: [
            {
              messageId: USE,
              output: `import { BrowserCacheLocation as CacheLocation } from '@azure/msal-browser';
export const cache = { cacheLocation: CacheLocation.SessionStorage };`,
            },
          ],
        },
      ],
    },
    {
      // CommonJS, the value held in a constant: reported where it is used, no edit (the constant may serve elsewhere).
      code: `const msal = require('@azure/msal-browser');
const CACHE_LOCATION = 'localStorage';
const pca = new msal.PublicClientApplication({ auth: { clientId }, cache: { cacheLocation: CACHE_LOCATION } });`,
      errors: [{ messageId: CACHE, line: 3, column: 92, endColumn: 106, suggestions: [] }],
    },
    {
      // The IE-era sample: localStorage on one branch.
      code: `const isIE = window.navigator.userAgent.indexOf('Trident/') > -1;
export const msalConfig = { auth: { clientId }, cache: { cacheLocation: isIE ? "localStorage" : "sessionStorage", storeAuthStateInCookie: isIE } };`,
      errors: [
        {
          messageId: CACHE,
          line: 2,
          column: 80,
          endColumn: 94,
          suggestions: [
            {
              messageId: USE,
              output: `const isIE = window.navigator.userAgent.indexOf('Trident/') > -1;
export const msalConfig = { auth: { clientId }, cache: { cacheLocation: isIE ? "sessionStorage" : "sessionStorage", storeAuthStateInCookie: isIE } };`,
            },
          ],
        },
      ],
    },
    {
      // A fallback default.
      code: `export const msalConfig = { cache: { cacheLocation: process.env.CACHE_LOCATION ?? 'localStorage' } };`,
      errors: [
        {
          messageId: CACHE,
          line: 1,
          column: 83,
          suggestions: [{ messageId: USE, output: `export const msalConfig = { cache: { cacheLocation: process.env.CACHE_LOCATION ?? 'sessionStorage' } };` }],
        },
      ],
    },
    {
      // TypeScript: typed config with an `as const` literal.
      code: `import type { Configuration } from '@azure/msal-browser';
export const msalConfig: Configuration = {
  auth: { clientId: import.meta.env.VITE_CLIENT_ID },
  cache: { cacheLocation: 'localStorage' as const },
};`,
      filename: 'authConfig.ts',
      errors: [
        {
          messageId: CACHE,
          line: 4,
          column: 27,
          endColumn: 41,
          suggestions: [
            {
              messageId: USE,
              output: `import type { Configuration } from '@azure/msal-browser';
export const msalConfig: Configuration = {
  auth: { clientId: import.meta.env.VITE_CLIENT_ID },
  cache: { cacheLocation: 'sessionStorage' as const },
};`,
            },
          ],
        },
      ],
    },
    {
      // Set after the object is built.
      code: `msalConfig.cache.cacheLocation = 'localStorage';`,
      errors: [{ messageId: CACHE, line: 1, column: 34, suggestions: [{ messageId: USE, output: `msalConfig.cache.cacheLocation = 'sessionStorage';` }] }],
    },
    {
      // MSAL.js 1.x and ADAL.js take the same setting.
      code: `import AuthenticationContext from 'adal-angular';
const authContext = new AuthenticationContext({ tenant, clientId, cacheLocation: 'localStorage' });`,
      errors: [{ messageId: CACHE, line: 2, column: 82, suggestions: [{ messageId: USE, output: `import AuthenticationContext from 'adal-angular';
const authContext = new AuthenticationContext({ tenant, clientId, cacheLocation: 'sessionStorage' });` }] }],
    },
    {
      // Quoted key, template literal value.
      code: 'const config = { "cacheLocation": `localStorage` };',
      errors: [{ messageId: CACHE, line: 1, column: 35, suggestions: [{ messageId: USE, output: 'const config = { "cacheLocation": `sessionStorage` };' }] }],
    },
    // ---- Auth0 ----
    {
      code: `import { createAuth0Client } from '@auth0/auth0-spa-js';
const auth0 = await createAuth0Client({ domain, clientId, cacheLocation: 'localstorage', useRefreshTokens: true });`,
      errors: [
        {
          messageId: CACHE,
          line: 2,
          column: 74,
          endColumn: 88,
          data: { setting: "cacheLocation: 'localstorage'", library: 'Auth0 SPA SDK', replacement: "`'memory'`" },
          suggestions: [
            {
              messageId: USE,
              data: { replacement: "'memory'" },
              output: `import { createAuth0Client } from '@auth0/auth0-spa-js';
const auth0 = await createAuth0Client({ domain, clientId, cacheLocation: 'memory', useRefreshTokens: true });`,
            },
          ],
        },
      ],
    },
    {
      code: `const app = (
  <Auth0Provider domain={domain} clientId={clientId} cacheLocation="localstorage" useRefreshTokens>
    <App />
  </Auth0Provider>
);`,
      filename: 'main.tsx',
      errors: [
        {
          messageId: CACHE,
          line: 2,
          column: 68,
          suggestions: [
            {
              messageId: USE,
              output: `const app = (
  <Auth0Provider domain={domain} clientId={clientId} cacheLocation="memory" useRefreshTokens>
    <App />
  </Auth0Provider>
);`,
            },
          ],
        },
      ],
    },
    {
      code: `AuthModule.forRoot({ domain: environment.auth0.domain, clientId: environment.auth0.clientId, cacheLocation: 'localstorage' });`,
      filename: 'app.module.ts',
      errors: [{ messageId: CACHE, line: 1, column: 109, suggestions: [{ messageId: USE, output: `AuthModule.forRoot({ domain: environment.auth0.domain, clientId: environment.auth0.clientId, cacheLocation: 'memory' });` }] }],
    },
    // ---- Okta ----
    {
      code: `import { OktaAuth } from '@okta/okta-auth-js';
const oktaAuth = new OktaAuth({ issuer, clientId, redirectUri, tokenManager: { storage: 'localStorage', autoRenew: true } });`,
      errors: [
        {
          messageId: CACHE,
          line: 2,
          column: 89,
          data: { setting: "storage: 'localStorage'", library: 'Okta', replacement: "`'sessionStorage'`" },
          suggestions: [
            {
              messageId: USE,
              output: `import { OktaAuth } from '@okta/okta-auth-js';
const oktaAuth = new OktaAuth({ issuer, clientId, redirectUri, tokenManager: { storage: 'sessionStorage', autoRenew: true } });`,
            },
          ],
        },
      ],
    },
    {
      code: `const oktaAuth = new OktaAuth({ issuer, clientId, storageManager: { token: { storageType: 'localStorage' } } });`,
      errors: [{ messageId: CACHE, line: 1, column: 91, suggestions: [{ messageId: USE, output: `const oktaAuth = new OktaAuth({ issuer, clientId, storageManager: { token: { storageType: 'sessionStorage' } } });` }] }],
    },
    // ---- oidc-client / oidc-client-ts ----
    {
      code: `import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
export const userManager = new UserManager({
  authority,
  client_id: 'spa',
  redirect_uri: \`\${window.location.origin}/callback\`,
  userStore: new WebStorageStateStore({ store: window.localStorage }),
});`,
      errors: [
        {
          messageId: STORE,
          line: 6,
          column: 48,
          endColumn: 67,
          data: { replacement: '`sessionStorage` (the default) or an `InMemoryWebStorage`' },
          suggestions: [
            {
              messageId: USE,
              data: { replacement: 'sessionStorage' },
              output: `import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
export const userManager = new UserManager({
  authority,
  client_id: 'spa',
  redirect_uri: \`\${window.location.origin}/callback\`,
  userStore: new WebStorageStateStore({ store: window.sessionStorage }),
});`,
            },
          ],
        },
      ],
    },
    {
      // oidc-client 1.x, CommonJS, bare global, store object in a const.
      code: `const Oidc = require('oidc-client');
const userStore = new Oidc.WebStorageStateStore({ store: localStorage });
const mgr = new Oidc.UserManager({ authority, client_id, userStore });`,
      errors: [
        {
          messageId: STORE,
          line: 2,
          column: 58,
          suggestions: [
            {
              messageId: USE,
              output: `const Oidc = require('oidc-client');
const userStore = new Oidc.WebStorageStateStore({ store: sessionStorage });
const mgr = new Oidc.UserManager({ authority, client_id, userStore });`,
            },
          ],
        },
      ],
    },
    {
      // No `store`: WebStorageStateStore falls back to localStorage.
      code: `import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
const mgr = new UserManager({ authority, client_id, userStore: new WebStorageStateStore({ prefix: 'app.' }) });`,
      errors: [{ messageId: STORE, line: 2, column: 64, suggestions: [] }],
    },
    {
      code: `import { UserManager, WebStorageStateStore as Store } from 'oidc-client-ts';
const mgr = new UserManager({ authority, client_id, userStore: new Store() });`,
      errors: [{ messageId: STORE, line: 2, column: 64, endColumn: 75, suggestions: [] }],
    },
    {
      // react-oidc-context props.
      code: `const root = <AuthProvider authority={authority} client_id={clientId} userStore={new WebStorageStateStore({ store: window.localStorage })}><App /></AuthProvider>;`,
      filename: 'main.tsx',
      errors: [{ messageId: STORE, line: 1, column: 116, suggestions: [{ messageId: USE, output: `const root = <AuthProvider authority={authority} client_id={clientId} userStore={new WebStorageStateStore({ store: window.sessionStorage })}><App /></AuthProvider>;` }] }],
    },
    // ---- Angular ----
    {
      code: `import { OAuthStorage } from 'angular-oauth2-oidc';
export const providers = [{ provide: OAuthStorage, useValue: localStorage }];`,
      filename: 'app.config.ts',
      errors: [
        {
          messageId: STORE,
          line: 2,
          column: 62,
          endColumn: 74,
          data: { replacement: '`sessionStorage` (the library default)' },
          suggestions: [
            {
              messageId: USE,
              output: `import { OAuthStorage } from 'angular-oauth2-oidc';
export const providers = [{ provide: OAuthStorage, useValue: sessionStorage }];`,
            },
          ],
        },
      ],
    },
    {
      code: `export function storageFactory(): OAuthStorage {
  return localStorage;
}
export const providers = [{ provide: OAuthStorage, useFactory: storageFactory }];`,
      filename: 'app.config.ts',
      errors: [
        {
          messageId: STORE,
          line: 2,
          column: 10,
          suggestions: [
            {
              messageId: USE,
              output: `export function storageFactory(): OAuthStorage {
  return sessionStorage;
}
export const providers = [{ provide: OAuthStorage, useFactory: storageFactory }];`,
            },
          ],
        },
      ],
    },
    {
      code: `import { AbstractSecurityStorage, DefaultLocalStorageService } from 'angular-auth-oidc-client';
export const providers = [{ provide: AbstractSecurityStorage, useClass: DefaultLocalStorageService }];`,
      filename: 'app.config.ts',
      errors: [{ messageId: STORE, line: 2, column: 73, data: { replacement: '`DefaultSessionStorageService` (the library default)' }, suggestions: [] }],
    },
    {
      code: `class AuthService { constructor(private oauthService: OAuthService) { this.oauthService.setStorage(localStorage); } }`,
      filename: 'auth.service.ts',
      errors: [{ messageId: STORE, line: 1, column: 100, suggestions: [{ messageId: USE, output: `class AuthService { constructor(private oauthService: OAuthService) { this.oauthService.setStorage(sessionStorage); } }` }] }],
    },
    // ---- Direct writes ----
    {
      // A Facebook Page's access token is a credential, not a pagination cursor.
      code: `localStorage.setItem('pageAccessToken', page.access_token);`,
      errors: [{ messageId: WRITE, line: 1, column: 22, endColumn: 39, data: { name: 'pageAccessToken' }, suggestions: [] }],
    },
    {
      code: `localStorage.setItem('access_token', response.access_token);`,
      errors: [{ messageId: WRITE, line: 1, column: 22, endColumn: 36, data: { name: 'access_token' }, suggestions: [] }],
    },
    {
      code: `window.localStorage.setItem("id_token", idToken);`,
      errors: [{ messageId: WRITE, line: 1, column: 29, data: { name: 'id_token' }, suggestions: [] }],
    },
    {
      code: `const TOKEN_KEY = 'auth-token';
export function saveToken(token: string): void {
  window.localStorage.setItem(TOKEN_KEY, token);
}`,
      filename: 'token.service.ts',
      errors: [{ messageId: WRITE, line: 3, column: 31, endColumn: 40, data: { name: 'auth-token' }, suggestions: [] }],
    },
    {
      // The key comes from another module: judged by its name.
      code: `import { STORAGE_KEYS } from './constants';
localStorage.setItem(STORAGE_KEYS.REFRESH_TOKEN, tokens.refresh);`,
      errors: [{ messageId: WRITE, line: 2, column: 22, data: { name: 'REFRESH_TOKEN' }, suggestions: [] }],
    },
    {
      // A neutral key: judged by the value.
      code: `localStorage.setItem('session', authResult.accessToken);`,
      errors: [{ messageId: WRITE, line: 1, column: 33, endColumn: 55, data: { name: 'authResult.accessToken' }, suggestions: [] }],
    },
    {
      code: `localStorage.setItem('auth', JSON.stringify({ accessToken, refreshToken, user }));`,
      errors: [{ messageId: WRITE, line: 1, column: 47, endColumn: 58, data: { name: 'accessToken' }, suggestions: [] }],
    },
    {
      // A key that speaks of the signed-in user: any token name in the value counts.
      code: `localStorage.setItem('currentUser', JSON.stringify({ ...user, token }));`,
      errors: [{ messageId: WRITE, line: 1, column: 63, endColumn: 68, data: { name: 'token' }, suggestions: [] }],
    },
    {
      code: `async function onLogin() { localStorage.setItem(key, await getAccessTokenSilently()); }`,
      errors: [{ messageId: WRITE, line: 1, column: 60, data: { name: 'getAccessTokenSilently()' }, suggestions: [] }],
    },
    {
      code: `localStorage.setItem('jwt', \`\${data.jwt}\`);`,
      errors: [{ messageId: WRITE, line: 1, column: 22, data: { name: 'jwt' }, suggestions: [] }],
    },
    {
      code: `localStorage.token = res.data.token;`,
      errors: [{ messageId: WRITE, line: 1, column: 14, endColumn: 19, data: { name: 'token' }, suggestions: [] }],
    },
    {
      code: `localStorage['id_token'] = idToken;`,
      errors: [{ messageId: WRITE, line: 1, column: 14, endColumn: 24, data: { name: 'id_token' }, suggestions: [] }],
    },
    {
      code: `globalThis.localStorage?.setItem('bearer', bearer);`,
      errors: [{ messageId: WRITE, line: 1, column: 34, suggestions: [] }],
    },
    {
      // Through a const alias.
      code: `const storage = window.localStorage;
storage.setItem('refresh_token', tokens.refresh_token);`,
      errors: [{ messageId: WRITE, line: 2, column: 17, suggestions: [] }],
    },
    {
      // An Angular service holding an injected window.
      code: `class TokenStorage { save(token: string) { this.window.localStorage.setItem('accessToken', token); } }`,
      filename: 'token-storage.ts',
      errors: [{ messageId: WRITE, line: 1, column: 77, suggestions: [] }],
    },
    {
      code: `localStorage.setItem('sid', sessionId);`,
      options: [{ extraTokenNames: ['sid'] }],
      errors: [{ messageId: WRITE, line: 1, column: 22, data: { name: 'sid' }, suggestions: [] }],
    },
    // ---- Cookies written by script ----
    {
      code: "document.cookie = `access_token=${accessToken}; path=/; secure`;",
      errors: [{ messageId: COOKIE, line: 1, column: 35, endColumn: 46, data: { name: 'access_token' }, suggestions: [] }],
    },
    {
      code: "document.cookie = 'token=' + response.data.token + '; path=/; max-age=86400';",
      errors: [{ messageId: COOKIE, line: 1, column: 30, endColumn: 49, data: { name: 'token' }, suggestions: [] }],
    },
    {
      // The name alone does not say so; the value does.
      code: "window.document.cookie = `auth=${tokens.refreshToken}`;",
      errors: [{ messageId: COOKIE, line: 1, column: 34, endColumn: 53, data: { name: 'tokens.refreshToken' }, suggestions: [] }],
    },
    {
      code: `const JWT_COOKIE = 'jwt';
export function saveSession(jwt: string): void {
  document.cookie = JWT_COOKIE + '=' + jwt + ';path=/';
}`,
      filename: 'session.ts',
      errors: [{ messageId: COOKIE, line: 3, column: 40, endColumn: 43, data: { name: 'jwt' }, suggestions: [] }],
    },
    {
      code: "(document as Document).cookie = `id_token=Bearer ${idToken!}`;",
      filename: 'auth.ts',
      errors: [{ messageId: COOKIE, line: 1, column: 52, data: { name: 'id_token' }, suggestions: [] }],
    },
    {
      code: `import Cookies from 'js-cookie';
Cookies.set('access_token', accessToken, { expires: 7, secure: true });`,
      errors: [{ messageId: COOKIE, line: 2, column: 13, endColumn: 27, data: { name: 'access_token' }, suggestions: [] }],
    },
    {
      code: `const jsCookie = require('js-cookie');
jsCookie.set('session', response.data.accessToken);`,
      errors: [{ messageId: COOKIE, line: 2, column: 25, data: { name: 'response.data.accessToken' }, suggestions: [] }],
    },
    {
      code: `import { set as setCookie } from 'js-cookie';
const KEY = 'refresh_token';
setCookie(KEY, refreshToken);`,
      errors: [{ messageId: COOKIE, line: 3, column: 11, endColumn: 14, data: { name: 'refresh_token' }, suggestions: [] }],
    },
    // ---- Hooks ----
    {
      code: `const [token, setToken] = useLocalStorage<string | null>('access_token', null);`,
      filename: 'useAuth.ts',
      errors: [{ messageId: WRITE, line: 1, column: 58, data: { name: 'access_token' }, suggestions: [] }],
    },
    {
      code: `const [jwt, setJwt] = useLocalStorage({ key: 'jwt', defaultValue: '' });`,
      errors: [{ messageId: WRITE, line: 1, column: 46, suggestions: [] }],
    },
    {
      code: `const token = useLocalStorageState('authToken', { defaultValue: '' });`,
      errors: [{ messageId: WRITE, line: 1, column: 36, suggestions: [] }],
    },
    {
      // Calls are looked for only in files that can name them: a computed method (neither `Item` nor `Storag` written)
      // and escapes.
      code: `const store = window[['local', 'Sto', 'rage'].join('')];
const write = ['set', 'It', 'em'].join('');
store[write]('access_token', accessToken);`,
      errors: [{ messageId: WRITE, line: 3, column: 14, endColumn: 28, data: { name: 'access_token' }, suggestions: [] }],
    },
    {
      code: `window.local\\u0053torage.set\\u0049tem('id_token', idToken);`,
      errors: [{ messageId: WRITE, line: 1, column: 39, endColumn: 49, data: { name: 'id_token' }, suggestions: [] }],
    },
    // The file gates keep names reached through constants and aliases: a setting's key, a storage key, an extra token
    // name in another case, zustand's middleware imported under another name, and an OAuth service held in a const.
    {
      code: `const LOCATION = 'cacheLocation';
export const msalConfig = { auth: { clientId }, cache: { [LOCATION]: 'localStorage' } };`,
      errors: [
        {
          messageId: CACHE,
          line: 2,
          column: 70,
          data: { setting: "cacheLocation: 'localStorage'", library: 'MSAL.js / ADAL.js', replacement: "`'sessionStorage'`" },
          suggestions: [
            {
              messageId: USE,
              output: `const LOCATION = 'cacheLocation';
export const msalConfig = { auth: { clientId }, cache: { [LOCATION]: 'sessionStorage' } };`,
            },
          ],
        },
      ],
    },
    {
      code: `const KEY = 'refresh_token';
localStorage[KEY] = tokens.refresh;`,
      errors: [{ messageId: WRITE, line: 2, column: 14, endColumn: 17, data: { name: 'refresh_token' }, suggestions: [] }],
    },
    {
      code: "document.cookie = `SID=${sessionId}; path=/`;",
      options: [{ extraTokenNames: ['sid'] }],
      errors: [{ messageId: COOKIE, line: 1, column: 26, data: { name: 'SID' }, suggestions: [] }],
    },
    {
      code: `import { create } from 'zustand';
import { persist as keep } from 'zustand/middleware';
export const useAuth = create()(keep((set) => ({ idToken: null, user: null }), { name: 'auth' }));`,
      errors: [{ messageId: WRITE, line: 3, column: 50, data: { name: 'idToken' }, suggestions: [] }],
    },
    {
      code: `const oauth = inject(OAuthService);
oauth.setStorage(localStorage);`,
      filename: 'auth.config.ts',
      errors: [
        {
          messageId: STORE,
          line: 2,
          column: 18,
          suggestions: [{ messageId: USE, output: `const oauth = inject(OAuthService);
oauth.setStorage(sessionStorage);` }],
        },
      ],
    },
  ],
});
