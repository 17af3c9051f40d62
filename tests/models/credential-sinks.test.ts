import type { TSESLint } from '@typescript-eslint/utils';
import type { Rule } from 'eslint';
import { describe, expect, it } from 'vitest';
import { SINKS, getCredentialSinkValues } from '../../src/models/credential-sinks';
import { runProbe, type Mode } from '../utils/probe-rule';

// ---------------------------------------------------------------------------------------------------------------------
// Harness: a probe rule that lists every mapped literal as `text → label [expects]` at `Program:exit`.
// ---------------------------------------------------------------------------------------------------------------------


function probe(sink: (found: string[]) => void): Rule.RuleModule {
  const rule: TSESLint.RuleModule<never> = {
    meta: { type: 'problem', schema: [], messages: {} },
    create(context) {
      return {
        'Program:exit'() {
          const values = getCredentialSinkValues(context);
          expect(getCredentialSinkValues(context)).toBe(values);
          const found = [...values].map(([node, info]) => ({ start: node.range[0], text: `${context.sourceCode.getText(node)} → ${info.label} [${info.expects}]` }));
          found.sort((a, b) => a.start - b.start);
          sink(found.map((item) => item.text));
        },
      };
    },
  };
  return rule as unknown as Rule.RuleModule;
}


function sinksIn(code: string, mode: Mode = 'ts'): string[] {
  let found: string[] = [];
  runProbe(code, mode, probe((list) => (found = list)));
  return found;
}

/** Found literal texts only. */
function texts(code: string, mode: Mode = 'ts'): string[] {
  return sinksIn(code, mode).map((line) => line.split(' → ')[0] ?? '');
}

const lines = (...source: string[]): string => source.join('\n');

// ---------------------------------------------------------------------------------------------------------------------

describe('the catalogue', () => {
  it('is well formed: every row has a label, an env name and a location', () => {
    for (const sink of SINKS) {
      expect(sink.sink.label).not.toBe('');
      expect(sink.sink.envName).toMatch(/^[A-Z][\dA-Z_]*$/u);
      expect(Number.isInteger(sink.argument)).toBe(true);
      expect(sink.register === true || sink.steps.length > 0).toBe(true);
    }
  });
});

