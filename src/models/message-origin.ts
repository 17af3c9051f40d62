/**
 * Knowledge about cross-window messaging (`window.postMessage` and `message` events), with no ESLint
 * dependency: which names denote a secret worth keeping from other origins, which function names promise
 * a validation, and which globals mark a file as a worker (whose `message` events come from its own page
 * and carry no origin). How an origin comparison is judged lives in `origin-match.ts`.
 */
import { nameWords } from '../utils/name-words';


/** Words that mark a value as a credential or session secret when they end a name (`accessToken`, `password`). */
const SENSITIVE_WORDS: ReadonlySet<string> = new Set([
  'token',
  'tokens',
  'jwt',
  'jwts',
  'secret',
  'secrets',
  'password',
  'passwords',
  'passwd',
  'passphrase',
  'credential',
  'credentials',
  'cookie',
  'cookies',
  'session',
  'sessions',
  'auth',
  'authorization',
  'bearer',
  'apikey',
]);

/**
 * Words that may follow a sensitive word without changing what the value is: `tokenResponse`,
 * `sessionId`, `authData`. Any other follower names something else (`tokenUrl`, `sessionStorage`, `authProvider`).
 */
const SENSITIVE_FOLLOWERS: ReadonlySet<string> = new Set([
  'data',
  'value',
  'values',
  'string',
  'str',
  'result',
  'response',
  'payload',
  'info',
  'id',
  'header',
  'headers',
  'set',
  'pair',
  'blob',
  'raw',
  'key',
  'object',
  'obj',
  'json',
  'code',
]);

/** Two-word names whose meaning is a secret although neither word is one alone. */
const SENSITIVE_PAIRS: ReadonlySet<string> = new Set(['api key', 'private key', 'access key', 'oauth code', 'grant code', 'client secret']);

/** Leading words that make a name a flag or an action about the secret, not the secret: `hasToken`, `showPassword`. */
const FLAG_PREFIXES: ReadonlySet<string> = new Set([
  'is',
  'has',
  'have',
  'should',
  'can',
  'show',
  'hide',
  'use',
  'enable',
  'enabled',
  'disable',
  'needs',
  'need',
  'requires',
  'require',
  'with',
  'no',
  'clear',
  'remove',
  'delete',
  'reset',
  'on',
  'set',
  'save',
  'store',
  'update',
  'handle',
  'validate',
  'verify',
  'check',
]);

/**
 * True when a name denotes a credential or session secret: a sensitive word (or pair) that ends the name
 * or is followed only by words such as `data`, `id` or `response`, in a name that does not start like a
 * flag (`hasToken`) or an action (`showPassword`).
 */
export function isSensitiveName(name: string): boolean {
  const words = nameWords(name);
  const first = words[0];
  if (first === undefined || (words.length > 1 && FLAG_PREFIXES.has(first))) return false;
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] as string;
    const next = words[index + 1];
    const pair = next === undefined ? null : `${word} ${next}`;
    let end: number;
    if (pair !== null && SENSITIVE_PAIRS.has(pair)) end = index + 2;
    else if (SENSITIVE_WORDS.has(word)) end = index + 1;
    else continue;
    if (words.slice(end).every((rest) => SENSITIVE_FOLLOWERS.has(rest) || SENSITIVE_WORDS.has(rest))) return true;
  }
  return false;
}

/** The OAuth authorization `code` goes by this bare name; it is sensitive only in an OAuth context. */
export const OAUTH_CODE_NAME = 'code';

/** Words in a message type or key that put a bare `code` into an OAuth context: `{ type: 'oauth-callback', code }`. */
const OAUTH_CONTEXT_WORDS: ReadonlySet<string> = new Set([
  'oauth',
  'oauth2',
  'oidc',
  'auth',
  'authorization',
  'authorize',
  'authorized',
  'login',
  'signin',
  'sso',
  'callback',
  'state',
  'verifier',
  'redirect',
]);

