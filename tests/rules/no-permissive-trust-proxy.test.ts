import rule from '../../src/rules/no-permissive-trust-proxy';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();

const PRIVATE = "'loopback, uniquelocal'";

ruleTester.run('no-permissive-trust-proxy', rule, {
  valid: [
    // Express: a hop count, named subnets, CIDR strings and lists.
    `import express from 'express';
const app = express();
app.set('trust proxy', 1);`,
    `app.set('trust proxy', 2); // CloudFront, then the ALB`,
    `app.set('trust proxy', 'loopback');`,
    `app.set('trust proxy', 'loopback, linklocal, uniquelocal');`,
    `app.set('trust proxy', '10.0.0.0/8');`,
    `app.set('trust proxy', ['loopback', '10.0.0.0/8', 'fc00::/7']);`,
    // Ranges that look wide but are not every address.
    `app.set('trust proxy', '0.0.0.0/8, 10.0.0.0/8');`,
    `const fastify = require('fastify')({ trustProxy: ['127.0.0.1', '::1/128'] });`,
    `const PROXY_SUBNETS = ['130.176.0.0/16', '64.252.64.0/18']; app.set('trust proxy', PROXY_SUBNETS);`,
    `app.set('trust proxy', false);`,
    `app.disable('trust proxy');`,
    // Values read from the environment or configuration are the deployment's decision.
    `app.set('trust proxy', process.env.TRUST_PROXY);`,
    `app.set('trust proxy', config.trustProxy);`,
    `app.set('trust proxy', Number(process.env.PROXY_HOPS ?? 1));`,
    `app.set('trust proxy', process.env.BEHIND_PROXY === 'true');`,
    // Express rejects the string 'true' at start-up (it is not an address); it never trusts every hop.
    `app.set('trust proxy', 'true');`,
    // Trust functions that check the address or the hop.
    `app.set('trust proxy', (ip) => ip === '127.0.0.1' || ip === '10.0.0.5');`,
    `const trusted = new Set(['10.0.0.1', '10.0.0.2']);
app.set('trust proxy', (ip, hop) => trusted.has(ip));`,
    `app.set('trust proxy', (addr, i) => i < 1);`,
    `function trustLoadBalancer(ip) {
  if (ip === LOAD_BALANCER_IP) return true;
}
app.set('trust proxy', trustLoadBalancer);`,
    `app.set('trust proxy', proxyaddr.compile(['loopback', '10.0.0.0/8']));`,
    // Reading the setting, or other settings.
    `if (app.get('trust proxy') === true) warn();`,
    `app.enabled('trust proxy');`,
    `app.set('json spaces', true); app.enable('case sensitive routing'); app.set('etag', () => true);`,
    // Only in development.
    `if (process.env.NODE_ENV === 'development') {
  app.set('trust proxy', true);
}`,
    `if (isDev) app.enable('trust proxy');`,

    // Fastify: a list of addresses, a checking function, unknown values.
    `import Fastify from 'fastify';
const app = Fastify({ logger: true, trustProxy: '127.0.0.1,10.0.0.0/8' });`,
    `import Fastify from 'fastify'; Fastify({ trustProxy: ['127.0.0.1', '192.168.1.0/24'] });`,
    `import Fastify from 'fastify'; Fastify({ trustProxy: 1 });`,
    `import Fastify from 'fastify';
Fastify({ trustProxy: (address, hop) => address === '10.0.0.5' && hop === 0 });`,
    `import Fastify from 'fastify'; Fastify({ trustProxy: process.env.TRUST_PROXY === 'true' });`,
    `const fastify = require('fastify')({ logger: true, trustProxy: false });`,
    `import { FastifyAdapter } from '@nestjs/platform-fastify';
const adapter = new FastifyAdapter({ trustProxy: '10.0.0.0/8' });`,
    // The same key for libraries that are not Fastify.
    `import rateLimit from 'express-rate-limit';
app.use(rateLimit({ windowMs: 60_000, limit: 100, validate: { trustProxy: true } }));`,
    `import createServer from 'some-other-framework'; createServer({ trustProxy: true });`,
    `const settings = { trustProxy: true }; export default settings;`,
    {
      code: `import type { FastifyServerOptions } from 'fastify';
export const options: FastifyServerOptions = { logger: true, trustProxy: ['10.0.0.0/8'] };
interface AppOptions { trustProxy: true }
const local: AppOptions = { trustProxy: true };`,
      filename: 'server.ts',
    },

    // Sails: a hop count or a value from the environment; `trustProxy` outside its `http` config.
    `module.exports.http = { trustProxy: 1, middleware: { order: ['cookieParser', 'session', 'router'] } };`,
    `module.exports = { http: { trustProxy: process.env.TRUST_PROXY } };`,
    `module.exports.custom = { trustProxy: true };`,
    `const { http: { trustProxy = true } } = config;`,

    // Koa: a hop limit, another header, unknown values.
    `import Koa from 'koa';
const app = new Koa({ proxy: true, maxIpsCount: 1 });`,
    `import Koa from 'koa';
const app = new Koa();
app.proxy = true;
app.maxIpsCount = 1;`,
    `const Koa = require('koa');
const app = new Koa({ proxy: true });
app.maxIpsCount = 2;`,
    `import Koa from 'koa'; new Koa({ proxy: true, maxIpsCount: Number(process.env.MAX_IPS) });`,
    `import Koa from 'koa'; new Koa({ proxy: true, proxyIpHeader: 'X-Real-IP' });`,
    `import Koa from 'koa'; new Koa({ proxy: config.behindProxy });`,
    `import Koa from 'koa'; new Koa({ ...config.koa, proxy: true });`,
    `import Koa from 'koa'; new Koa({ proxy: false });`,
    `import Koa from 'koa';
export function createApp(options) {
  const app = new Koa(options);
  app.proxy = true;
  return app;
}`,
    // `proxy` on objects that are not Koa apps.
    `import session from 'express-session';
app.use(session({ secret, proxy: true, cookie: { secure: true } }));`,
    `const agent = new HttpsProxyAgent(url); agent.proxy = true;`,
    `options.proxy = true;`,
    // Without a Koa app in the file, `proxy` is some other object's.
    `const app = createServer();
app.proxy = true;`,
    // Near misses of the file gate: another setting's name, and a `trustProxy` of no Fastify app or Sails config.
    `app.set('trust-proxy', true);`,
    `const client = new ProxyClient({ trustProxy: true });`,
  ],
  invalid: [
    // Express ----------------------------------------------------------------------------------
    {
      // The setting's name spelled with an escape still names it.
      code: "app.set('trust\\u0020proxy', true);",
      errors: [
        {
          messageId: 'trustsEveryHop',
          line: 1,
          column: 29,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'useHopCount',
              data: { hops: '1', replacement: "set('trust\\u0020proxy', 1)" },
              output: "app.set('trust\\u0020proxy', 1);",
            },
          ],
        },
      ],
    },
    {
      code: `import express from 'express';
const app = express();
app.set('trust proxy', true);`,
      errors: [
        {
          messageId: 'trustsEveryHop',
          line: 3,
          column: 24,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'useHopCount',
              data: { hops: '1', replacement: "set('trust proxy', 1)" },
              output: `import express from 'express';
const app = express();
app.set('trust proxy', 1);`,
            },
          ],
        },
      ],
    },
    {
      // CommonJS, `enable`.
      code: `const express = require('express');
const app = express();
app.enable('trust proxy');`,
      errors: [
        {
          messageId: 'trustsEveryHop',
          line: 3,
          column: 1,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'useHopCount',
              output: `const express = require('express');
const app = express();
app.set('trust proxy', 1);`,
            },
          ],
        },
      ],
    },
    {
      // The setting name held in a const, another receiver name.
      code: `const TRUST_PROXY = 'trust proxy';
server.set(TRUST_PROXY, true);`,
      errors: [
        {
          messageId: 'trustsEveryHop',
          line: 2,
          column: 25,
          suggestions: [{ messageId: 'useHopCount', output: `const TRUST_PROXY = 'trust proxy';
server.set(TRUST_PROXY, 1);` }],
        },
      ],
    },
    {
      // The value held in a const.
      code: `const TRUST_ALL_PROXIES = true;
app.set('trust proxy', TRUST_ALL_PROXIES);`,
      errors: [
        {
          messageId: 'trustsEveryHop',
          line: 2,
          column: 24,
          endColumn: 41,
          suggestions: [{ messageId: 'useHopCount', output: `const TRUST_ALL_PROXIES = true;
app.set('trust proxy', 1);` }],
        },
      ],
    },
    {
      // An inline function that trusts everything.
      code: `app.set('trust proxy', () => true);`,
      errors: [
        {
          messageId: 'trustsEveryHop',
          line: 1,
          column: 24,
          endColumn: 34,
          suggestions: [{ messageId: 'useHopCount', output: `app.set('trust proxy', 1);` }],
        },
      ],
    },
    {
      code: `app.set('trust proxy', function (ip) { return true; });`,
      errors: [
        { messageId: 'trustsEveryHop', line: 1, column: 24, suggestions: [{ messageId: 'useHopCount', output: `app.set('trust proxy', 1);` }] },
      ],
    },
    {
      // A declared function, TypeScript.
      code: `function trustEveryone(addr: string, hop: number): boolean {
  return true;
}
app.set('trust proxy', trustEveryone);`,
      filename: 'app.ts',
      errors: [
        {
          messageId: 'trustsEveryHop',
          line: 4,
          column: 24,
          suggestions: [{ messageId: 'useHopCount', output: `function trustEveryone(addr: string, hop: number): boolean {
  return true;
}
app.set('trust proxy', 1);` }],
        },
      ],
    },
    {
      // An async trust function returns a promise, which is always truthy.
      code: `app.set('trust proxy', async (ip) => allowList.includes(ip));`,
      errors: [
        { messageId: 'trustsEveryHop', line: 1, column: 24, suggestions: [{ messageId: 'useHopCount', output: `app.set('trust proxy', 1);` }] },
      ],
    },
    {
      // NestJS on Express.
      code: `import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule);
  app.set('trust proxy', true);
  await app.listen(3000);
}`,
      filename: 'main.ts',
      errors: [
        {
          messageId: 'trustsEveryHop',
          line: 5,
          column: 26,
          suggestions: [
            {
              messageId: 'useHopCount',
              output: `import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule);
  app.set('trust proxy', 1);
  await app.listen(3000);
}`,
            },
          ],
        },
      ],
    },
    {
      // The Express instance behind a NestJS adapter.
      code: `app.getHttpAdapter().getInstance().enable('trust proxy');`,
      errors: [
        {
          messageId: 'trustsEveryHop',
          line: 1,
          column: 1,
          suggestions: [{ messageId: 'useHopCount', output: `app.getHttpAdapter().getInstance().set('trust proxy', 1);` }],
        },
      ],
    },
    {
      // An address list with a catch-all range trusts every address of that family: as a list, or comma-separated.
      code: `app.set('trust proxy', ['loopback', '0.0.0.0/0']);
app.set('trust proxy', 'loopback, ::/0');`,
      errors: [
        {
          messageId: 'trustsEveryHop',
          line: 1,
          column: 24,
          suggestions: [{ messageId: 'useHopCount', output: `app.set('trust proxy', 1);\napp.set('trust proxy', 'loopback, ::/0');` }],
        },
        {
          messageId: 'trustsEveryHop',
          line: 2,
          column: 24,
          suggestions: [{ messageId: 'useHopCount', output: `app.set('trust proxy', ['loopback', '0.0.0.0/0']);\napp.set('trust proxy', 1);` }],
        },
      ],
    },
    {
      code: `const fastify = require('fastify')({ trustProxy: '0.0.0.0/0' });`,
      errors: [
        {
          messageId: 'fastifyTrustsEveryHop',
          line: 1,
          column: 38,
          suggestions: [{ messageId: 'useProxyAddresses', output: `const fastify = require('fastify')({ trustProxy: ${PRIVATE} });` }],
        },
      ],
    },
    {
      // An endless hop count trusts every hop too.
      code: `app.set('trust proxy', Infinity);`,
      errors: [{ messageId: 'trustsEveryHop', line: 1, column: 24, suggestions: [{ messageId: 'useHopCount', output: `app.set('trust proxy', 1);` }] }],
    },
    {
      // In production only: still reported.
      code: `if (process.env.NODE_ENV === 'production') {
  app.set('trust proxy', true);
}`,
      errors: [
        {
          messageId: 'trustsEveryHop',
          line: 2,
          column: 26,
          suggestions: [{ messageId: 'useHopCount', output: `if (process.env.NODE_ENV === 'production') {
  app.set('trust proxy', 1);
}` }],
        },
      ],
    },
    {
      // A comment inside the value would be lost: no suggestion.
      code: `app.set('trust proxy', () => /* behind the ALB */ true);`,
      errors: [{ messageId: 'trustsEveryHop', line: 1, column: 24, suggestions: [] }],
    },
    {
      // A computed method name: reported, not edited.
      code: `app['enable']('trust proxy');`,
      errors: [{ messageId: 'trustsEveryHop', line: 1, column: 1, suggestions: [] }],
    },
    {
      // The `hops` option.
      code: `app.set('trust proxy', true);`,
      options: [{ hops: 2 }],
      errors: [
        {
          messageId: 'trustsEveryHop',
          line: 1,
          column: 24,
          suggestions: [
            { messageId: 'useHopCount', data: { hops: '2', replacement: "set('trust proxy', 2)" }, output: `app.set('trust proxy', 2);` },
          ],
        },
      ],
    },

    {
      // Sails `config/http.js`: handed to Express's 'trust proxy' unchanged.
      code: `module.exports.http = {
  trustProxy: true,
  middleware: { order: ['cookieParser', 'session', 'router'] },
};`,
      errors: [
        {
          messageId: 'trustsEveryHop',
          line: 2,
          column: 3,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'useHopCount',
              data: { hops: '1', replacement: 'trustProxy: 1' },
              output: `module.exports.http = {
  trustProxy: 1,
  middleware: { order: ['cookieParser', 'session', 'router'] },
};`,
            },
          ],
        },
      ],
    },
    {
      // Sails `config/env/production.js`.
      code: `module.exports = {
  port: 443,
  http: {
    trustProxy: true,
  },
};`,
      errors: [
        {
          messageId: 'trustsEveryHop',
          line: 4,
          column: 5,
          suggestions: [
            {
              messageId: 'useHopCount',
              output: `module.exports = {
  port: 443,
  http: {
    trustProxy: 1,
  },
};`,
            },
          ],
        },
      ],
    },

    {
      // A class that owns the Express app, optional call.
      code: `class HttpServer {
  private readonly app = express();
  constructor() {
    this.app?.set('trust proxy', true);
  }
}`,
      filename: 'http-server.ts',
      errors: [
        {
          messageId: 'trustsEveryHop',
          line: 4,
          column: 34,
          suggestions: [{ messageId: 'useHopCount', output: `class HttpServer {
  private readonly app = express();
  constructor() {
    this.app?.set('trust proxy', 1);
  }
}` }],
        },
      ],
    },

    // Fastify ----------------------------------------------------------------------------------
    {
      code: `import Fastify from 'fastify';
const app = Fastify({ logger: true, trustProxy: true });`,
      errors: [
        {
          messageId: 'fastifyTrustsEveryHop',
          line: 2,
          column: 37,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'useProxyAddresses',
              data: { addresses: PRIVATE },
              output: `import Fastify from 'fastify';
const app = Fastify({ logger: true, trustProxy: ${PRIVATE} });`,
            },
          ],
        },
      ],
    },
    {
      // CommonJS, called straight off the require.
      code: `const fastify = require('fastify')({ trustProxy: true });`,
      errors: [
        {
          messageId: 'fastifyTrustsEveryHop',
          line: 1,
          column: 38,
          suggestions: [{ messageId: 'useProxyAddresses', output: `const fastify = require('fastify')({ trustProxy: ${PRIVATE} });` }],
        },
      ],
    },
    {
      // The named export.
      code: `import { fastify } from 'fastify';
export const server = fastify({ trustProxy: true });`,
      errors: [
        {
          messageId: 'fastifyTrustsEveryHop',
          line: 2,
          column: 33,
          suggestions: [{ messageId: 'useProxyAddresses', output: `import { fastify } from 'fastify';
export const server = fastify({ trustProxy: ${PRIVATE} });` }],
        },
      ],
    },
    {
      // Destructured with an alias.
      code: `const { fastify: createServer } = require('fastify');
const server = createServer({ trustProxy: true });`,
      errors: [
        {
          messageId: 'fastifyTrustsEveryHop',
          line: 2,
          column: 31,
          suggestions: [{ messageId: 'useProxyAddresses', output: `const { fastify: createServer } = require('fastify');
const server = createServer({ trustProxy: ${PRIVATE} });` }],
        },
      ],
    },
    {
      // Options built in a const.
      code: `import Fastify from 'fastify';
const serverOptions = {
  logger: true,
  trustProxy: true,
};
const app = Fastify(serverOptions);`,
      errors: [
        {
          messageId: 'fastifyTrustsEveryHop',
          line: 4,
          column: 3,
          suggestions: [
            {
              messageId: 'useProxyAddresses',
              output: `import Fastify from 'fastify';
const serverOptions = {
  logger: true,
  trustProxy: ${PRIVATE},
};
const app = Fastify(serverOptions);`,
            },
          ],
        },
      ],
    },
    {
      // An explicit value is reported even next to a spread.
      code: `import Fastify from 'fastify';
const app = Fastify({ ...baseOptions, trustProxy: true });`,
      errors: [
        {
          messageId: 'fastifyTrustsEveryHop',
          line: 2,
          column: 39,
          suggestions: [{ messageId: 'useProxyAddresses', output: `import Fastify from 'fastify';
const app = Fastify({ ...baseOptions, trustProxy: ${PRIVATE} });` }],
        },
      ],
    },
    {
      // A trust function that always says yes.
      code: `import Fastify from 'fastify';
const app = Fastify({ trustProxy: (address, hop) => true });`,
      errors: [
        {
          messageId: 'fastifyTrustsEveryHop',
          line: 2,
          column: 23,
          suggestions: [{ messageId: 'useProxyAddresses', output: `import Fastify from 'fastify';
const app = Fastify({ trustProxy: ${PRIVATE} });` }],
        },
      ],
    },
    {
      // Shorthand property.
      code: `import Fastify from 'fastify';
const trustProxy = true;
const app = Fastify({ trustProxy });`,
      errors: [
        {
          messageId: 'fastifyTrustsEveryHop',
          line: 3,
          column: 23,
          suggestions: [{ messageId: 'useProxyAddresses', output: `import Fastify from 'fastify';
const trustProxy = true;
const app = Fastify({ trustProxy: ${PRIVATE} });` }],
        },
      ],
    },
    {
      // A const typed as Fastify's server options, handed over elsewhere.
      code: `import type { FastifyServerOptions } from 'fastify';
export const serverOptions: FastifyServerOptions = { logger: true, trustProxy: true };`,
      filename: 'options.ts',
      errors: [
        {
          messageId: 'fastifyTrustsEveryHop',
          line: 2,
          column: 68,
          suggestions: [{ messageId: 'useProxyAddresses', output: `import type { FastifyServerOptions } from 'fastify';
export const serverOptions: FastifyServerOptions = { logger: true, trustProxy: ${PRIVATE} };` }],
        },
      ],
    },
    {
      // `satisfies`, and passed to fastify in the same file: one report.
      code: `import Fastify, { type FastifyServerOptions } from 'fastify';
const options = { trustProxy: true } satisfies FastifyServerOptions;
export const app = Fastify(options);`,
      filename: 'app.ts',
      errors: [
        {
          messageId: 'fastifyTrustsEveryHop',
          line: 2,
          column: 19,
          suggestions: [{ messageId: 'useProxyAddresses', output: `import Fastify, { type FastifyServerOptions } from 'fastify';
const options = { trustProxy: ${PRIVATE} } satisfies FastifyServerOptions;
export const app = Fastify(options);` }],
        },
      ],
    },
    {
      // NestJS on Fastify.
      code: `import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
const app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter({ trustProxy: true }));`,
      filename: 'main.ts',
      errors: [
        {
          messageId: 'fastifyTrustsEveryHop',
          line: 3,
          column: 94,
          suggestions: [{ messageId: 'useProxyAddresses', output: `import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
const app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter({ trustProxy: ${PRIVATE} }));` }],
        },
      ],
    },
    {
      // The `proxyAddresses` option.
      code: `import Fastify from 'fastify'; Fastify({ trustProxy: true });`,
      options: [{ proxyAddresses: '10.0.0.0/8' }],
      errors: [
        {
          messageId: 'fastifyTrustsEveryHop',
          line: 1,
          column: 42,
          suggestions: [
            {
              messageId: 'useProxyAddresses',
              data: { addresses: "'10.0.0.0/8'" },
              output: `import Fastify from 'fastify'; Fastify({ trustProxy: '10.0.0.0/8' });`,
            },
          ],
        },
      ],
    },

    {
      // Namespace import, dynamic import and TypeScript `import = require()`.
      code: `import * as F from 'fastify';
export const a = F.fastify({ trustProxy: true });`,
      errors: [{ messageId: 'fastifyTrustsEveryHop', line: 2, column: 30, suggestions: [{ messageId: 'useProxyAddresses', output: `import * as F from 'fastify';
export const a = F.fastify({ trustProxy: ${PRIVATE} });` }] }],
    },
    {
      code: `const { default: createServer } = await import('fastify');
const server = createServer({ trustProxy: true });`,
      errors: [{ messageId: 'fastifyTrustsEveryHop', line: 2, column: 31, suggestions: [{ messageId: 'useProxyAddresses', output: `const { default: createServer } = await import('fastify');
const server = createServer({ trustProxy: ${PRIVATE} });` }] }],
    },
    {
      code: `import fastify = require('fastify');
const server = fastify({ trustProxy: true });`,
      filename: 'server.ts',
      errors: [{ messageId: 'fastifyTrustsEveryHop', line: 2, column: 26, suggestions: [{ messageId: 'useProxyAddresses', output: `import fastify = require('fastify');
const server = fastify({ trustProxy: ${PRIVATE} });` }] }],
    },
    {
      // A method that always says yes: reported; a method is not rewritten.
      code: `import Fastify from 'fastify';
const app = Fastify({ trustProxy() { return true; } });`,
      errors: [{ messageId: 'fastifyTrustsEveryHop', line: 2, column: 23, suggestions: [] }],
    },

    // Koa --------------------------------------------------------------------------------------
    {
      code: `import Koa from 'koa';
const app = new Koa({ proxy: true });`,
      errors: [
        {
          messageId: 'koaTrustsEveryHop',
          line: 2,
          column: 23,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'limitIpsCount',
              data: { hops: '1', replacement: 'maxIpsCount: 1' },
              output: `import Koa from 'koa';
const app = new Koa({ proxy: true, maxIpsCount: 1 });`,
            },
          ],
        },
      ],
    },
    {
      // CommonJS, the property assigned after construction.
      code: `const Koa = require('koa');
const app = new Koa();
app.proxy = true;
app.use(router.routes());`,
      errors: [
        {
          messageId: 'koaTrustsEveryHop',
          line: 3,
          column: 1,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'limitIpsCount',
              data: { hops: '1', replacement: 'app.maxIpsCount = 1' },
              output: `const Koa = require('koa');
const app = new Koa();
app.proxy = true;
app.maxIpsCount = 1;
app.use(router.routes());`,
            },
          ],
        },
      ],
    },
    {
      // An explicit `maxIpsCount: 0` means no limit.
      code: `import Koa from 'koa';
const app = new Koa({ proxy: true, maxIpsCount: 0 });`,
      errors: [
        {
          messageId: 'koaTrustsEveryHop',
          line: 2,
          column: 23,
          suggestions: [{ messageId: 'limitIpsCount', output: `import Koa from 'koa';
const app = new Koa({ proxy: true, maxIpsCount: 1 });` }],
        },
      ],
    },
    {
      // Options in a const; the default header named explicitly.
      code: `import Koa from 'koa';
const koaOptions = { proxy: true, proxyIpHeader: 'X-Forwarded-For', keys: [process.env.COOKIE_KEY] };
export const app = new Koa(koaOptions);`,
      errors: [
        {
          messageId: 'koaTrustsEveryHop',
          line: 2,
          column: 22,
          suggestions: [{ messageId: 'limitIpsCount', output: `import Koa from 'koa';
const koaOptions = { proxy: true, maxIpsCount: 1, proxyIpHeader: 'X-Forwarded-For', keys: [process.env.COOKIE_KEY] };
export const app = new Koa(koaOptions);` }],
        },
      ],
    },
    {
      // Koa from a local re-export: recognised by its class name.
      code: `import { Koa } from './framework';
const app = new Koa();
app.proxy = true;`,
      errors: [
        {
          messageId: 'koaTrustsEveryHop',
          line: 3,
          column: 1,
          suggestions: [{ messageId: 'limitIpsCount', output: `import { Koa } from './framework';
const app = new Koa();
app.proxy = true;
app.maxIpsCount = 1;` }],
        },
      ],
    },
    {
      // TypeScript, no semicolons, inside a factory, with the `hops` option.
      code: `import Koa from 'koa'
export function createApp(): Koa {
  const app: Koa = new Koa()
  app.proxy = true
  return app
}`,
      filename: 'app.ts',
      options: [{ hops: 2 }],
      errors: [
        {
          messageId: 'koaTrustsEveryHop',
          line: 4,
          column: 3,
          suggestions: [
            {
              messageId: 'limitIpsCount',
              data: { hops: '2', replacement: 'app.maxIpsCount = 2' },
              output: `import Koa from 'koa'
export function createApp(): Koa {
  const app: Koa = new Koa()
  app.proxy = true
  app.maxIpsCount = 2
  return app
}`,
            },
          ],
        },
      ],
    },
    {
      // A computed key and a truthy number.
      code: `const Koa = require('koa');
const app = new Koa();
app['proxy'] = 1;`,
      errors: [{ messageId: 'koaTrustsEveryHop', line: 3, column: 1, suggestions: [{ messageId: 'limitIpsCount', output: `const Koa = require('koa');
const app = new Koa();
app['proxy'] = 1;
app.maxIpsCount = 1;` }] }],
    },
    {
      // Not a statement of its own: reported, no edit offered.
      code: `import Koa from 'koa';
const app = new Koa();
if (config.behindProxy) app.proxy = true;`,
      errors: [{ messageId: 'koaTrustsEveryHop', line: 3, column: 25, suggestions: [] }],
    },
    {
      // Exported without a variable.
      code: `import Koa from 'koa';
export default new Koa({ proxy: true });`,
      errors: [
        {
          messageId: 'koaTrustsEveryHop',
          line: 2,
          column: 26,
          suggestions: [{ messageId: 'limitIpsCount', output: `import Koa from 'koa';
export default new Koa({ proxy: true, maxIpsCount: 1 });` }],
        },
      ],
    },
    {
      // Koa's settings are read in files with a Koa app, also when computed; names are read through escapes too.
      code: `import Koa from 'koa';
const app = new Koa();
const key = ['pro', 'x', 'y'].join('');
app[key] = true;`,
      errors: [
        {
          messageId: 'koaTrustsEveryHop',
          line: 4,
          column: 1,
          suggestions: [
            {
              messageId: 'limitIpsCount',
              output: `import Koa from 'koa';
const app = new Koa();
const key = ['pro', 'x', 'y'].join('');
app[key] = true;
app.maxIpsCount = 1;`,
            },
          ],
        },
      ],
    },
    {
      code: `const app = new \\u004Boa();
app.proxy = true;`,
      errors: [
        {
          messageId: 'koaTrustsEveryHop',
          line: 2,
          column: 1,
          suggestions: [
            {
              messageId: 'limitIpsCount',
              output: `const app = new \\u004Boa();
app.proxy = true;
app.maxIpsCount = 1;`,
            },
          ],
        },
      ],
    },
    {
      code: `module.exports.http = { trust\\u0050roxy: true };`,
      errors: [
        {
          messageId: 'trustsEveryHop',
          line: 1,
          column: 25,
          suggestions: [
            {
              messageId: 'useHopCount',
              output: `module.exports.http = { trust\\u0050roxy: 1 };`,
            },
          ],
        },
      ],
    },
    {
      code: `import { type \\u0046astifyServerOptions } from 'fastify';
export const options: \\u0046astifyServerOptions = { trustProxy: true };`,
      filename: 'server.ts',
      errors: [
        {
          messageId: 'fastifyTrustsEveryHop',
          line: 2,
          column: 53,
          suggestions: [
            {
              messageId: 'useProxyAddresses',
              output: `import { type \\u0046astifyServerOptions } from 'fastify';
export const options: \\u0046astifyServerOptions = { trustProxy: 'loopback, uniquelocal' };`,
            },
          ],
        },
      ],
    },
    {
      // A Koa app found through the module alone, with no class named `Koa` written.
      code: `const server = require('koa');
const app = new server();
app.proxy = true;`,
      errors: [
        {
          messageId: 'koaTrustsEveryHop',
          line: 3,
          column: 1,
          suggestions: [
            {
              messageId: 'limitIpsCount',
              output: `const server = require('koa');
const app = new server();
app.proxy = true;
app.maxIpsCount = 1;`,
            },
          ],
        },
      ],
    },
    {
      // Fastify loaded through a const holding its name, the option spread from a const.
      code: `const FASTIFY = 'fastify';
const PROXY_OPTIONS = { trustProxy: true };
const app = require(FASTIFY)({ logger: true, ...PROXY_OPTIONS });`,
      errors: [
        {
          messageId: 'fastifyTrustsEveryHop',
          line: 2,
          column: 25,
          suggestions: [
            {
              messageId: 'useProxyAddresses',
              output: `const FASTIFY = 'fastify';
const PROXY_OPTIONS = { trustProxy: ${PRIVATE} };
const app = require(FASTIFY)({ logger: true, ...PROXY_OPTIONS });`,
            },
          ],
        },
      ],
    },
  ],
});