describe('JWT libraries (through the verifier model)', () => {
  it('maps the jsonwebtoken sign and verify secrets through require', () => {
    expect(
      sinksIn(lines(`const jwt = require('jsonwebtoken');`, `jwt.sign(payload, 'dev-secret', { expiresIn: '1h' });`, `jwt.verify(token, 'dev-secret');`), 'cjs'),
    ).toEqual(["'dev-secret' → jsonwebtoken.sign secret [signing-key]", "'dev-secret' → jsonwebtoken.verify secret [signing-key]"]);
  });

  it('maps ESM default, named, aliased and namespace imports', () => {
    expect(texts(lines(`import jwt from 'jsonwebtoken';`, `jwt.sign(p, 'a1');`), 'esm')).toEqual(["'a1'"]);
    expect(texts(lines(`import { sign } from 'jsonwebtoken';`, `sign(p, 'b2');`), 'esm')).toEqual(["'b2'"]);
    expect(texts(lines(`import { sign as issue } from 'jsonwebtoken';`, `issue(p, 'c3');`), 'esm')).toEqual(["'c3'"]);
    expect(texts(lines(`import * as jsonwebtoken from 'jsonwebtoken';`, `jsonwebtoken.verify(t, 'd4');`), 'esm')).toEqual(["'d4'"]);
  });

  it('maps destructured require and a const-held secret', () => {
    expect(texts(lines(`const { sign } = require('jsonwebtoken');`, `const KEY = 'shhh';`, `sign({ sub }, KEY);`), 'cjs')).toEqual(["'shhh'"]);
  });

  it('follows two const hops and a template literal without expressions', () => {
    expect(texts(lines(`import jwt from 'jsonwebtoken';`, 'const BASE = `topsecret`;', `const KEY = BASE;`, `jwt.sign(p, KEY);`))).toEqual(['`topsecret`']);
  });

  it('maps the fallback of an env variable', () => {
    expect(sinksIn(lines(`import jwt from 'jsonwebtoken';`, `jwt.sign(p, process.env.JWT_SECRET || 'dev-secret');`))).toEqual([
      "'dev-secret' → jsonwebtoken.sign secret [signing-key]",
    ]);
    expect(texts(lines(`import jwt from 'jsonwebtoken';`, `const secret = process.env.JWT_SECRET ?? 'fallback';`, `jwt.verify(t, secret);`))).toEqual(["'fallback'"]);
  });

  it('maps both branches of a conditional', () => {
    expect(texts(lines(`import jwt from 'jsonwebtoken';`, `jwt.sign(p, isProd ? process.env.K : 'k-dev');`))).toEqual(["'k-dev'"]);
    expect(texts(lines(`import jwt from 'jsonwebtoken';`, `jwt.sign(p, debug ? 'one' : 'two');`))).toEqual(["'one'", "'two'"]);
  });

  it('maps a destructuring default from process.env', () => {
    expect(texts(lines(`import jwt from 'jsonwebtoken';`, `const { JWT_SECRET = 'changeme-later' } = process.env;`, `jwt.sign(p, JWT_SECRET);`))).toEqual(["'changeme-later'"]);
  });

  it('maps a property of a const config object', () => {
    expect(texts(lines(`import jwt from 'jsonwebtoken';`, `const config = { jwt: { secret: 'cfg-secret' } };`, `jwt.sign(p, config.jwt.secret);`))).toEqual(["'cfg-secret'"]);
    expect(texts(lines(`import jwt from 'jsonwebtoken';`, `const config = { secret: 'cfg2' };`, `const { secret } = config;`, `jwt.sign(p, secret);`))).toEqual(["'cfg2'"]);
  });

  it('sees through TypeScript wrappers and annotations', () => {
    expect(
      texts(
        lines(
          `import jwt from 'jsonwebtoken';`,
          `const KEY: string = 'typed';`,
          `const OTHER = 'const-asserted' as const;`,
          `const THIRD = 'satisfied' satisfies string;`,
          `jwt.sign(p, KEY);`,
          `jwt.sign(p, OTHER!);`,
          `jwt.sign(p, <string>THIRD);`,
        ),
      ),
    ).toEqual(["'typed'", "'const-asserted'", "'satisfied'"]);
  });

  it('maps Buffer.from and TextEncoder wrappers, and the key of a key object', () => {
    expect(texts(lines(`import jwt from 'jsonwebtoken';`, `jwt.sign(p, Buffer.from('buf-secret', 'base64'));`))).toEqual(["'buf-secret'"]);
    expect(texts(lines(`import jwt from 'jsonwebtoken';`, `jwt.sign(p, { key: PEM, passphrase: 'pem-pass' }, { algorithm: 'RS256' });`))).toEqual(["'pem-pass'"]);
  });

  it('maps jose keys: jwtVerify, SignJWT chains and importPKCS8', () => {
    expect(
      sinksIn(
        lines(
          `import { SignJWT, jwtVerify, importPKCS8 } from 'jose';`,
          `const secret = new TextEncoder().encode('jose-secret');`,
          `const jwt = await new SignJWT({ a: 1 }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('2h').sign(secret);`,
          `await jwtVerify(jwt, new TextEncoder().encode('verify-secret'));`,
          `const key = await importPKCS8('pkcs8-text', 'RS256');`,
        ),
      ),
    ).toEqual([
      "'jose-secret' → jose SignJWT.sign key [signing-key]",
      "'verify-secret' → jose.jwtVerify secret [signing-key]",
      "'pkcs8-text' → jose importPKCS8 private key [private-key]",
    ]);
  });

  it('maps express-jwt, passport-jwt, koa-jwt, fast-jwt, jwt-simple and jws', () => {
    expect(texts(lines(`const { expressjwt } = require('express-jwt');`, `app.use(expressjwt({ secret: 'ej', algorithms: ['HS256'] }));`), 'cjs')).toEqual(["'ej'"]);
    expect(texts(lines(`import { Strategy } from 'passport-jwt';`, `const opts = { secretOrKey: 'pj', jwtFromRequest };`, `passport.use(new Strategy(opts, verify));`))).toEqual(["'pj'"]);
    expect(texts(lines(`import koaJwt from 'koa-jwt';`, `app.use(koaJwt({ secret: 'kj' }));`))).toEqual(["'kj'"]);
    expect(texts(lines(`import { createSigner } from 'fast-jwt';`, `const signer = createSigner({ key: 'fj' });`))).toEqual(["'fj'"]);
    expect(texts(lines(`const jwt = require('jwt-simple');`, `jwt.encode(payload, 'js1');`, `jwt.decode(token, 'js2');`), 'cjs')).toEqual(["'js1'", "'js2'"]);
    expect(texts(lines(`const jws = require('jws');`, `jws.sign({ header: { alg: 'HS256' }, payload, secret: 'jws-secret' });`), 'cjs')).toEqual(["'jws-secret'"]);
  });

  it('maps @fastify/jwt registration and its private key, not the public key', () => {
    expect(
      sinksIn(lines(`import fastifyJwt from '@fastify/jwt';`, `app.register(fastifyJwt, { secret: 'fastify-secret' });`)),
    ).toEqual(["'fastify-secret' → @fastify/jwt.register secret [signing-key]"]);
    expect(texts(lines(`import fastifyJwt from '@fastify/jwt';`, `app.register(fastifyJwt, { secret: { private: 'priv-pem', public: 'pub-pem' } });`))).toEqual([
      "'priv-pem'",
    ]);
  });

  it('does not map a public key or certificate PEM at a verify site', () => {
    expect(texts(lines(`import jwt from 'jsonwebtoken';`, `jwt.verify(t, '-----BEGIN PUBLIC KEY-----\\nMIIB\\n-----END PUBLIC KEY-----');`))).toEqual([]);
    expect(texts(lines(`import jwt from 'jsonwebtoken';`, `jwt.verify(t, \`-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\`);`))).toEqual([]);
  });
});