/** True when a name or a static string puts a bare `code` into an OAuth context (`state`, `oauth-callback`, `login`). */
export function isOAuthContextText(text: string): boolean {
  return nameWords(text).some((word) => OAUTH_CONTEXT_WORDS.has(word));
}

/** Parts of a URL whose query string carries an OAuth `code`: `params.code`, `query.code`, `searchParams.get('code')`. */
export function isQueryHolderName(name: string): boolean {
  return nameWords(name).some((word) => word === 'query' || word === 'params' || word === 'search' || word === 'qs' || word === 'url');
}

/** Verbs and adjectives that promise a validation: `isTrustedOrigin`, `validateOrigin`, `checkSource`, `originAllowed`. */
const VALIDATOR_FIRST_WORDS: ReadonlySet<string> = new Set([
  'is',
  'has',
  'can',
  'should',
  'must',
  'assert',
  'ensure',
  'validate',
  'verify',
  'check',
  'guard',
  'allow',
  'accept',
  'trust',
  'match',
  'matches',
]);
const VALIDATOR_WORDS: ReadonlySet<string> = new Set([
  'valid',
  'validate',
  'validated',
  'validation',
  'validator',
  'verify',
  'verified',
  'check',
  'checked',
  'trusted',
  'trust',
  'allowed',
  'allow',
  'allowlist',
  'allowlisted',
  'whitelist',
  'whitelisted',
  'permitted',
  'safe',
  'authorized',
  'approved',
  'known',
  'expected',
  'accepted',
  'match',
  'matches',
  'matching',
  'same',
]);

/** True when a function name says the function decides whether a value is acceptable. */
export function isValidatorName(name: string): boolean {
  const words = nameWords(name);
  const first = words[0];
  if (first === undefined) return false;
  return VALIDATOR_FIRST_WORDS.has(first) || words.some((word) => VALIDATOR_WORDS.has(word));
}

/** String methods whose result is still the origin (or a part of it) for a later comparison. */
export const DERIVING_METHODS: ReadonlySet<string> = new Set([
  'toLowerCase',
  'toUpperCase',
  'toLocaleLowerCase',
  'toLocaleUpperCase',
  'trim',
  'trimEnd',
  'trimStart',
  'toString',
  'valueOf',
  'normalize',
  'replace',
  'replaceAll',
  'split',
  'slice',
  'substring',
  'substr',
  'at',
  'join',
  'pop',
  'shift',
  'reverse',
]);

/** Properties of a `URL` built from an origin that a check may compare. */
export const URL_PARTS: ReadonlySet<string> = new Set(['origin', 'host', 'hostname', 'protocol', 'port', 'href']);

/** Globals and type names that exist only in worker scopes, where `message` events come from the owning page. */
export const WORKER_ONLY_GLOBALS: ReadonlySet<string> = new Set([
  'importScripts',
  'WorkerGlobalScope',
  'DedicatedWorkerGlobalScope',
  'SharedWorkerGlobalScope',
  'ServiceWorkerGlobalScope',
  'clients',
  'registration',
  'skipWaiting',
  'onconnect',
]);

/** Members of `self` that exist only in worker scopes. */
export const WORKER_ONLY_SELF_MEMBERS: ReadonlySet<string> = new Set(['clients', 'registration', 'skipWaiting', 'importScripts', 'serviceWorker']);

/** Events only a service worker or shared worker global scope receives. */
export const WORKER_ONLY_EVENTS: ReadonlySet<string> = new Set([
  'install',
  'activate',
  'fetch',
  'push',
  'sync',
  'periodicsync',
  'notificationclick',
  'notificationclose',
  'connect',
  'backgroundfetchsuccess',
]);

/**
 * Globals of embedded web views whose `message` events come from the host application, never from another
 * page: a VS Code webview (`acquireVsCodeApi`) and a FiveM NUI frame (`GetParentResourceName`).
 */
export const HOST_BRIDGE_GLOBALS: ReadonlySet<string> = new Set(['acquireVsCodeApi', 'GetParentResourceName']);

