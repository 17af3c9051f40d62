import rule from '../../src/rules/no-disabled-tls-verification';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();

const CERT = 'certificate';

ruleTester.run('no-disabled-tls-verification', rule, {
  valid: [
    // Verification on, or left at its default.
    `import https from 'node:https'; new https.Agent({ rejectUnauthorized: true, ca: caBundle });`,
    `const tls = require('tls'); tls.connect({ host, port, ca: fs.readFileSync('ca.pem') });`,
    // Values known only at run time are the deployment's decision, not a code defect.
    `axios.create({ httpsAgent: new https.Agent({ rejectUnauthorized: config.tls.verify }) });`,
    `new Pool({ ssl: { rejectUnauthorized: process.env.NODE_ENV === 'production' } });`,
    `const verify = readFlag(); new https.Agent({ rejectUnauthorized: verify });`,
    `let verify = false; verify = load(); new https.Agent({ rejectUnauthorized: verify });`,
    // Only `false` disables Node's check; `0` and `null` leave it on.
    `tls.connect({ rejectUnauthorized: 0 });`,
    // The same names in a destructuring pattern or a type are not settings.
    `const { rejectUnauthorized = false } = options;`,
    `interface TlsOptions { rejectUnauthorized: false }`,
    `type T = { tlsInsecure: true };`,
    // Secure MongoDB and mssql settings.
    `new MongoClient(uri, { tls: true, tlsAllowInvalidCertificates: false, tlsCAFile: '/etc/ca.pem' });`,
    `sql.connect({ server, options: { encrypt: true, trustServerCertificate: false } });`,
    `request({ url, strictSSL: true });`,
    // `secure: false` is a cookie flag outside http-proxy options.
    `res.cookie('theme', 'dark', { secure: false, httpOnly: false });`,
    `session({ cookie: { secure: false } });`,
    `import { createProxyMiddleware } from 'http-proxy-middleware'; createProxyMiddleware({ target, secure: true, changeOrigin: true });`,
    // `secure: false` given to an unrelated function.
    `import { createProxyMiddleware } from 'some-other-proxy'; createProxyMiddleware({ target, secure: false });`,
    // `insecure` only means TLS inside a TLS options object.
    `startServer({ insecure: true });`,
    `grpcClient({ tls: { insecure: false } });`,
    // NODE_TLS_REJECT_UNAUTHORIZED set to anything but '0'.
    `process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';`,
    `spawn('node', ['app.js'], { env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '1' } });`,
    `if (process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0') warn();`,
    // checkServerIdentity that can fail.
    `tls.connect({ checkServerIdentity: tls.checkServerIdentity });`,
    `tls.connect({ checkServerIdentity: (host, cert) => tls.checkServerIdentity(host, cert) });`,
    `tls.connect({
      checkServerIdentity(host, cert) {
        const error = tls.checkServerIdentity(host, cert);
        if (error) return error;
        if (cert.fingerprint256 !== PINNED) return new Error('certificate pin mismatch');
      },
    });`,
    `tls.connect({ checkServerIdentity: (host, cert) => { if (!pins.has(cert.fingerprint256)) throw new Error('pin'); } });`,
    `tls.connect({ checkServerIdentity: async () => undefined });`,
    // A helper that throws on a mismatch rejects the certificate.
    `tls.connect({ checkServerIdentity: (host, cert) => { assertPinned(host, cert); } });`,
    `tls.connect({ checkServerIdentity: (host, cert) => void pins.verify(cert) });`,
    `tls.connect({ checkServerIdentity: verifyHost });`,
    // Connection strings that verify.
    `new Pool({ connectionString: 'postgres://app@db.internal:5432/app?sslmode=verify-full' });`,
    `const uri = \`mongodb+srv://\${user}:\${pass}@cluster0.example.net/app?retryWrites=true&tls=true\`;`,
    `const url = 'https://example.com/?sslmode=no-verify';`,
    // Electron: rejecting, deciding per certificate, or keeping Chromium's verdict.
    `app.on('certificate-error', (event, webContents, url, error, certificate, callback) => { callback(false); });`,
    `app.on('certificate-error', (event, webContents, url, error, certificate, callback) => {
      if (certificate.fingerprint === PINNED) { event.preventDefault(); callback(true); } else { callback(false); }
    });`,
    `session.defaultSession.setCertificateVerifyProc((request, callback) => callback(-3));`,
    `session.defaultSession.setCertificateVerifyProc((request, callback) => callback(request.hostname === 'pinned.internal' && request.verificationResult === 'net::OK' ? 0 : -2));`,
    `emitter.on('certificate-error', handleError);`,
    `socket.on('data', (chunk, callback) => callback(true));`,
    // Development guards (ignored by default).
    `if (process.env.NODE_ENV === 'development') { process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; }`,
    `if (process.env.NODE_ENV !== 'production') agentOptions.rejectUnauthorized = false;`,
    `const agent = isDev ? new https.Agent({ rejectUnauthorized: false }) : new https.Agent({ ca });`,
    `const agent = config.isProduction ? new https.Agent({ ca }) : new https.Agent({ rejectUnauthorized: false });`,
    `const opts = { ...(import.meta.env.DEV && { rejectUnauthorized: false }) };`,
    `if (!isProd) { client.disableTLSCerts(); }`,
    // A method of another name.
    `agent.disableTls();`,
    `obj['disableTLSCerts']; const disableTLSCerts = 1;`,
    // Near misses of the file gates: other spellings of the settings, and a proxy module named only in a comment.
    `new https.Agent({ rejectUnauthorised: false, strictSsl: false, sslmode: 'no-verify' });`,
    `// the same options as http-proxy
const proxy = createProxyServer({ target, secure: false });`,
  ],
  invalid: [
    // Reached the hard way: each must still be read where the listeners take their shortcuts.
    {
      // `://` written with escapes: the text does not hold it verbatim.
      code: `const client = new Client({ connectionString: 'postgres:\\/\\/app@db.internal/app?sslmode=no-verify' });`,
      errors: [
        {
          messageId: 'connectionStringDisablesVerification',
          data: { parameter: 'sslmode=no-verify', replacement: 'sslmode=verify-full' },
          line: 1,
          column: 47,
          endColumn: 99,
          suggestions: [],
        },
      ],
    },
    {
      code: 'const uri = `mongodb:\\/\\/${host}/orders?tlsInsecure=true`;',
      errors: [
        {
          messageId: 'connectionStringDisablesVerification',
          data: { parameter: 'tlsInsecure=true', replacement: 'tlsInsecure=false' },
          line: 1,
          column: 41,
          endColumn: 57,
          suggestions: [{ messageId: 'useVerifyingParameter', output: 'const uri = `mongodb:\\/\\/${host}/orders?tlsInsecure=false`;' }],
        },
      ],
    },
    {
      // The parameter in another case than the gate's word (they are compared without case).
      code: "await MongoClient.connect('mongodb://db.internal:27017/app?TLSAllowInvalidCertificates=true');",
      errors: [
        {
          messageId: 'connectionStringDisablesVerification',
          data: { parameter: 'TLSAllowInvalidCertificates=true', replacement: 'TLSAllowInvalidCertificates=false' },
          line: 1,
          column: 60,
          endColumn: 92,
          suggestions: [
            { messageId: 'useVerifyingParameter', output: "await MongoClient.connect('mongodb://db.internal:27017/app?TLSAllowInvalidCertificates=false');" },
          ],
        },
      ],
    },
    {
      // Computed member names, one of them held in a const.
      code: `process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = '0';
const KEY = 'rejectUnauthorized';
agentOptions[KEY] = false;`,
      errors: [
        {
          messageId: 'environmentDisablesVerification',
          line: 1,
          column: 1,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'removeSetting',
              data: { setting: "process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = '0'" },
              output: `
const KEY = 'rejectUnauthorized';
agentOptions[KEY] = false;`,
            },
          ],
        },
        {
          messageId: 'settingDisablesVerification',
          data: { setting: 'agentOptions[KEY] = false', kind: CERT },
          line: 3,
          column: 1,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'removeSetting',
              data: { setting: 'agentOptions[KEY] = false' },
              output: `process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = '0';
const KEY = 'rejectUnauthorized';
`,
            },
          ],
        },
      ],
    },
    {
      // String and computed keys in one object.
      code: `const agent = new https.Agent({ 'rejectUnauthorized': false, ['checkServerIdentity']: () => undefined });`,
      errors: [
        {
          messageId: 'settingDisablesVerification',
          line: 1,
          column: 33,
          endColumn: 60,
          suggestions: [{ messageId: 'removeSetting', output: `const agent = new https.Agent({ ['checkServerIdentity']: () => undefined });` }],
        },
        {
          messageId: 'hostnameCheckDisabled',
          line: 1,
          column: 62,
          endColumn: 102,
          suggestions: [{ messageId: 'removeSetting', output: `const agent = new https.Agent({ 'rejectUnauthorized': false });` }],
        },
      ],
    },
    {
      // The event name held in a const.
      code: `import { app } from 'electron';
const CERTIFICATE_ERROR = 'certificate-error';
app.on(CERTIFICATE_ERROR, (event, webContents, url, error, certificate, callback) => {
  event.preventDefault();
  callback(true);
});`,
      errors: [{ messageId: 'electronTrustsRejectedCertificate', line: 5, column: 12, endColumn: 16 }],
    },
    {
      code: `import https from 'node:https';
const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });`,
      errors: [
        {
          messageId: 'settingDisablesVerification',
          data: { setting: 'rejectUnauthorized: false', kind: CERT },
          line: 2,
          column: 50,
          endColumn: 75,
          suggestions: [
            {
              messageId: 'removeSetting',
              data: { setting: 'rejectUnauthorized: false' },
              output: `import https from 'node:https';
const agent = new https.Agent({ keepAlive: true });`,
            },
          ],
        },
      ],
    },
    {
      // CommonJS, options built in a const, handed to axios as `httpsAgent`.
      code: `const https = require('https');
const axios = require('axios');
const agentOptions = {
  rejectUnauthorized: false, // self-signed in staging
  keepAlive: true,
};
module.exports = axios.create({ httpsAgent: new https.Agent(agentOptions) });`,
      errors: [
        {
          messageId: 'settingDisablesVerification',
          line: 4,
          column: 3,
          suggestions: [
            {
              messageId: 'removeSetting',
              data: { setting: 'rejectUnauthorized: false' },
              output: `const https = require('https');
const axios = require('axios');
const agentOptions = {
  // self-signed in staging
  keepAlive: true,
};
module.exports = axios.create({ httpsAgent: new https.Agent(agentOptions) });`,
            },
          ],
        },
      ],
    },
    {
      // The value held in a const, the key quoted.
      code: `const VERIFY = false;
export const pool = new Pool({ ssl: { 'rejectUnauthorized': VERIFY } });`,
      errors: [
        {
          messageId: 'settingDisablesVerification',
          data: { setting: 'rejectUnauthorized: VERIFY', kind: CERT },
          line: 2,
          column: 39,
          suggestions: [
            {
              messageId: 'removeSetting',
              output: `const VERIFY = false;
export const pool = new Pool({ ssl: {} });`,
            },
          ],
        },
      ],
    },
    {
      // Returned from a helper, computed key, TypeScript.
      code: `const KEY = 'rejectUnauthorized';
function tlsOptions(): tls.ConnectionOptions {
  return { host: 'ldap.internal', [KEY]: false as const };
}`,
      filename: 'ldap.ts',
      errors: [
        {
          messageId: 'settingDisablesVerification',
          line: 3,
          column: 35,
          suggestions: [
            {
              messageId: 'removeSetting',
              output: `const KEY = 'rejectUnauthorized';
function tlsOptions(): tls.ConnectionOptions {
  return { host: 'ldap.internal' };
}`,
            },
          ],
        },
      ],
    },
    {
      // undici: nested `connect` options.
      code: `import { Agent, setGlobalDispatcher } from 'undici';
setGlobalDispatcher(new Agent({ connect: { rejectUnauthorized: false } }));`,
      errors: [{ messageId: 'settingDisablesVerification', line: 2, column: 44, suggestions: [{ messageId: 'removeSetting', output: `import { Agent, setGlobalDispatcher } from 'undici';
setGlobalDispatcher(new Agent({ connect: {} }));` }] }],
    },
    {
      // MongoDB driver and Mongoose spellings.
      code: `await mongoose.connect(uri, { tls: true, tlsAllowInvalidCertificates: true, tlsAllowInvalidHostnames: true, sslValidate: false });`,
      errors: [
        {
          messageId: 'settingDisablesVerification',
          data: { setting: 'tlsAllowInvalidCertificates: true', kind: CERT },
          line: 1,
          column: 42,
          suggestions: [{ messageId: 'removeSetting', output: `await mongoose.connect(uri, { tls: true, tlsAllowInvalidHostnames: true, sslValidate: false });` }],
        },
        {
          messageId: 'settingDisablesVerification',
          data: { setting: 'tlsAllowInvalidHostnames: true', kind: 'hostname' },
          line: 1,
          column: 77,
          suggestions: [{ messageId: 'removeSetting', output: `await mongoose.connect(uri, { tls: true, tlsAllowInvalidCertificates: true, sslValidate: false });` }],
        },
        {
          messageId: 'settingDisablesVerification',
          data: { setting: 'sslValidate: false', kind: CERT },
          line: 1,
          column: 109,
          suggestions: [{ messageId: 'removeSetting', output: `await mongoose.connect(uri, { tls: true, tlsAllowInvalidCertificates: true, tlsAllowInvalidHostnames: true });` }],
        },
      ],
    },
    {
      code: `const client = new MongoClient(uri, { tlsInsecure: true });`,
      errors: [{ messageId: 'settingDisablesVerification', column: 39, suggestions: [{ messageId: 'removeSetting', output: `const client = new MongoClient(uri, {});` }] }],
    },
    {
      // mssql / tedious.
      code: `const pool = await sql.connect({ server: 'db', options: { encrypt: true, trustServerCertificate: true } });`,
      errors: [{ messageId: 'settingDisablesVerification', column: 74, suggestions: [{ messageId: 'removeSetting', output: `const pool = await sql.connect({ server: 'db', options: { encrypt: true } });` }] }],
    },
    {
      // request.
      code: `request.post({ url: tokenUrl, form, strictSSL: false }, callback);`,
      errors: [{ messageId: 'settingDisablesVerification', column: 37, suggestions: [{ messageId: 'removeSetting', output: `request.post({ url: tokenUrl, form }, callback);` }] }],
    },
    {
      // Kubernetes client cluster config.
      code: `kc.loadFromOptions({ clusters: [{ name: 'prod', server: 'https://k8s:6443', skipTLSVerify: true }], users, contexts });`,
      errors: [{ messageId: 'settingDisablesVerification', column: 77, suggestions: [{ messageId: 'removeSetting', output: `kc.loadFromOptions({ clusters: [{ name: 'prod', server: 'https://k8s:6443' }], users, contexts });` }] }],
    },
    {
      // `insecure: true` inside a TLS options object.
      code: `const nc = await connect({ servers, tls: { insecure: true } });`,
      errors: [{ messageId: 'settingDisablesVerification', column: 44, suggestions: [{ messageId: 'removeSetting', output: `const nc = await connect({ servers, tls: {} });` }] }],
    },
    {
      // http-proxy-middleware v3, ESM, options in a const.
      code: `import { createProxyMiddleware } from 'http-proxy-middleware';
const apiProxy = { target: 'https://api.internal', changeOrigin: true, secure: false };
app.use('/api', createProxyMiddleware(apiProxy));`,
      errors: [
        {
          messageId: 'settingDisablesVerification',
          data: { setting: 'secure: false', kind: CERT },
          line: 2,
          column: 72,
          suggestions: [
            {
              messageId: 'removeSetting',
              output: `import { createProxyMiddleware } from 'http-proxy-middleware';
const apiProxy = { target: 'https://api.internal', changeOrigin: true };
app.use('/api', createProxyMiddleware(apiProxy));`,
            },
          ],
        },
      ],
    },
    {
      // http-proxy-middleware v0 default export with (context, options), CommonJS.
      code: `const proxy = require('http-proxy-middleware');
app.use(proxy('/api', { target, secure: false }));`,
      errors: [{ messageId: 'settingDisablesVerification', line: 2, column: 33, suggestions: [{ messageId: 'removeSetting', output: `const proxy = require('http-proxy-middleware');
app.use(proxy('/api', { target }));` }] }],
    },
    {
      // http-proxy server and per-request options.
      code: `import httpProxy from 'http-proxy';
const proxy = httpProxy.createProxyServer({ target, secure: false });
proxy.web(req, res, { target: other, secure: false });`,
      errors: [
        { messageId: 'settingDisablesVerification', line: 2, column: 53, suggestions: [{ messageId: 'removeSetting', output: `import httpProxy from 'http-proxy';
const proxy = httpProxy.createProxyServer({ target });
proxy.web(req, res, { target: other, secure: false });` }] },
        { messageId: 'settingDisablesVerification', line: 3, column: 38, suggestions: [{ messageId: 'removeSetting', output: `import httpProxy from 'http-proxy';
const proxy = httpProxy.createProxyServer({ target, secure: false });
proxy.web(req, res, { target: other });` }] },
      ],
    },
    {
      // The process-wide switch, dot and bracket spellings.
      code: `// staging uses a self-signed certificate
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = 0;`,
      errors: [
        {
          messageId: 'environmentDisablesVerification',
          line: 2,
          column: 1,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'removeSetting',
              output: `// staging uses a self-signed certificate

process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = 0;`,
            },
          ],
        },
        {
          messageId: 'environmentDisablesVerification',
          line: 3,
          column: 1,
          suggestions: [
            {
              messageId: 'removeSetting',
              output: `// staging uses a self-signed certificate
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
`,
            },
          ],
        },
      ],
    },
    {
      // Not a statement of its own: reported, nothing to remove safely.
      code: `if (staging) process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';`,
      errors: [{ messageId: 'environmentDisablesVerification', column: 14, suggestions: [] }],
    },
    {
      // The env object handed to a child process.
      code: `import { spawn } from 'node:child_process';
spawn('node', ['worker.js'], { env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0' } });`,
      errors: [{ messageId: 'environmentDisablesVerification', line: 2, column: 55, suggestions: [{ messageId: 'removeSetting', output: `import { spawn } from 'node:child_process';
spawn('node', ['worker.js'], { env: { ...process.env } });` }] }],
    },
    {
      code: `https.globalAgent.options.rejectUnauthorized = false;`,
      errors: [
        {
          messageId: 'settingDisablesVerification',
          data: { setting: 'https.globalAgent.options.rejectUnauthorized = false', kind: CERT },
          column: 1,
          suggestions: [{ messageId: 'removeSetting', output: `` }],
        },
      ],
    },
    {
      code: `function insecure(opts) { opts.strictSSL = false; return opts; }`,
      errors: [{ messageId: 'settingDisablesVerification', column: 27, suggestions: [{ messageId: 'removeSetting', output: `function insecure(opts) {  return opts; }` }] }],
    },
    {
      // checkServerIdentity that accepts everything: arrow, empty method, named const.
      code: `tls.connect({ host, port, checkServerIdentity: () => undefined });`,
      errors: [{ messageId: 'hostnameCheckDisabled', column: 27, suggestions: [{ messageId: 'removeSetting', output: `tls.connect({ host, port });` }] }],
    },
    {
      code: `const options = {
  ca,
  checkServerIdentity(host, cert) {
    const error = tls.checkServerIdentity(host, cert);
    if (error) console.warn('hostname mismatch', error);
  },
};`,
      errors: [{ messageId: 'hostnameCheckDisabled', line: 3, column: 3, suggestions: [{ messageId: 'removeSetting', output: `const options = {
  ca,
};` }] }],
    },
    {
      code: `const acceptAll = (): undefined => undefined;
const agent = new https.Agent({ checkServerIdentity: acceptAll });`,
      filename: 'agent.ts',
      errors: [{ messageId: 'hostnameCheckDisabled', line: 2, column: 33, suggestions: [{ messageId: 'removeSetting', output: `const acceptAll = (): undefined => undefined;
const agent = new https.Agent({});` }] }],
    },
    {
      code: `options.checkServerIdentity = function () { return; };`,
      errors: [{ messageId: 'hostnameCheckDisabled', column: 1, suggestions: [{ messageId: 'removeSetting', output: `` }] }],
    },
    {
      // superagent / supertest.
      code: `const res = await superagent.get(url).disableTLSCerts().set('Authorization', auth);`,
      errors: [
        {
          messageId: 'methodDisablesVerification',
          column: 39,
          endColumn: 54,
          suggestions: [{ messageId: 'removeSetting', output: `const res = await superagent.get(url).set('Authorization', auth);` }],
        },
      ],
    },
    {
      // Connection strings: only the parameter is named in the message, never the URL (it may hold a password).
      code: `const pool = new Pool({ connectionString: 'postgres://app:s3cret@db.internal:5432/app?sslmode=no-verify' });`,
      errors: [
        {
          messageId: 'connectionStringDisablesVerification',
          data: { parameter: 'sslmode=no-verify', replacement: 'sslmode=verify-full' },
          column: 87,
          endColumn: 104,
          suggestions: [
            {
              messageId: 'useVerifyingParameter',
              output: `const pool = new Pool({ connectionString: 'postgres://app:s3cret@db.internal:5432/app?sslmode=verify-full' });`,
            },
          ],
        },
      ],
    },
    {
      code: 'const uri = `mongodb+srv://${user}:${password}@cluster0.example.net/app?retryWrites=true&tlsAllowInvalidCertificates=true`;',
      errors: [
        {
          messageId: 'connectionStringDisablesVerification',
          data: { parameter: 'tlsAllowInvalidCertificates=true', replacement: 'tlsAllowInvalidCertificates=false' },
          column: 90,
          endColumn: 122,
          suggestions: [
            {
              messageId: 'useVerifyingParameter',
              output: 'const uri = `mongodb+srv://${user}:${password}@cluster0.example.net/app?retryWrites=true&tlsAllowInvalidCertificates=false`;',
            },
          ],
        },
      ],
    },
    {
      // Electron app-wide certificate errors, CommonJS.
      code: `const { app } = require('electron');
app.on('certificate-error', (event, webContents, url, error, certificate, callback) => {
  event.preventDefault();
  callback(true);
});`,
      errors: [{ messageId: 'electronTrustsRejectedCertificate', line: 4, column: 12, endColumn: 16 }],
    },
    {
      // webContents puts the callback next-to-last; a named handler.
      code: `function trustAll(event: Electron.Event, url: string, error: string, cert: Electron.Certificate, callback: (trust: boolean) => void, isMainFrame: boolean) {
  event.preventDefault();
  callback(true);
}
win.webContents.on('certificate-error', trustAll);`,
      filename: 'main.ts',
      errors: [{ messageId: 'electronTrustsRejectedCertificate', line: 3, column: 12 }],
    },
    {
      code: `import { session } from 'electron';
session.defaultSession.setCertificateVerifyProc((request, callback) => callback(0));`,
      errors: [{ messageId: 'electronVerifierAcceptsAll', line: 2, column: 81 }],
    },
    {
      code: `win.webContents.session.setCertificateVerifyProc((request, callback) => { log(request.hostname); callback(0); });`,
      errors: [{ messageId: 'electronVerifierAcceptsAll', column: 107 }],
    },
    {
      // Guards that are not about development still report.
      code: `if (process.env.ALLOW_SELF_SIGNED === 'true') process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';`,
      errors: [{ messageId: 'environmentDisablesVerification', column: 47, suggestions: [] }],
    },
    {
      code: `const agent = isProd ? new https.Agent({ rejectUnauthorized: false }) : devAgent;`,
      errors: [{ messageId: 'settingDisablesVerification', column: 42, suggestions: [{ messageId: 'removeSetting', output: `const agent = isProd ? new https.Agent({}) : devAgent;` }] }],
    },
    {
      // `isDev || flag` can be true in production.
      code: `if (isDev || process.env.INSECURE) { opts.rejectUnauthorized = false; }`,
      errors: [{ messageId: 'settingDisablesVerification', column: 38, suggestions: [{ messageId: 'removeSetting', output: `if (isDev || process.env.INSECURE) {  }` }] }],
    },
    {
      // A function defined under a guard runs wherever it is called.
      code: `if (isDev) { register(() => new https.Agent({ rejectUnauthorized: false })); }`,
      errors: [{ messageId: 'settingDisablesVerification', column: 47, suggestions: [{ messageId: 'removeSetting', output: `if (isDev) { register(() => new https.Agent({})); }` }] }],
    },
    {
      // With the option off, development guards are reported too.
      code: `if (process.env.NODE_ENV === 'development') { process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; }`,
      options: [{ ignoreDevelopmentGuards: false }],
      errors: [
        {
          messageId: 'environmentDisablesVerification',
          column: 47,
          suggestions: [{ messageId: 'removeSetting', output: `if (process.env.NODE_ENV === 'development') {  }` }],
        },
      ],
    },
    {
      // An escape in the literal: reported, but no offset-based edit.
      code: `const url = 'postgres://db/app?sslmode=no\\u002Dverify';`,
      errors: [{ messageId: 'connectionStringDisablesVerification', column: 13, suggestions: [] }],
    },
    // Names the file gates look for, reached through a const, an alias, an escape or another case.
    {
      code: `const SKIP = 'skipTLSVerify';
const cluster = { name: 'prod', server, [SKIP]: true };`,
      errors: [
        {
          messageId: 'settingDisablesVerification',
          data: { setting: 'skipTLSVerify: true', kind: CERT },
          line: 2,
          column: 41,
          endColumn: 53,
          suggestions: [{ messageId: 'removeSetting', output: `const SKIP = 'skipTLSVerify';
const cluster = { name: 'prod', server };` }],
        },
      ],
    },
    {
      code: `const VARIABLE = 'NODE_TLS_REJECT_UNAUTHORIZED';
process.env[VARIABLE] = '0';`,
      errors: [
        {
          messageId: 'environmentDisablesVerification',
          line: 2,
          column: 1,
          endColumn: 28,
          suggestions: [{ messageId: 'removeSetting', output: `const VARIABLE = 'NODE_TLS_REJECT_UNAUTHORIZED';
` }],
        },
      ],
    },
    {
      code: `const agent = new https.Agent({ 'reject\\u0055nauthorized': false });`,
      errors: [{ messageId: 'settingDisablesVerification', column: 33, suggestions: [{ messageId: 'removeSetting', output: `const agent = new https.Agent({});` }] }],
    },
    {
      code: `const { app: electronApp } = require('electron');
const EVENT = 'certificate-error';
electronApp.once(EVENT, (event, webContents, url, error, certificate, callback) => {
  event.preventDefault();
  callback(true);
});`,
      errors: [{ messageId: 'electronTrustsRejectedCertificate', line: 5, column: 12, endColumn: 16 }],
    },
    {
      code: `const DATABASE_URL = 'POSTGRES://app@db.internal/app?SSLMODE=NO-VERIFY';`,
      errors: [
        {
          messageId: 'connectionStringDisablesVerification',
          data: { parameter: 'SSLMODE=NO-VERIFY', replacement: 'SSLMODE=verify-full' },
          column: 54,
          endColumn: 71,
          suggestions: [{ messageId: 'useVerifyingParameter', output: `const DATABASE_URL = 'POSTGRES://app@db.internal/app?SSLMODE=verify-full';` }],
        },
      ],
    },
    {
      code: `const { createProxyMiddleware: proxy } = require('http-proxy-middleware');
const SECURE = 'secure';
app.use(proxy({ target, [SECURE]: false }));`,
      errors: [
        {
          messageId: 'settingDisablesVerification',
          data: { setting: 'secure: false', kind: CERT },
          line: 3,
          column: 25,
          endColumn: 40,
          suggestions: [{ messageId: 'removeSetting', output: `const { createProxyMiddleware: proxy } = require('http-proxy-middleware');
const SECURE = 'secure';
app.use(proxy({ target }));` }],
        },
      ],
    },
  ],
});