describe('Node crypto', () => {
  it('maps createHmac, createCipheriv and createSecretKey keys, with node: and destructuring', () => {
    expect(
      sinksIn(
        lines(
          `import crypto from 'node:crypto';`,
          `import { createCipheriv } from 'crypto';`,
          `crypto.createHmac('sha256', 'hmac-key').update(body).digest('hex');`,
          `createCipheriv('aes-256-gcm', Buffer.from('0123456789abcdef0123456789abcdef'), iv);`,
          `const k = crypto.createSecretKey(Buffer.from('sk-bytes'));`,
        ),
      ),
    ).toEqual([
      "'hmac-key' → crypto.createHmac key [signing-key]",
      "'0123456789abcdef0123456789abcdef' → crypto.createCipheriv key [signing-key]",
      "'sk-bytes' → crypto.createSecretKey key [signing-key]",
    ]);
  });

  it('maps raw keys imported with the global crypto.subtle, but not spki', () => {
    expect(texts(`await crypto.subtle.importKey('raw', new TextEncoder().encode('raw-key'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);`)).toEqual([
      "'raw-key'",
    ]);
    expect(texts(`await crypto.subtle.importKey('spki', Buffer.from('spki-data', 'base64'), alg, true, ['verify']);`)).toEqual([]);
  });

  it('does not map hashing inputs or the algorithm name', () => {
    expect(texts(lines(`import crypto from 'crypto';`, `crypto.createHash('sha256').update('data');`, `crypto.pbkdf2Sync('password', 'salt', 1000, 64, 'sha512');`))).toEqual([]);
  });
});

describe('hono/jwt', () => {
  it('maps the middleware secret and the sign and verify secrets', () => {
    expect(
      sinksIn(
        lines(
          `import { jwt, sign, verify } from 'hono/jwt';`,
          `app.use('/api/*', jwt({ secret: 'it-is-very-secret', alg: 'HS256' }));`,
          `const token = await sign(payload, 'sign-secret');`,
          `const claims = await verify(token, 'verify-secret', 'HS256');`,
        ),
      ),
    ).toEqual([
      "'it-is-very-secret' → hono/jwt middleware secret [signing-key]",
      "'sign-secret' → hono/jwt sign secret [signing-key]",
      "'verify-secret' → hono/jwt verify secret [signing-key]",
    ]);
  });

  it('does not map the algorithm, a secret from the environment, or another module\'s sign', () => {
    expect(texts(lines(`import { jwt, verify } from 'hono/jwt';`, `app.use(jwt({ secret: c.env.JWT_SECRET, alg: 'HS256' }));`, `await verify(token, env.SECRET, 'HS256');`))).toEqual([]);
    expect(texts(lines(`import { sign } from './tokens';`, `await sign(payload, 'not-a-hono-secret');`))).toEqual([]);
  });
});