/** A path that names a worker script: `worker.js`, `workers/parse.ts`, `sw.js`, `service-worker.ts`. */
export function isWorkerPath(filename: string): boolean {
  const lower = filename.toLowerCase().replaceAll('\\', '/');
  if (lower.includes('worker')) return true;
  const base = lower.slice(lower.lastIndexOf('/') + 1);
  return /^(?:[\w\-]*[\-._])?sw\.[cm]?[jt]sx?$/u.test(base);
}

/** The event name of cross-window messages. */
export const MESSAGE_EVENT = 'message';
/** The envelope of messages between a Figma plugin and its UI frame, whose only other window is the Figma host. */
export const HOST_ENVELOPE = 'pluginMessage';

/** Globals that are the window (or, for `self`, `globalThis` and `global`, possibly a worker's global scope). */
export const WINDOW_NAMES: ReadonlySet<string> = new Set(['window', 'self', 'globalThis', 'global']);
/** Names that still denote the global object when they are a (UMD wrapper's) parameter. */
export const PARAMETER_WINDOW_NAMES: ReadonlySet<string> = new Set(['window', 'global']);
/** Properties whose value is a window: `iframe.contentWindow`, `document.defaultView`, `window.parent`. */
export const WINDOW_PROPERTIES: ReadonlySet<string> = new Set(['contentWindow', 'defaultView']);
/** Properties of a window that are a window again: `window.parent`, `window.opener`. */
export const WINDOW_ALIAS_PROPERTIES: ReadonlySet<string> = new Set(['window', 'self', 'top', 'parent', 'opener']);
/** Receivers of a `postMessage` that is posted to the sender's own window: `'*'` cannot leak it to another origin. */
export const SELF_POST_NAMES: ReadonlySet<string> = new Set(['window', 'self', 'globalThis']);

/** React and utility hooks that return (a stable version of) the function they are given. */
export const CALLBACK_WRAPPERS: ReadonlySet<string> = new Set([
  'useCallback',
  'useEvent',
  'useEffectEvent',
  'useEventCallback',
  'useMemoizedFn',
  'useStableCallback',
  'useLatestCallback',
  'useCallbackRef',
  'useRefCallback',
]);
/** Hooks that listen on the window by default: `useEventListener('message', handler)`, `useWindowEvent('message', handler)`. */
export const LISTENER_HOOKS: ReadonlySet<string> = new Set(['useEventListener', 'useWindowEvent']);
/** jQuery's `$(window).on('message', handler)`: the handler gets a jQuery event whose `originalEvent` is the message. */
export const JQUERY_NAMES: ReadonlySet<string> = new Set(['$', 'jQuery']);
export const JQUERY_METHODS: ReadonlySet<string> = new Set(['on', 'one', 'bind']);
/** Calls that only log the value they are given: `console.log(event.data)`. */
export const LOGGER_OBJECTS: ReadonlySet<string> = new Set(['console', 'logger', 'log']);
export const LOGGER_METHODS: ReadonlySet<string> = new Set(['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir']);
/** Lookups on a collection that compare the whole value: `allowed.includes(origin)`, `origins.has(origin)`. */
export const COLLECTION_LOOKUPS: ReadonlySet<string> = new Set(['includes', 'indexOf', 'lastIndexOf', 'has', 'get', 'hasOwnProperty', 'hasOwn']);
/** Functions whose result is the origin string again. */
export const ORIGIN_CONVERSIONS: ReadonlySet<string> = new Set(['String', 'decodeURIComponent', 'decodeURI']);
/** Functions whose result carries their argument: `JSON.stringify({ token })`. */
export const SERIALIZERS: ReadonlySet<string> = new Set(['stringify', 'String', 'encodeURIComponent', 'encodeURI', 'btoa', 'assign', 'structuredClone', 'escape']);
/** Getters whose static string argument names what they return: `params.get('access_token')`, `localStorage.getItem('jwt')`. */
export const NAMED_GETTERS: ReadonlySet<string> = new Set(['get', 'getItem', 'getAll', 'getCookie', 'getParam', 'getParameter', 'getQueryParam', 'getQueryParameter']);
