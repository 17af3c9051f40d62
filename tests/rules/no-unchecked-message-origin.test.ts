import rule from '../../src/rules/no-unchecked-message-origin';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('no-unchecked-message-origin', rule, {
  valid: [
    // Listeners on workers, ports, sockets and channels: their messages carry no origin to check.
    `const worker = new Worker(new URL('./parse.worker.ts', import.meta.url));
worker.addEventListener('message', (event) => setResult(event.data));`,
    `worker.onmessage = (event) => setResult(event.data);`,
    `new Worker('encoder.js').onmessage = (e) => save(e.data);`,
    `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (message) => handle(message.data));`,
    `process.on('message', (msg) => run(msg.data));`,
    `const socket = new WebSocket('wss://api.example.com/live');
socket.addEventListener('message', (event) => render(JSON.parse(event.data)));`,
    `const bc = new BroadcastChannel('session');
bc.onmessage = (event) => sync(event.data);`,
    `const channel = new MessageChannel();
channel.port1.onmessage = (event) => resolve(event.data);`,
    `navigator.serviceWorker.addEventListener('message', (event) => notify(event.data));`,
    `const source = new EventSource('/events');
source.onmessage = (event) => append(event.data);`,
    // An exact origin check: a comparison, an allowlist lookup, a switch, a validating helper, a source check.
    `window.addEventListener('message', (event) => {
  if (event.origin !== 'https://checkout.example.com') return;
  apply(event.data);
});`,
    `const TRUSTED_ORIGIN = process.env.TRUSTED_ORIGIN;
window.addEventListener('message', ({ origin, data }) => {
  if (origin === TRUSTED_ORIGIN) apply(data);
});`,
    `const ALLOWED_ORIGINS = ['https://a.example.com', 'https://b.example.com'];
window.addEventListener('message', (event) => {
  if (!ALLOWED_ORIGINS.includes(event.origin)) return;
  apply(event.data);
});`,
    `const allowed = new Set(config.origins);
window.addEventListener('message', (event) => {
  if (allowed.has(event.origin)) apply(event.data);
});`,
    `window.addEventListener('message', (event) => {
  switch (event.origin) {
    case 'https://a.example.com':
      applyA(event.data);
      break;
    default:
  }
});`,
    `import { isTrustedOrigin } from './security';
window.addEventListener('message', (event) => {
  if (!isTrustedOrigin(event.origin)) return;
  apply(event.data);
});`,
    `const frame = document.getElementById('checkout') as HTMLIFrameElement;
window.addEventListener('message', (event: MessageEvent) => {
  if (event.source !== frame.contentWindow) return;
  apply(event.data);
});`,
    // Anchored regular expressions, a dotted suffix and a prefix ending at the host are exact enough.
    `window.addEventListener('message', (e) => {
  if (!/^https:\\/\\/(app|admin)\\.example\\.com$/.test(e.origin)) return;
  apply(e.data);
});`,
    `window.addEventListener('message', (e) => {
  if (!e.origin.endsWith('.example.com')) return;
  apply(e.data);
});`,
    `window.addEventListener('message', (e) => {
  if (!e.origin.startsWith('https://app.example.com/')) return;
  apply(e.data);
});`,
    `window.addEventListener('message', (e) => {
  const { hostname } = new URL(e.origin);
  if (hostname !== 'app.example.com') return;
  apply(e.data);
});`,
    // A map keyed by origin, and a check in a helper of the same file.
    `const HANDLERS = { 'https://a.example.com': applyA };
window.addEventListener('message', (e) => {
  const handler = HANDLERS[e.origin];
  if (handler) handler(e.data);
});`,
    `function isSameOrigin(event) {
  return event.origin === window.location.origin;
}
window.addEventListener('message', (event) => {
  if (!isSameOrigin(event)) return;
  apply(event.data);
});`,
    // An exact check next to a scheme check.
    `window.addEventListener('message', (e) => {
  if (e.origin !== location.origin) return;
  if (!e.origin.startsWith('https')) return;
  apply(e.data);
});`,
    // Handlers that never act on the data (logging is not acting), or hand the whole event to code this rule cannot see.
    `window.addEventListener('message', (event) => console.debug(\`message: \${event.data.type}\`));`,
    `window.addEventListener('message', () => {
  refreshSession();
});`,
    `window.addEventListener('message', (event) => {
  console.log('message from', event.origin);
});`,
    `window.addEventListener('message', (event) => bus.emit('message', event));`,
    `window.addEventListener('message', this.handleMessage);`,
    // Other events.
    `window.addEventListener('click', (event) => track(event.data));`,
    // `self` bound to something else, and worker scripts (messages come from the owning page).
    `var self = this;
self.addEventListener('message', function (e) { self.queue.push(e.data); });`,
    `self.addEventListener('message', (event) => {
  const result = compute(event.data);
  self.postMessage(result);
});`,
    `/// <reference lib="webworker" />
self.onmessage = ({ data }) => transcode(data);`,
    `importScripts('/vendor/lib.js');
onmessage = (event) => process(event.data);`,
    `self.addEventListener('install', (event) => event.waitUntil(precache()));
self.addEventListener('message', (event) => {
  if (event.data === 'SKIP_WAITING') self.skipWaiting();
});`,
    // Web views whose messages come from the host application (VS Code, Figma).
    `const vscode = acquireVsCodeApi();
window.addEventListener('message', (event) => {
  const message = event.data;
  if (message.command === 'refresh') render(message.items);
});`,
    `window.onmessage = (event) => {
  const msg = event.data.pluginMessage;
  if (msg.type === 'fonts') showFonts(msg.fonts);
};`,
    // A setImmediate polyfill that accepts only its own window.
    `(function (global) {
  function onGlobalMessage(event) {
    if (event.source === global && typeof event.data === 'string') runTask(event.data);
  }
  global.addEventListener('message', onGlobalMessage, false);
})(typeof self === 'undefined' ? this : self);`,
    // postMessage with '*' of nothing secret, with an exact origin, to its own window, or one-argument worker messages.
    `window.parent.postMessage({ type: 'resize', height: document.body.scrollHeight }, '*');`,
    `window.parent.postMessage({ type: 'login', token }, 'https://app.example.com');`,
    `window.postMessage({ type: 'token', token }, '*');`,
    `worker.postMessage({ token });`,
    // Flags, error codes and constants are not secrets.
    `window.opener.postMessage({ type: 'login-result', hasToken: !!token, tokenUrl }, '*');`,
    `window.opener.postMessage({ type: 'error', code: error.code }, '*');`,
    `popup.postMessage({ status: 'ok', code: 200 }, '*');`,
    `window.opener.postMessage({ type: 'GITHUB_AUTH_SUCCESS', username, avatarUrl }, '*');`,
    `window.parent.postMessage({ type: 'signed-in', auth: { user: profile.name } }, '*');`,
    // Figma plugin UI protocol, and target origins only known at run time.
    `parent.postMessage({ pluginMessage: { type: 'save', token } }, '*');`,
    `window.opener.postMessage(payload, window.location.origin);`,
    `window.opener.postMessage({ token }, targetOrigin || '*');
`,
    // A file named as a worker script.
    {
      code: `self.addEventListener('message', (event) => convert(event.data));`,
      filename: 'src/workers/image.worker.ts',
    },
    {
      code: `addEventListener('message', (event) => respond(event.data));`,
      filename: 'public/sw.js',
    },
    // The option does not reach a window's message to itself, nor a target origin that is not '*'.
    {
      code: `window.postMessage({ type: 'ready' }, '*');
parent.postMessage({ type: 'ready' }, document.referrer);`,
      options: [{ reportAnyWildcardTarget: true }],
    },
    // A file whose only `$` opens template substitutions has no jQuery call.
    'const label = `${name}: ${count}`; emitter.on(\'message\', (e) => run(e.data));',
    // Near misses of the file gates: listeners for other events, one of them with `message` in its name.
    `window.addEventListener('resize', (event) => render(event.data)); window.onresize = (event) => render(event.data);`,
    `window.addEventListener('messageerror', (event) => report(event.data));`,
    `window.addEventListener(eventType, (event) => show(event.message, event.data));`,
  ],
  invalid: [
    // Handlers that never check the origin, in every registration form.
    {
      code: `window.addEventListener('message', (event) => {
  document.getElementById('preview').innerHTML = event.data.html;
});`,
      errors: [{ messageId: 'missingOriginCheck', data: { event: 'event' }, line: 1, column: 37, endColumn: 42 }],
    },
    {
      code: `function onMessage(e) {
  if (e.data.type === 'logout') signOut();
}
window.addEventListener('message', onMessage, false);`,
      errors: [{ messageId: 'missingOriginCheck', line: 1, column: 20, endColumn: 21 }],
    },
    {
      code: `const handleMessage = (event: MessageEvent<{ action: string }>) => {
  router.navigate(event.data.action);
};
window.addEventListener('message', handleMessage, { once: true });`,
      errors: [{ messageId: 'missingOriginCheck', line: 1, column: 24, endColumn: 29 }],
    },
    {
      code: `self.addEventListener('message', (e) => {
  store.dispatch(e.data);
});`,
      errors: [{ messageId: 'missingOriginCheck', line: 1, column: 35, endColumn: 36 }],
    },
    {
      code: `addEventListener('message', ({ data }) => apply(data));`,
      errors: [{ messageId: 'missingOriginCheck', line: 1, column: 30, endColumn: 38 }],
    },
    {
      code: `window.onmessage = function (e) {
  eval(e.data);
};`,
      errors: [{ messageId: 'missingOriginCheck', line: 1, column: 30, endColumn: 31 }],
    },
    {
      code: `globalThis.addEventListener('message', (msg) => render(msg.data));`,
      errors: [{ messageId: 'missingOriginCheck', line: 1, column: 41, endColumn: 44 }],
    },
    {
      code: `const frame = document.querySelector('iframe');
frame.contentWindow.addEventListener('message', (e) => apply(e.data));`,
      errors: [{ messageId: 'missingOriginCheck', line: 2, column: 50, endColumn: 51 }],
    },
    {
      code: `export class Bridge {
  start() {
    window.addEventListener('message', this.onMessage);
  }
  private onMessage = (event: MessageEvent) => {
    this.state = event.data;
  };
}`,
      errors: [{ messageId: 'missingOriginCheck', line: 5, column: 24, endColumn: 29 }],
    },
    {
      code: `class Bridge {
  constructor() {
    window.addEventListener('message', this.receive.bind(this));
  }
  receive(event) {
    this.emit(event.data.type, event.data.payload);
  }
}`,
      errors: [{ messageId: 'missingOriginCheck', line: 5, column: 11, endColumn: 16 }],
    },
    {
      code: `import { useCallback, useEffect } from 'react';
export function useEmbed(setConfig: (c: unknown) => void) {
  const onMessage = useCallback((event: MessageEvent) => {
    setConfig(event.data);
  }, [setConfig]);
  useEffect(() => {
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onMessage]);
}`,
      errors: [{ messageId: 'missingOriginCheck', line: 3, column: 34, endColumn: 39 }],
    },
    {
      code: `import { Component, HostListener } from '@angular/core';
@Component({ selector: 'app-embed', template: '' })
export class EmbedComponent {
  @HostListener('window:message', ['$event'])
  onMessage(event: MessageEvent) {
    this.store.dispatch(event.data);
  }
}`,
      errors: [{ messageId: 'missingOriginCheck', line: 5, column: 13, endColumn: 18 }],
    },
    {
      code: `$(window).on('message', function (e) {
  var payload = JSON.parse(e.originalEvent.data);
  show(payload);
});`,
      errors: [{ messageId: 'missingOriginCheck', line: 1, column: 35, endColumn: 36 }],
    },
    {
      code: `window.attachEvent('onmessage', function (e) {
  run(e.data);
});`,
      errors: [{ messageId: 'missingOriginCheck', line: 1, column: 43, endColumn: 44 }],
    },
    {
      code: `function handleMessage(event) {
  const { type, payload } = event.data;
  handlers[type](payload);
}
window.addEventListener('message', (event) => handleMessage(event));`,
      errors: [{ messageId: 'missingOriginCheck', line: 5, column: 37, endColumn: 42 }],
    },
    {
      code: `import { useEventListener } from 'usehooks-ts';
useEventListener('message', (event: MessageEvent) => setTheme(event.data.theme));`,
      errors: [{ messageId: 'missingOriginCheck', line: 2, column: 30, endColumn: 35 }],
    },
    // Checks of something other than the sender origin.
    {
      code: `window.addEventListener('message', (event) => {
  if (event.data.origin !== 'https://partner.example.com') return;
  apply(event.data);
});`,
      errors: [{ messageId: 'missingOriginCheck', line: 1, column: 37, endColumn: 42 }],
    },
    {
      code: `window.addEventListener('message', (event) => {
  if (!event.origin) return;
  apply(event.data);
});`,
      errors: [{ messageId: 'missingOriginCheck', line: 1, column: 37, endColumn: 42 }],
    },
    // Partial origin checks.
    {
      code: `window.addEventListener('message', (event) => {
  if (!event.origin.includes('example.com')) return;
  apply(event.data);
});`,
      errors: [{ messageId: 'partialOriginCheck', data: { check: "event.origin.includes('example.com')" }, line: 2, column: 8, endColumn: 44 }],
    },
    {
      code: `window.addEventListener('message', (e) => {
  if (e.origin.indexOf('partner.example.com') !== -1) apply(e.data);
});`,
      errors: [{ messageId: 'partialOriginCheck', line: 2, column: 7, endColumn: 46 }],
    },
    {
      code: `window.addEventListener('message', (e) => {
  if (e.origin.indexOf('https://partner.example.com') === 0) apply(e.data);
});`,
      errors: [{ messageId: 'partialOriginCheck', line: 2, column: 7, endColumn: 54 }],
    },
    {
      code: `window.addEventListener('message', ({ origin, data }) => {
  if (!origin.endsWith('example.com')) return;
  apply(data);
});`,
      errors: [{ messageId: 'partialOriginCheck', line: 2, column: 8, endColumn: 38 }],
    },
    {
      code: `window.addEventListener('message', (e) => {
  if (!e.origin.startsWith('https://app.example.com')) return;
  apply(e.data);
});`,
      errors: [{ messageId: 'partialOriginCheck', line: 2, column: 8, endColumn: 54 }],
    },
    {
      code: `const TRUSTED = /https:\\/\\/app\\.example\\.com/;
window.addEventListener('message', (e) => {
  if (TRUSTED.test(e.origin)) apply(e.data);
});`,
      errors: [{ messageId: 'partialOriginCheck', line: 3, column: 7, endColumn: 29 }],
    },
    {
      code: `window.addEventListener('message', (e) => {
  if (e.origin.match('example.com')) apply(e.data);
});`,
      errors: [{ messageId: 'partialOriginCheck', line: 2, column: 7, endColumn: 36 }],
    },
    // A partial check that widens an exact one.
    {
      code: `window.addEventListener('message', (e) => {
  if (e.origin === window.location.origin || e.origin.endsWith('partner.com')) apply(e.data);
});`,
      errors: [{ messageId: 'partialOriginCheck', line: 2, column: 46, endColumn: 78 }],
    },
    {
      code: `window.addEventListener('message', (e) => {
  if (e.origin !== window.location.origin && !e.origin.endsWith('partner.com')) return;
  apply(e.data);
});`,
      errors: [{ messageId: 'partialOriginCheck', line: 2, column: 47, endColumn: 79 }],
    },
    // A string of origins matches substrings.
    {
      code: `const ALLOWED_ORIGINS = 'https://a.example.com,https://b.example.com';
window.addEventListener('message', (e) => {
  if (!ALLOWED_ORIGINS.includes(e.origin)) return;
  apply(e.data);
});`,
      errors: [{ messageId: 'partialOriginCheck', line: 3, column: 8, endColumn: 42 }],
    },
    {
      code: `window.addEventListener('message', (event) => {
  const origin = event.origin || '';
  if (origin.includes('vidsrc') || origin.includes('vidlink')) setProgress(event.data.progress);
});`,
      errors: [{ messageId: 'partialOriginCheck', line: 3, column: 7, endColumn: 32 }, { messageId: 'partialOriginCheck', line: 3, column: 36, endColumn: 62 }],
    },
    // Secrets posted with target origin '*'.
    {
      code: `window.parent.postMessage({ type: 'login', token }, '*');`,
      errors: [{ messageId: 'sensitiveWildcardTarget', data: { name: 'token' }, line: 1, column: 53, endColumn: 56 }],
    },
    {
      code: `const params = new URLSearchParams(window.location.search);
window.opener.postMessage({ type: 'oauth-callback', code: params.get('code'), state: params.get('state') }, '*');`,
      errors: [{ messageId: 'sensitiveWildcardTarget', data: { name: 'code' }, line: 2, column: 109, endColumn: 112 }],
    },
    {
      code: `iframe.contentWindow.postMessage(accessToken, { targetOrigin: '*' });`,
      errors: [{ messageId: 'sensitiveWildcardTarget', line: 1, column: 63, endColumn: 66 }],
    },
    {
      code: `parent.postMessage(JSON.stringify({ event: 'auth', jwt: session.jwt }), '*');`,
      errors: [{ messageId: 'sensitiveWildcardTarget', line: 1, column: 73, endColumn: 76 }],
    },
    {
      code: `window.top.postMessage(localStorage.getItem('access_token'), '*');`,
      errors: [{ messageId: 'sensitiveWildcardTarget', data: { name: 'access_token' }, line: 1, column: 62, endColumn: 65 }],
    },
    {
      code: `const ANY = '*';
const reply = { kind: 'credentials', credentials: { username, password } };
window.opener.postMessage(reply, ANY);`,
      errors: [{ messageId: 'sensitiveWildcardTarget', data: { name: 'password' }, line: 3, column: 34, endColumn: 37 }],
    },
    {
      code: `window.parent.postMessage(\`session=\${sessionId}\`, '*');`,
      errors: [{ messageId: 'sensitiveWildcardTarget', line: 1, column: 51, endColumn: 54 }],
    },
    {
      code: `const popup = window.open(url);
popup.postMessage({ idToken: await auth.currentUser.getIdToken() }, '*');
`,
      errors: [{ messageId: 'sensitiveWildcardTarget', data: { name: 'idToken' }, line: 2, column: 69, endColumn: 72 }],
    },
    // The option reports every '*' target of a message to another window.
    {
      code: `iframe.contentWindow.postMessage({ type: 'theme', theme: 'dark' }, '*');`,
      options: [{ reportAnyWildcardTarget: true }],
      errors: [{ messageId: 'wildcardTarget', line: 1, column: 68, endColumn: 71 }],
    },
    {
      // Calls are looked for only in files that can name one: jQuery's `$` alone is enough, and so is an escape.
      code: `$(window).on('message', function (e) { run(e.data); });`,
      errors: [{ messageId: 'missingOriginCheck', line: 1, column: 35, endColumn: 36 }],
    },
    {
      code: `window.add\\u0045ventListener('message', (e) => { run(e.data); });`,
      errors: [{ messageId: 'missingOriginCheck', line: 1, column: 42, endColumn: 43 }],
    },
    {
      code: `const w = window; w.post\\u004Dessage({ token }, '*');`,
      errors: [{ messageId: 'sensitiveWildcardTarget', line: 1, column: 49, endColumn: 52 }],
    },
    {
      // The file gates keep names reached through constants and written as keys: an event name held in a const, and a
      // handler property read by its quoted name.
      code: `const MESSAGE_EVENT = 'message';
window.addEventListener(MESSAGE_EVENT, (event) => apply(event.data));`,
      errors: [{ messageId: 'missingOriginCheck', line: 2, column: 41, endColumn: 46 }],
    },
    {
      code: '$(window).on(`message.embed`, function (e) { apply(e.data); });',
      errors: [{ messageId: 'missingOriginCheck', line: 1, column: 41, endColumn: 42 }],
    },
    {
      code: `frame.contentWindow['onmessage'] = (event) => apply(event.data);`,
      errors: [{ messageId: 'missingOriginCheck', line: 1, column: 37, endColumn: 42 }],
    },
  ],
});