describe('sessions and cookies', () => {
  it('maps express-session secrets, strings and arrays', () => {
    expect(sinksIn(lines(`const session = require('express-session');`, `app.use(session({ secret: 'keyboard cat', resave: false }));`), 'cjs')).toEqual([
      "'keyboard cat' → express-session secret [signing-key]",
    ]);
    expect(texts(lines(`import session from 'express-session';`, `app.use(session({ secret: ['new-one', process.env.OLD] }));`))).toEqual(["'new-one'"]);
  });

  it('maps options held in a const and built with spread', () => {
    expect(
      texts(lines(`import session from 'express-session';`, `const base = { secret: 'base-secret' };`, `const opts = { ...base, cookie: { secure: true } };`, `app.use(session(opts));`)),
    ).toEqual(["'base-secret'"]);
  });

  it('does not map a secret the spread overrides with an env variable', () => {
    expect(texts(lines(`import session from 'express-session';`, `const base = { secret: 'old' };`, `app.use(session({ ...base, secret: process.env.SESSION_SECRET }));`))).toEqual([]);
  });

  it('maps cookie-session keys, cookie-parser and koa app.keys', () => {
    expect(texts(lines(`import cookieSession from 'cookie-session';`, `app.use(cookieSession({ name: 'sess', keys: ['k1', 'k2'] }));`))).toEqual(["'k1'", "'k2'"]);
    expect(sinksIn(lines(`const cookieParser = require('cookie-parser');`, `app.use(cookieParser('cp-secret'));`), 'cjs')).toEqual([
      "'cp-secret' → cookie-parser secret [signing-key]",
    ]);
    expect(sinksIn(lines(`import Koa from 'koa';`, `const app = new Koa();`, `app.keys = ['im a newer secret', 'i like turtle'];`))).toEqual([
      "'im a newer secret' → koa app.keys [signing-key]",
      "'i like turtle' → koa app.keys [signing-key]",
    ]);
  });

  it('maps @fastify/cookie and @fastify/session registrations, also with require inline', () => {
    expect(texts(lines(`import cookie from '@fastify/cookie';`, `fastify.register(cookie, { secret: 'fc-secret' });`))).toEqual(["'fc-secret'"]);
    expect(texts(lines(`fastify.register(require('@fastify/session'), { secret: 'a secret with minimum length of 32 characters' });`), 'cjs')).toEqual([
      "'a secret with minimum length of 32 characters'",
    ]);
  });

  it('maps iron-session and next-auth secrets', () => {
    expect(texts(lines(`import { getIronSession } from 'iron-session';`, `const s = await getIronSession(cookies(), { password: 'complex_password_at_least_32_characters_long', cookieName: 'x' });`))).toEqual([
      "'complex_password_at_least_32_characters_long'",
    ]);
    expect(texts(lines(`import NextAuth from 'next-auth';`, `export default NextAuth({ providers: [], secret: 'na-secret' });`))).toEqual(["'na-secret'"]);
    expect(texts(lines(`import GitHub from 'next-auth/providers/github';`, `GitHub({ clientId: 'Iv1.abc', clientSecret: 'gh-client-secret' });`))).toEqual(["'gh-client-secret'"]);
  });

  it('does not map non-credential options', () => {
    expect(texts(lines(`import session from 'express-session';`, `app.use(session({ secret: true, name: 'sid', cookie: { secure: true, sameSite: 'lax' } }));`))).toEqual([]);
    expect(texts(lines(`import session from 'express-session';`, `app.use(session({ secret: [process.env.A] }));`))).toEqual([]);
    expect(texts(lines(`import session from 'express-session';`, `app.use(session({ secret: '' }));`))).toEqual([]);
  });
});

describe('OAuth clients', () => {
  it('maps passport strategies clientSecret, not clientID', () => {
    expect(
      sinksIn(lines(`const GoogleStrategy = require('passport-google-oauth20').Strategy;`, `passport.use(new GoogleStrategy({ clientID: 'id.apps', clientSecret: 'g-secret', callbackURL: '/cb' }, verify));`), 'cjs'),
    ).toEqual(["'g-secret' → passport-google-oauth20 clientSecret [api-key]"]);
    expect(texts(lines(`import { OIDCStrategy } from 'passport-azure-ad';`, `new OIDCStrategy({ identityMetadata, clientID, clientSecret: 'aad-secret' }, verify);`))).toEqual(["'aad-secret'"]);
  });

  it('maps openid-client v5 Client and v6 discovery secrets', () => {
    expect(texts(lines(`import { Issuer } from 'openid-client';`, `const issuer = await Issuer.discover('https://idp');`, `const client = new issuer.Client({ client_id: 'app', client_secret: 'oidc-secret' });`))).toEqual([
      "'oidc-secret'",
    ]);
    expect(texts(lines(`import * as client from 'openid-client';`, `const config = await client.discovery(new URL('https://idp'), 'app', 'v6-secret');`))).toEqual(["'v6-secret'"]);
  });

  it('maps simple-oauth2 client.secret and MSAL clientSecret', () => {
    expect(texts(lines(`const { ClientCredentials } = require('simple-oauth2');`, `new ClientCredentials({ client: { id: 'x', secret: 'so2' }, auth: { tokenHost } });`), 'cjs')).toEqual(["'so2'"]);
    expect(sinksIn(lines(`import * as msal from '@azure/msal-node';`, `const cca = new msal.ConfidentialClientApplication({ auth: { clientId, authority, clientSecret: 'msal-secret' } });`))).toEqual([
      "'msal-secret' → msal-node clientSecret [api-key]",
    ]);
  });
});

