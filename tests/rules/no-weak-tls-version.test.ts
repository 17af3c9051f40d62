import rule from '../../src/rules/no-weak-tls-version';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('no-weak-tls-version', rule, {
  valid: [
    // TLS 1.2 or later, set explicitly or left at Node's default.
    `import https from 'node:https'; https.createServer({ key, cert, minVersion: 'TLSv1.2' }, app);`,
    `const tls = require('tls'); tls.connect({ host: 'ldap.internal', port: 636, minVersion: 'TLSv1.3' });`,
    `new https.Agent({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.3' });`,
    `tls.createSecureContext({ maxVersion: 'TLSv1.2' });`,
    `tls.DEFAULT_MIN_VERSION = 'TLSv1.2';`,
    `tls.DEFAULT_MAX_VERSION = 'TLSv1.3';`,
    // Values read at run time are the deployment's decision.
    `new https.Agent({ minVersion: process.env.TLS_MIN_VERSION });`,
    `tls.connect({ host, port, minVersion: config.tls.minVersion, ciphers: config.tls.ciphers });`,
    `tls.DEFAULT_MIN_VERSION = process.env.TLS_MIN ?? 'TLSv1.2';`,
    `let floor = 'TLSv1'; floor = loadFloor(); new https.Agent({ minVersion: floor });`,
    `function agentFor(minVersion: tls.SecureVersion) { return new https.Agent({ minVersion }); }`,
    `const agent = new https.Agent({ minVersion: legacyPeer ? 'TLSv1' : 'TLSv1.2' });`,
    // The same names outside an options object.
    `const { minVersion = 'TLSv1' } = options;`,
    `interface LegacyOptions { minVersion: 'TLSv1'; secureProtocol: 'TLSv1_method' }`,
    `type Floor = 'TLSv1' | 'TLSv1.1';`,
    `if (tls.DEFAULT_MIN_VERSION === 'TLSv1') logger.warn('legacy TLS floor');`,
    `logger.info('TLSv1 and TLSv1.1 are disabled; ciphers: RC4-SHA refused');`,
    // Version ranges of something other than TLS.
    `const compat = { minVersion: '2.1.0', maxVersion: '3.0.0' };`,
    `chrome.runtime.requestUpdate({ minVersion: 88 });`,
    `session.defaultSession.setSSLConfig({ minVersion: 'tls1.2' });`,
    // secureProtocol methods that allow TLS 1.2 or later.
    `https.request({ host, secureProtocol: 'TLS_method' });`,
    `tls.createServer({ key, cert, secureProtocol: 'TLSv1_2_method' });`,
    `new MongoClient(uri, { tls: true, secureProtocol: 'TLS_client_method' });`,
    // Cipher lists that exclude the weak suites, or never name them.
    `tls.createServer({ key, cert, ciphers: 'HIGH:!aNULL:!MD5:!RC4' });`,
    `https.createServer({ ciphers: 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-CHACHA20-POLY1305', honorCipherOrder: true });`,
    `tls.createServer({ ciphers: 'HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA' });`,
    `tls.createServer({ ciphers: 'DEFAULT:!3DES:!RC4' });`,
    `tls.createServer({ ciphers: 'DEFAULT@SECLEVEL=2' });`,
    `tls.createServer({ ciphers: tls.DEFAULT_CIPHERS });`,
    `tls.createServer({ ciphers: [...STRONG_SUITES].join(':') });`,
    `nodemailer.createTransport({ host: 'smtp.office365.com', port: 587, requireTLS: true, tls: { minVersion: 'TLSv1.2' } });`,
    // Node crypto cipher names are lower-case and not OpenSSL TLS suites.
    `const settings = { ciphers: 'aes-256-gcm' };`,
    `const ssh = { algorithms: { cipher: ['3des-cbc'] } };`,
    // Development guards (ignored by default).
    `if (process.env.NODE_ENV === 'test') { tls.DEFAULT_MIN_VERSION = 'TLSv1'; }`,
    `const legacyServer = isTest ? tls.createServer({ minVersion: 'TLSv1' }) : tls.createServer({ minVersion: 'TLSv1.2' });`,
    `if (!isProduction) { agentOptions.secureProtocol = 'TLSv1_method'; }`,
    // Assignments that are not plain writes.
    `tls.DEFAULT_CIPHERS += ':RC4-SHA';`,
    // Near misses of the file gates: the keys with values that hold no weak version, method or cipher.
    `const compat = { minVersion: '1.2.0', secureProtocol: 'TLS_method', ciphers: 'HIGH:!PSK' };`,
  ],
  invalid: [
    {
      // ESM server, the literal raised in place.
      code: `import https from 'node:https';
https.createServer({ key, cert, minVersion: 'TLSv1' }, app);`,
      output: `import https from 'node:https';
https.createServer({ key, cert, minVersion: 'TLSv1.2' }, app);`,
      errors: [{ messageId: 'weakMinVersion', data: { setting: "minVersion: 'TLSv1'", protocol: 'TLS 1.0' }, line: 2, column: 33, endColumn: 52, suggestions: [] }],
    },
    {
      // CommonJS client, double quotes kept.
      code: `const tls = require("tls");
tls.connect({ host, port: 636, minVersion: "TLSv1.1" });`,
      output: `const tls = require("tls");
tls.connect({ host, port: 636, minVersion: "TLSv1.2" });`,
      errors: [{ messageId: 'weakMinVersion', data: { setting: 'minVersion: "TLSv1.1"', protocol: 'TLS 1.1' }, line: 2, column: 32, endColumn: 53, suggestions: [] }],
    },
    {
      // Options held in a const and handed to an agent for axios.
      code: `const https = require('https');
const agentOptions = {
  keepAlive: true,
  minVersion: 'TLSv1', // the old load balancer
};
module.exports = axios.create({ httpsAgent: new https.Agent(agentOptions) });`,
      output: `const https = require('https');
const agentOptions = {
  keepAlive: true,
  minVersion: 'TLSv1.2', // the old load balancer
};
module.exports = axios.create({ httpsAgent: new https.Agent(agentOptions) });`,
      errors: [{ messageId: 'weakMinVersion', line: 4, column: 3, endColumn: 22, suggestions: [] }],
    },
    {
      // A template literal keeps its backticks.
      code: 'const options = { minVersion: `TLSv1` };',
      output: 'const options = { minVersion: `TLSv1.2` };',
      errors: [{ messageId: 'weakMinVersion', line: 1, column: 19, suggestions: [] }],
    },
    {
      // Quoted key.
      code: `tls.connect({ 'minVersion': 'TLSv1', host });`,
      output: `tls.connect({ 'minVersion': 'TLSv1.2', host });`,
      errors: [{ messageId: 'weakMinVersion', line: 1, column: 15, suggestions: [] }],
    },
    {
      // Computed key from a constant.
      code: `const FLOOR = 'minVersion';
tls.connect({ [FLOOR]: 'TLSv1.1', host });`,
      output: `const FLOOR = 'minVersion';
tls.connect({ [FLOOR]: 'TLSv1.2', host });`,
      errors: [{ messageId: 'weakMinVersion', line: 2, column: 15, suggestions: [] }],
    },
    {
      // TypeScript: the literal inside a type assertion is raised, the assertion kept.
      code: `import * as tls from 'node:tls';
const options: tls.SecureContextOptions = { minVersion: 'TLSv1' as tls.SecureVersion };`,
      output: `import * as tls from 'node:tls';
const options: tls.SecureContextOptions = { minVersion: 'TLSv1.2' as tls.SecureVersion };`,
      filename: 'tls-options.ts',
      errors: [{ messageId: 'weakMinVersion', line: 2, column: 45, suggestions: [] }],
    },
    {
      // TypeScript: returned from a typed helper.
      code: `import type { ConnectionOptions } from 'node:tls';
export function ldapTls(host: string): ConnectionOptions {
  return { host, servername: host, minVersion: 'TLSv1' } satisfies ConnectionOptions;
}`,
      output: `import type { ConnectionOptions } from 'node:tls';
export function ldapTls(host: string): ConnectionOptions {
  return { host, servername: host, minVersion: 'TLSv1.2' } satisfies ConnectionOptions;
}`,
      filename: 'ldap.ts',
      errors: [{ messageId: 'weakMinVersion', line: 3, column: 36, suggestions: [] }],
    },
    {
      // A shared constant: the author decides, so only a suggestion for this use.
      code: `const LEGACY_TLS = 'TLSv1';
new https.Agent({ minVersion: LEGACY_TLS });`,
      output: null,
      errors: [
        {
          messageId: 'weakMinVersion',
          data: { setting: 'minVersion: LEGACY_TLS', protocol: 'TLS 1.0' },
          line: 2,
          column: 19,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'useTls12',
              data: { version: "'TLSv1.2'" },
              output: `const LEGACY_TLS = 'TLSv1';
new https.Agent({ minVersion: 'TLSv1.2' });`,
            },
          ],
        },
      ],
    },
    {
      // Shorthand property: written out in full by the suggestion.
      code: `const minVersion = 'TLSv1.1';
tls.connect({ host, minVersion });`,
      output: null,
      errors: [
        {
          messageId: 'weakMinVersion',
          line: 2,
          column: 21,
          suggestions: [
            {
              messageId: 'useTls12',
              output: `const minVersion = 'TLSv1.1';
tls.connect({ host, minVersion: 'TLSv1.2' });`,
            },
          ],
        },
      ],
    },
    {
      // A maximum below TLS 1.2 in the same object: raising the minimum alone would leave no version, so no fix.
      code: `tls.createSecureContext({ minVersion: 'TLSv1', maxVersion: 'TLSv1.1' });`,
      output: null,
      errors: [
        {
          messageId: 'weakMinVersion',
          line: 1,
          column: 27,
          suggestions: [{ messageId: 'useTls12', output: `tls.createSecureContext({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.1' });` }],
        },
        {
          messageId: 'weakMaxVersion',
          data: { setting: "maxVersion: 'TLSv1.1'", protocol: 'TLS 1.1' },
          line: 1,
          column: 48,
          endColumn: 69,
          suggestions: [
            { messageId: 'removeMaxVersion', output: `tls.createSecureContext({ minVersion: 'TLSv1' });` },
            { messageId: 'useTls13', output: `tls.createSecureContext({ minVersion: 'TLSv1', maxVersion: 'TLSv1.3' });` },
          ],
        },
      ],
    },
    {
      // A maximum alone.
      code: `export const agent = new https.Agent({ keepAlive: true, maxVersion: 'TLSv1' });`,
      output: null,
      errors: [
        {
          messageId: 'weakMaxVersion',
          line: 1,
          column: 57,
          suggestions: [
            { messageId: 'removeMaxVersion', output: `export const agent = new https.Agent({ keepAlive: true });` },
            { messageId: 'useTls13', data: { version: "'TLSv1.3'" }, output: `export const agent = new https.Agent({ keepAlive: true, maxVersion: 'TLSv1.3' });` },
          ],
        },
      ],
    },
    {
      // Process-wide floor, ESM default import of node:tls.
      code: `import tls from 'node:tls';
tls.DEFAULT_MIN_VERSION = 'TLSv1';`,
      output: `import tls from 'node:tls';
tls.DEFAULT_MIN_VERSION = 'TLSv1.2';`,
      errors: [
        {
          messageId: 'weakDefaultMinVersion',
          data: { setting: "tls.DEFAULT_MIN_VERSION = 'TLSv1'", protocol: 'TLS 1.0' },
          line: 2,
          column: 1,
          endColumn: 34,
          suggestions: [],
        },
      ],
    },
    {
      // On the module returned by require, and through bracket access.
      code: `require('tls').DEFAULT_MIN_VERSION = 'TLSv1.1';
tls['DEFAULT_MIN_VERSION'] = 'TLSv1';`,
      output: `require('tls').DEFAULT_MIN_VERSION = 'TLSv1.2';
tls['DEFAULT_MIN_VERSION'] = 'TLSv1.2';`,
      errors: [
        { messageId: 'weakDefaultMinVersion', line: 1, column: 1, suggestions: [] },
        { messageId: 'weakDefaultMinVersion', line: 2, column: 1, suggestions: [] },
      ],
    },
    {
      // Through Object.assign.
      code: `Object.assign(tls, { DEFAULT_MIN_VERSION: 'TLSv1' });`,
      output: `Object.assign(tls, { DEFAULT_MIN_VERSION: 'TLSv1.2' });`,
      errors: [{ messageId: 'weakDefaultMinVersion', line: 1, column: 22, suggestions: [] }],
    },
    {
      // A guard that can be true in production is no development guard.
      code: `if (process.env.LEGACY_TLS === 'true') {
  tls.DEFAULT_MIN_VERSION = 'TLSv1';
}`,
      output: `if (process.env.LEGACY_TLS === 'true') {
  tls.DEFAULT_MIN_VERSION = 'TLSv1.2';
}`,
      errors: [{ messageId: 'weakDefaultMinVersion', line: 2, column: 3, suggestions: [] }],
    },
    {
      // Process-wide maximum.
      code: `const tls = require('node:tls');
tls.DEFAULT_MAX_VERSION = 'TLSv1.1';
start();`,
      output: null,
      errors: [
        {
          messageId: 'weakMaxVersion',
          line: 2,
          column: 1,
          suggestions: [
            {
              messageId: 'removeMaxVersion',
              output: `const tls = require('node:tls');

start();`,
            },
            {
              messageId: 'useTls13',
              output: `const tls = require('node:tls');
tls.DEFAULT_MAX_VERSION = 'TLSv1.3';
start();`,
            },
          ],
        },
      ],
    },
    {
      // secureProtocol pinning TLS 1.0 on a request.
      code: `https.request({ hostname: 'partner.example.com', path: '/orders', secureProtocol: 'TLSv1_method' }, onResponse);`,
      output: null,
      errors: [
        {
          messageId: 'legacySecureProtocol',
          data: {
            setting: "secureProtocol: 'TLSv1_method'",
            effect: 'restricts connections to TLS 1.0, which has known attacks and is deprecated by RFC 8996',
          },
          line: 1,
          column: 67,
          endColumn: 97,
          suggestions: [
            {
              messageId: 'replaceSecureProtocol',
              output: `https.request({ hostname: 'partner.example.com', path: '/orders', minVersion: 'TLSv1.2' }, onResponse);`,
            },
          ],
        },
      ],
    },
    {
      // The legacy any-version method, on an agent for axios.
      code: `import https from 'https';
import axios from 'axios';
export const client = axios.create({
  httpsAgent: new https.Agent({ secureProtocol: "SSLv23_method", secureOptions }),
});`,
      output: null,
      errors: [
        {
          messageId: 'legacySecureProtocol',
          line: 4,
          column: 33,
          suggestions: [
            {
              messageId: 'replaceSecureProtocol',
              output: `import https from 'https';
import axios from 'axios';
export const client = axios.create({
  httpsAgent: new https.Agent({ minVersion: "TLSv1.2", secureOptions }),
});`,
            },
          ],
        },
      ],
    },
    {
      // A minVersion already there: the suggestion removes secureProtocol, keeping its comment.
      code: `tls.connect({
  host,
  secureProtocol: 'SSLv3_method', // legacy mainframe
  minVersion: 'TLSv1.2',
});`,
      output: null,
      errors: [
        {
          messageId: 'legacySecureProtocol',
          line: 3,
          column: 3,
          suggestions: [
            {
              messageId: 'removeSecureProtocol',
              data: { setting: "secureProtocol: 'SSLv3_method'" },
              output: `tls.connect({
  host,
  // legacy mainframe
  minVersion: 'TLSv1.2',
});`,
            },
          ],
        },
      ],
    },
    {
      // Set on an options object after the fact.
      code: `const options = { host, port };
options.secureProtocol = 'TLSv1_1_client_method';`,
      output: null,
      errors: [
        {
          messageId: 'legacySecureProtocol',
          line: 2,
          column: 1,
          suggestions: [
            {
              messageId: 'replaceSecureProtocol',
              output: `const options = { host, port };
options.minVersion = 'TLSv1.2';`,
            },
          ],
        },
      ],
    },
    {
      // MongoDB passes secureProtocol on to Node.
      code: `const client = new MongoClient(process.env.MONGO_URL, { tls: true, secureProtocol: 'TLSv1_method' });`,
      output: null,
      errors: [
        {
          messageId: 'legacySecureProtocol',
          line: 1,
          column: 68,
          suggestions: [
            {
              messageId: 'replaceSecureProtocol',
              output: `const client = new MongoClient(process.env.MONGO_URL, { tls: true, minVersion: 'TLSv1.2' });`,
            },
          ],
        },
      ],
    },
    {
      // mssql / tedious: the usual workaround for an old SQL Server, with the security level lowered as well.
      code: `import sql from 'mssql';
await sql.connect({
  server: 'sql.internal',
  options: {
    encrypt: true,
    cryptoCredentialsDetails: { minVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0' },
  },
});`,
      output: `import sql from 'mssql';
await sql.connect({
  server: 'sql.internal',
  options: {
    encrypt: true,
    cryptoCredentialsDetails: { minVersion: 'TLSv1.2', ciphers: 'DEFAULT@SECLEVEL=0' },
  },
});`,
      errors: [
        { messageId: 'weakMinVersion', line: 6, column: 33, endColumn: 52, suggestions: [] },
        { messageId: 'securityLevelZero', line: 6, column: 63, endColumn: 83, suggestions: [] },
      ],
    },
    {
      // undici's connect options.
      code: `import { Agent, setGlobalDispatcher } from 'undici';
setGlobalDispatcher(new Agent({ connect: { minVersion: 'TLSv1.1' } }));`,
      output: `import { Agent, setGlobalDispatcher } from 'undici';
setGlobalDispatcher(new Agent({ connect: { minVersion: 'TLSv1.2' } }));`,
      errors: [{ messageId: 'weakMinVersion', line: 2, column: 44, suggestions: [] }],
    },
    {
      // got's https options.
      code: `const response = await got(url, { https: { minVersion: 'TLSv1' } });`,
      output: `const response = await got(url, { https: { minVersion: 'TLSv1.2' } });`,
      errors: [{ messageId: 'weakMinVersion', line: 1, column: 44, suggestions: [] }],
    },
    {
      // http2 secure server.
      code: `const http2 = require('node:http2');
const server = http2.createSecureServer({ key, cert, allowHTTP1: true, minVersion: 'TLSv1' });`,
      output: `const http2 = require('node:http2');
const server = http2.createSecureServer({ key, cert, allowHTTP1: true, minVersion: 'TLSv1.2' });`,
      errors: [{ messageId: 'weakMinVersion', line: 2, column: 72, suggestions: [] }],
    },
    {
      // mysql2 ssl options.
      code: `const pool = mysql.createPool({ host, user, ssl: { ca, minVersion: 'TLSv1.1' } });`,
      output: `const pool = mysql.createPool({ host, user, ssl: { ca, minVersion: 'TLSv1.2' } });`,
      errors: [{ messageId: 'weakMinVersion', line: 1, column: 56, suggestions: [] }],
    },
    {
      // Values Node would reject still say what the author meant.
      code: `tls.connect({ host, minVersion: 'TLSv1.0' }); tls.connect({ host, minVersion: 'SSLv3' });`,
      output: `tls.connect({ host, minVersion: 'TLSv1.2' }); tls.connect({ host, minVersion: 'TLSv1.2' });`,
      errors: [
        { messageId: 'weakMinVersion', data: { setting: "minVersion: 'TLSv1.0'", protocol: 'TLS 1.0' }, line: 1, column: 21, suggestions: [] },
        { messageId: 'weakMinVersion', data: { setting: "minVersion: 'SSLv3'", protocol: 'SSL 3.0' }, line: 1, column: 67, suggestions: [] },
      ],
    },
    {
      // Electron's session spells versions its own way; the fix keeps that spelling.
      code: `import { session } from 'electron';
session.defaultSession.setSSLConfig({ minVersion: 'tls1', maxVersion: 'tls1.3' });`,
      output: `import { session } from 'electron';
session.defaultSession.setSSLConfig({ minVersion: 'tls1.2', maxVersion: 'tls1.3' });`,
      errors: [{ messageId: 'weakMinVersion', data: { setting: "minVersion: 'tls1'", protocol: 'TLS 1.0' }, line: 2, column: 39, suggestions: [] }],
    },
    {
      // A spread source is reported once, where it is written.
      code: `const legacy = { minVersion: 'TLSv1' };
https.request({ ...legacy, host });
tls.connect({ ...legacy, port });`,
      output: `const legacy = { minVersion: 'TLSv1.2' };
https.request({ ...legacy, host });
tls.connect({ ...legacy, port });`,
      errors: [{ messageId: 'weakMinVersion', line: 1, column: 18, suggestions: [] }],
    },
    {
      // Member assignment on an options object.
      code: `const agentOptions: https.AgentOptions = { keepAlive: true };
agentOptions.minVersion = 'TLSv1';`,
      output: `const agentOptions: https.AgentOptions = { keepAlive: true };
agentOptions.minVersion = 'TLSv1.2';`,
      filename: 'agent.ts',
      errors: [{ messageId: 'weakMinVersion', line: 2, column: 1, suggestions: [] }],
    },
    {
      // Development guards are honoured only while the option is on.
      code: `if (process.env.NODE_ENV === 'development') { tls.DEFAULT_MIN_VERSION = 'TLSv1'; }`,
      options: [{ ignoreDevelopmentGuards: false }],
      output: `if (process.env.NODE_ENV === 'development') { tls.DEFAULT_MIN_VERSION = 'TLSv1.2'; }`,
      errors: [{ messageId: 'weakDefaultMinVersion', line: 1, column: 47, suggestions: [] }],
    },
    {
      // nodemailer's old copy-paste: `SSLv3` is a cipher alias that selects the legacy suites.
      code: `const transporter = nodemailer.createTransport({
  host: 'smtp.office365.com',
  port: 587,
  tls: { ciphers: 'SSLv3' },
});`,
      output: null,
      errors: [
        {
          messageId: 'weakCipher',
          data: { ciphers: '`SSLv3` (every legacy suite of that protocol: a cipher alias, not a protocol switch)' },
          line: 4,
          column: 19,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },
    {
      // A weak suite named among strong ones.
      code: `tls.createServer({ key, cert, ciphers: 'ECDHE-RSA-AES128-GCM-SHA256:RC4-SHA:AES128-SHA' });`,
      output: null,
      errors: [{ messageId: 'weakCipher', data: { ciphers: '`RC4-SHA` (RC4)' }, line: 1, column: 40, endColumn: 88, suggestions: [] }],
    },
    {
      // An old Apache-style list: the exclusions do not cover the RC4 it adds.
      code: `https.createServer({ ciphers: 'ALL:!aNULL:!eNULL:!LOW:!EXP:RC4+RSA:+HIGH:+MEDIUM' }, app);`,
      output: null,
      errors: [{ messageId: 'weakCipher', data: { ciphers: '`RC4+RSA` (RC4)' }, line: 1, column: 31, suggestions: [] }],
    },
    {
      // Excluding single DES leaves triple DES on.
      code: `tls.createServer({ ciphers: 'HIGH:DES-CBC3-SHA:!DES:!aNULL' });`,
      output: null,
      errors: [{ messageId: 'weakCipher', data: { ciphers: '`DES-CBC3-SHA` (3DES, open to Sweet32)' }, line: 1, column: 29, suggestions: [] }],
    },
    {
      // Removed with `-`, then added back.
      code: `tls.createServer({ ciphers: 'HIGH:-3DES:DES-CBC3-SHA' });`,
      output: null,
      errors: [{ messageId: 'weakCipher', line: 1, column: 29, suggestions: [] }],
    },
    {
      // Many weak entries: the message names the first three.
      code: `tls.createServer({ ciphers: 'EXP-RC4-MD5:NULL-SHA:ADH-AES256-SHA:DES-CBC3-SHA:RC4-SHA' });`,
      output: null,
      errors: [
        {
          messageId: 'weakCipher',
          data: {
            ciphers:
              '`EXP-RC4-MD5` (export-grade keys, RC4, MD5 MACs), `NULL-SHA` (no encryption), `ADH-AES256-SHA` (no server authentication) and 2 more',
          },
          line: 1,
          column: 29,
          suggestions: [],
        },
      ],
    },
    {
      // IANA names.
      code: `const options = { ciphers: 'TLS_AES_128_GCM_SHA256:TLS_RSA_WITH_3DES_EDE_CBC_SHA' };`,
      output: null,
      errors: [{ messageId: 'weakCipher', line: 1, column: 28, suggestions: [] }],
    },
    {
      // Built from an array, and held in a const: reported where the list is used.
      code: `const SUITES = ['ECDHE-RSA-AES128-GCM-SHA256', 'DES-CBC3-SHA'];
const CIPHERS = SUITES.join(':');
https.createServer({ key, cert, ciphers: CIPHERS });`,
      output: null,
      errors: [{ messageId: 'weakCipher', line: 3, column: 42, endColumn: 49, suggestions: [] }],
    },
    {
      // The process-wide list.
      code: `tls.DEFAULT_CIPHERS = 'HIGH:RC4-SHA';`,
      output: null,
      errors: [{ messageId: 'weakCipher', line: 1, column: 23, endColumn: 37, suggestions: [] }],
    },
    {
      // Both a weak suite and a lowered security level in one list.
      code: `tls.connect({ host, ciphers: 'DES-CBC3-SHA:@SECLEVEL=0' });`,
      output: null,
      errors: [
        { messageId: 'weakCipher', line: 1, column: 30, suggestions: [] },
        { messageId: 'securityLevelZero', line: 1, column: 30, suggestions: [] },
      ],
    },
    {
      // TypeScript: a typed options object for a TLS server.
      code: `import { createServer, type TlsOptions } from 'node:tls';
const serverOptions: TlsOptions = {
  key,
  cert,
  minVersion: 'TLSv1.1',
  ciphers: 'HIGH:!aNULL:3DES',
};
createServer(serverOptions, onSocket).listen(8443);`,
      output: `import { createServer, type TlsOptions } from 'node:tls';
const serverOptions: TlsOptions = {
  key,
  cert,
  minVersion: 'TLSv1.2',
  ciphers: 'HIGH:!aNULL:3DES',
};
createServer(serverOptions, onSocket).listen(8443);`,
      filename: 'server.ts',
      errors: [
        { messageId: 'weakMinVersion', line: 5, column: 3, suggestions: [] },
        { messageId: 'weakCipher', data: { ciphers: '`3DES` (3DES, open to Sweet32)' }, line: 6, column: 12, suggestions: [] },
      ],
    },
    // Keys and values the file gates look for, reached through a const or spelled with an escape.
    {
      code: "tls.connect({ 'min\\u0056ersion': 'TLSv1', host });",
      output: "tls.connect({ 'min\\u0056ersion': 'TLSv1.2', host });",
      errors: [{ messageId: 'weakMinVersion', line: 1, column: 15, endColumn: 41, suggestions: [] }],
    },
    {
      code: `const KEY = 'secureProtocol';
const METHOD = 'SSLv23_method';
https.request({ host, [KEY]: METHOD });`,
      output: null,
      errors: [
        {
          messageId: 'legacySecureProtocol',
          line: 3,
          column: 23,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'removeSecureProtocol',
              output: `const KEY = 'secureProtocol';
const METHOD = 'SSLv23_method';
https.request({ host });`,
            },
          ],
        },
      ],
    },
    {
      code: "const WEAK = 'EXP-RC4-MD5';\ntls.createServer({ key, cert, ciphers: `HIGH:${WEAK}` });",
      output: null,
      errors: [{ messageId: 'weakCipher', line: 2, column: 40, endColumn: 54, suggestions: [] }],
    },
  ],
});