describe('SaaS API clients', () => {
  it('maps Stripe called or constructed, through require or import', () => {
    expect(texts(lines(`const stripe = require('stripe')('sk_test_abc');`), 'cjs')).toEqual(["'sk_test_abc'"]);
    expect(sinksIn(lines(`import Stripe from 'stripe';`, `const stripe = new Stripe('rk_live_xyz', { apiVersion: '2024-06-20' });`))).toEqual([
      "'rk_live_xyz' → Stripe secret key [api-key]",
    ]);
  });

  it('maps OpenAI, Anthropic and Gemini keys', () => {
    expect(texts(lines(`import OpenAI from 'openai';`, `const openai = new OpenAI({ apiKey: 'oa-key' });`))).toEqual(["'oa-key'"]);
    expect(texts(lines(`import Anthropic from '@anthropic-ai/sdk';`, `const a = new Anthropic({ apiKey: 'an-key' });`))).toEqual(["'an-key'"]);
    expect(texts(lines(`import { GoogleGenerativeAI } from '@google/generative-ai';`, `const g = new GoogleGenerativeAI('gm-key');`))).toEqual(["'gm-key'"]);
  });

  it('maps SendGrid, Octokit, Slack and Mailchimp', () => {
    expect(texts(lines(`const sgMail = require('@sendgrid/mail');`, `sgMail.setApiKey('sg-key');`), 'cjs')).toEqual(["'sg-key'"]);
    expect(texts(lines(`import { Octokit } from '@octokit/rest';`, `const octokit = new Octokit({ auth: 'gh-token', userAgent: 'app v1' });`))).toEqual(["'gh-token'"]);
    expect(texts(lines(`import { WebClient } from '@slack/web-api';`, `const web = new WebClient('xoxb-token');`))).toEqual(["'xoxb-token'"]);
    expect(texts(lines(`import mailchimp from '@mailchimp/mailchimp_marketing';`, `mailchimp.setConfig({ apiKey: 'mc-key', server: 'us19' });`))).toEqual(["'mc-key'"]);
  });

  it('maps only the Twilio auth token, not the account SID', () => {
    expect(sinksIn(lines(`const twilio = require('twilio');`, `const accountSid = 'AC0123';`, `const client = twilio(accountSid, 'tw-token');`), 'cjs')).toEqual([
      "'tw-token' → Twilio auth token [api-key]",
    ]);
  });

  it('maps only the VAPID private key of web-push', () => {
    expect(texts(lines(`import webpush from 'web-push';`, `webpush.setVapidDetails('mailto:a@b.c', 'public-vapid', 'private-vapid');`))).toEqual(["'private-vapid'"]);
  });

  it('maps Mailgun keys on the client instance and firebase private keys', () => {
    expect(texts(lines(`import Mailgun from 'mailgun.js';`, `const mailgun = new Mailgun(formData);`, `const mg = mailgun.client({ username: 'api', key: 'mg-key' });`))).toEqual(["'mg-key'"]);
    expect(texts(lines(`const admin = require('firebase-admin');`, `admin.initializeApp({ credential: admin.credential.cert({ project_id: 'p', private_key: 'fb-pk' }) });`), 'cjs')).toEqual([
      "'fb-pk'",
    ]);
  });

  it('does not map env-sourced or parameter keys', () => {
    expect(texts(lines(`import Stripe from 'stripe';`, `const stripe = new Stripe(process.env.STRIPE_KEY);`))).toEqual([]);
    expect(texts(lines(`import OpenAI from 'openai';`, `export function make(apiKey: string) { return new OpenAI({ apiKey }); }`))).toEqual([]);
  });
});

describe('AWS', () => {
  it('maps v3 client credentials: the secret and session token, not the access key id', () => {
    expect(
      sinksIn(lines(`import { S3Client } from '@aws-sdk/client-s3';`, `const s3 = new S3Client({ region: 'us-east-1', credentials: { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'aws-secret', sessionToken: 'aws-session' } });`)),
    ).toEqual(["'aws-secret' → @aws-sdk/client-s3 secretAccessKey [api-key]", "'aws-session' → @aws-sdk/client-s3 sessionToken [api-key]"]);
  });

  it('maps v2 config.update, clients and Credentials', () => {
    expect(
      texts(
        lines(
          `const AWS = require('aws-sdk');`,
          `AWS.config.update({ accessKeyId: 'id', secretAccessKey: 'v2-secret' });`,
          `const s3 = new AWS.S3({ credentials: { accessKeyId: 'id', secretAccessKey: 'v2-client' } });`,
          `AWS.config.credentials = new AWS.Credentials('id', 'v2-cred');`,
        ),
        'cjs',
      ),
    ).toEqual(["'v2-secret'", "'v2-client'", "'v2-cred'"]);
  });
});

describe('databases, queues, mail and directories', () => {
  it('maps pg passwords and connection strings', () => {
    expect(
      sinksIn(lines(`import { Pool } from 'pg';`, `const pool = new Pool({ host: 'db', user: 'app', password: 'pg-pass', database: 'shop' });`, `const c = new Pool({ connectionString: 'postgres://u:p@db/shop' });`)),
    ).toEqual(["'pg-pass' → pg password [password]", "'postgres://u:p@db/shop' → pg connectionString [connection-uri]"]);
  });

  it('maps pg options through a const and a namespace import', () => {
    expect(texts(lines(`import pg from 'pg';`, `const dbConfig = { user: 'app', password: 'hunter2' };`, `const client = new pg.Client(dbConfig);`))).toEqual(["'hunter2'"]);
  });

  it('maps mysql2, mongoose, mongodb and redis', () => {
    expect(texts(lines(`const mysql = require('mysql2/promise');`, `const pool = mysql.createPool({ host, user: 'root', password: 'my-pass' });`), 'cjs')).toEqual(["'my-pass'"]);
    expect(texts(lines(`import mongoose from 'mongoose';`, `await mongoose.connect('mongodb+srv://admin:pw@cluster0.example.net/db');`))).toEqual([
      "'mongodb+srv://admin:pw@cluster0.example.net/db'",
    ]);
    expect(texts(lines(`import { MongoClient } from 'mongodb';`, `const client = new MongoClient('mongodb://u:p@localhost:27017');`))).toEqual(["'mongodb://u:p@localhost:27017'"]);
    expect(texts(lines(`import { createClient } from 'redis';`, `const r = createClient({ url: 'redis://:pw@cache:6379', password: 'rd-pass' });`))).toEqual([
      "'redis://:pw@cache:6379'",
      "'rd-pass'",
    ]);
  });

  it('maps ioredis URL and password forms', () => {
    expect(texts(lines(`import Redis from 'ioredis';`, `const a = new Redis('redis://:pw@cache:6379');`, `const b = new Redis({ host: 'cache', password: 'io-pass' });`, `const c = new Redis(6379, 'cache', { password: 'io-pass2' });`))).toEqual([
      "'redis://:pw@cache:6379'",
      "'io-pass'",
      "'io-pass2'",
    ]);
  });

  it('maps knex connection objects and strings, Sequelize and typeorm', () => {
    expect(texts(lines(`const knex = require('knex')({ client: 'pg', connection: { host: 'db', password: 'knex-pass' } });`), 'cjs')).toEqual(["'knex-pass'"]);
    expect(texts(lines(`import knex from 'knex';`, `const db = knex({ client: 'pg', connection: 'postgres://u:p@db/x' });`))).toEqual(["'postgres://u:p@db/x'"]);
    expect(sinksIn(lines(`import { Sequelize } from 'sequelize';`, `const s = new Sequelize('shop', 'app', 'sq-pass', { dialect: 'postgres' });`))).toEqual([
      "'sq-pass' → Sequelize password [password]",
    ]);
    expect(texts(lines(`import { DataSource } from 'typeorm';`, `export const ds = new DataSource({ type: 'postgres', password: 'to-pass' } satisfies Options);`))).toEqual(["'to-pass'"]);
  });

  it('maps nodemailer, amqplib, mssql, ldapjs and Prisma', () => {
    expect(texts(lines(`import nodemailer from 'nodemailer';`, `const t = nodemailer.createTransport({ host: 'smtp', auth: { user: 'me', pass: 'smtp-pass' } });`))).toEqual(["'smtp-pass'"]);
    expect(texts(lines(`import amqp from 'amqplib';`, `const conn = await amqp.connect('amqp://guest:guest@mq:5672');`))).toEqual(["'amqp://guest:guest@mq:5672'"]);
    expect(texts(lines(`import sql from 'mssql';`, `await sql.connect({ user: 'sa', password: 'ms-pass', server: 'db' });`))).toEqual(["'ms-pass'"]);
    expect(sinksIn(lines(`const ldap = require('ldapjs');`, `const client = ldap.createClient({ url: 'ldaps://dir' });`, `client.bind('cn=admin', 'ldap-pass', cb);`), 'cjs')).toEqual([
      "'ldap-pass' → ldapjs bind password [password]",
    ]);
    expect(texts(lines(`import { PrismaClient } from '@prisma/client';`, `const prisma = new PrismaClient({ datasources: { db: { url: 'postgresql://u:p@db/x' } } });`))).toEqual([
      "'postgresql://u:p@db/x'",
    ]);
  });

  it('does not map values that are not connection strings in a URI slot', () => {
    expect(texts(lines(`import { MongoClient } from 'mongodb';`, `const client = new MongoClient(uri);`))).toEqual([]);
    expect(texts(lines(`import { Sequelize } from 'sequelize';`, `const s = new Sequelize('shop', 'app', process.env.DB_PASSWORD);`))).toEqual([]);
  });
});

describe('Microsoft', () => {
  it('maps identity credentials and storage keys', () => {
    expect(
      sinksIn(
        lines(
          `import { ClientSecretCredential } from '@azure/identity';`,
          `import { StorageSharedKeyCredential, BlobServiceClient } from '@azure/storage-blob';`,
          `const cred = new ClientSecretCredential('tenant-id', 'client-id', 'az-secret');`,
          `const shared = new StorageSharedKeyCredential('acct', 'acct-key');`,
          `const svc = BlobServiceClient.fromConnectionString('DefaultEndpointsProtocol=https;AccountName=a;AccountKey=k');`,
        ),
      ),
    ).toEqual([
      "'az-secret' → ClientSecretCredential secret [api-key]",
      "'acct-key' → StorageSharedKeyCredential account key [api-key]",
      "'DefaultEndpointsProtocol=https;AccountName=a;AccountKey=k' → BlobServiceClient connection string [connection-uri]",
    ]);
  });

  it('maps Cosmos keys, Service Bus and Event Hubs connection strings, and AzureKeyCredential', () => {
    expect(texts(lines(`import { CosmosClient } from '@azure/cosmos';`, `const c = new CosmosClient({ endpoint: 'https://x.documents.azure.com', key: 'cosmos-key' });`))).toEqual(["'cosmos-key'"]);
    expect(texts(lines(`import { EventHubConsumerClient } from '@azure/event-hubs';`, `new EventHubConsumerClient('$Default', 'Endpoint=sb://x/;SharedAccessKey=k', 'hub');`))).toEqual([
      "'Endpoint=sb://x/;SharedAccessKey=k'",
    ]);
    expect(texts(lines(`import { AzureKeyCredential } from '@azure/core-auth';`, `const k = new AzureKeyCredential('ak-key');`))).toEqual(["'ak-key'"]);
  });
});

describe('HTTP auth headers', () => {
  it('maps an Authorization header of the global fetch', () => {
    expect(sinksIn(`await fetch('https://api.example.com', { headers: { Authorization: 'Bearer abc123def' } });`)).toEqual([
      "'Bearer abc123def' → fetch Authorization header [auth-header]",
    ]);
  });

  it('matches header names case-insensitively and maps api-key headers as API keys', () => {
    expect(sinksIn(`fetch(url, { method: 'POST', headers: { 'x-api-key': 'xk', 'PRIVATE-TOKEN': 'glpat', 'content-type': 'application/json' } });`)).toEqual([
      "'xk' → fetch x-api-key header [api-key]",
      "'glpat' → fetch PRIVATE-TOKEN header [api-key]",
    ]);
  });

  it('maps a template literal without expressions, not one with them', () => {
    expect(texts('fetch(url, { headers: { authorization: `Basic dXNlcjpwYXNz` } });')).toEqual(['`Basic dXNlcjpwYXNz`']);
    expect(texts('fetch(url, { headers: { Authorization: `Bearer ${token}` } });')).toEqual([]);
  });

  it('maps headers held in a const, Headers objects and their set calls', () => {
    expect(texts(lines(`const HEADERS = { Authorization: 'Bearer const-held' };`, `fetch(url, { headers: HEADERS });`))).toEqual(["'Bearer const-held'"]);
    expect(texts(lines(`const h = new Headers({ 'Ocp-Apim-Subscription-Key': 'apim' });`, `h.set('Authorization', 'token gh-x');`, `h.append('Accept', 'json');`))).toEqual([
      "'apim'",
      "'token gh-x'",
    ]);
  });

  it('does not map a locally declared fetch', () => {
    expect(texts(lines(`function fetch(u, o) { return o; }`, `fetch(url, { headers: { Authorization: 'Bearer x' } });`))).toEqual([]);
    expect(texts(lines(`import fetch from 'my-fetch';`, `fetch(url, { headers: { Authorization: 'Bearer x' } });`))).toEqual([]);
  });

  it('maps axios config headers, method configs, auth passwords and instances', () => {
    expect(
      sinksIn(
        lines(
          `import axios from 'axios';`,
          `await axios.get(url, { headers: { Authorization: 'Bearer ax-get' } });`,
          `await axios.post(url, body, { auth: { username: 'u', password: 'ax-pass' } });`,
          `const api = axios.create({ baseURL, headers: { 'X-Auth-Token': 'ax-create' } });`,
          `await api.put(url, data, { headers: { authorization: 'Bearer ax-put' } });`,
        ),
      ),
    ).toEqual([
      "'Bearer ax-get' → axios.get Authorization header [auth-header]",
      "'ax-pass' → axios.post auth password [password]",
      "'ax-create' → axios.create x-auth-token header [api-key]",
      "'Bearer ax-put' → axios instance put Authorization header [auth-header]",
    ]);
  });

  it('maps node-fetch and got headers; not the body of a POST', () => {
    expect(texts(lines(`const fetch = require('node-fetch');`, `fetch(url, { headers: { Authorization: 'Bearer nf' } });`), 'cjs')).toEqual(["'Bearer nf'"]);
    expect(texts(lines(`import got from 'got';`, `await got.post(url, { json: { Authorization: 'not-a-header' }, headers: { Authorization: 'Bearer got' } });`))).toEqual([
      "'Bearer got'",
    ]);
    expect(texts(lines(`import axios from 'axios';`, `await axios.post(url, { Authorization: 'body-field' });`))).toEqual([]);
  });
});

describe('more import forms and shapes', () => {
  it('maps through await import() and TypeScript import = require()', () => {
    expect(texts(lines(`const jwt = await import('jsonwebtoken');`, `jwt.sign(p, 'dyn-secret');`))).toEqual(["'dyn-secret'"]);
    expect(texts(lines(`import session = require('express-session');`, `app.use(session({ secret: 'ts-eq' }));`))).toEqual(["'ts-eq'"]);
  });

  it('maps koa keys given to the constructor', () => {
    expect(texts(lines(`const Koa = require('koa');`, `const app = new Koa({ keys: ['koa-key'] });`), 'cjs')).toEqual(["'koa-key'"]);
  });

  it('maps header pairs given as an array and node https request headers', () => {
    expect(texts(`fetch(url, { headers: [['Authorization', 'Bearer pair'], ['Accept', 'json']] });`)).toEqual(["'Bearer pair'"]);
    expect(texts(lines(`import https from 'node:https';`, `https.request({ hostname: 'api', headers: { 'Proxy-Authorization': 'Basic cHJveHk6cHc=' } });`))).toEqual([
      "'Basic cHJveHk6cHc='",
    ]);
  });

  it('maps a key shared by two sinks once, with the first label', () => {
    const found = sinksIn(lines(`import jwt from 'jsonwebtoken';`, `const KEY = 'shared';`, `jwt.sign(p, KEY);`, `jwt.verify(t, KEY);`));
    expect(found).toEqual(["'shared' → jsonwebtoken.sign secret [signing-key]"]);
  });

  it('does not follow more than a few const hops', () => {
    expect(texts(lines(`import jwt from 'jsonwebtoken';`, `const A = 'deep';`, `const B = A;`, `const C = B;`, `const D = C;`, `const E = D;`, `jwt.sign(p, E);`))).toEqual([]);
  });

  it('does not map a Headers method call on something that is not a Headers object', () => {
    expect(texts(lines(`const map = new Map();`, `map.set('Authorization', 'not-headers');`))).toEqual([]);
  });

  it('does not map an unrelated header value or a non-auth header', () => {
    expect(texts(`fetch(url, { headers: { 'User-Agent': 'app/1.0', 'X-Request-Id': 'abc' } });`)).toEqual([]);
  });
});

describe('negatives', () => {
  it('does not map env variables, parameters, or local look-alikes', () => {
    expect(texts(lines(`import jwt from 'jsonwebtoken';`, `jwt.sign(p, process.env.K);`))).toEqual([]);
    expect(texts(lines(`import jwt from 'jsonwebtoken';`, `export function issue(payload: object, key: string) { return jwt.sign(payload, key); }`))).toEqual([]);
    expect(texts(lines(`function sign(p, k) { return p; }`, `sign(payload, 'not-a-sink');`))).toEqual([]);
    expect(texts(lines(`const jwt = { sign: (p, k) => p };`, `jwt.sign(payload, 'local-object');`))).toEqual([]);
  });

  it('does not map a reassigned let, a function result, or the payload', () => {
    expect(texts(lines(`import jwt from 'jsonwebtoken';`, `let key = 'initial';`, `key = load();`, `jwt.sign(p, key);`))).toEqual([]);
    expect(texts(lines(`import jwt from 'jsonwebtoken';`, `jwt.sign(p, getSecret('name'));`))).toEqual([]);
    expect(texts(lines(`import jwt from 'jsonwebtoken';`, `jwt.sign({ role: 'admin' }, process.env.K, { issuer: 'me' });`))).toEqual([]);
  });

  it('does not map a literal used as a condition in &&', () => {
    expect(texts(lines(`import jwt from 'jsonwebtoken';`, `jwt.sign(p, 'cond' && process.env.K);`))).toEqual([]);
  });

  it('does not map type-only imports or files without the modules', () => {
    expect(texts(lines(`import type { Secret } from 'jsonwebtoken';`, `const s: Secret = 'x';`, `sign(p, s);`))).toEqual([]);
    expect(texts(lines(`const password = 'hunter2';`, `login(user, password);`))).toEqual([]);
  });

  it('maps the same code the same way in ESM and TypeScript', () => {
    const code = lines(`import session from 'express-session';`, `const SECRET = process.env.S || 'fallback-secret';`, `app.use(session({ secret: SECRET }));`);
    expect(sinksIn(code, 'esm')).toEqual(sinksIn(code, 'ts'));
    expect(texts(code)).toEqual(["'fallback-secret'"]);
  });
});
