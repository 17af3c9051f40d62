// Clients for internal services (HTTPS, Postgres, MongoDB, a partner proxy, superagent): unsafe next to safe.
import fs from 'node:fs';
import https from 'node:https';
import tls from 'node:tls';
import { createProxyMiddleware } from 'http-proxy-middleware';
import { MongoClient } from 'mongodb';
import pg from 'pg';
import superagent from 'superagent';
import { config } from '../config.js';

const internalCa = fs.readFileSync(config.tls.caFile);
const PROFILE_PIN = process.env.PROFILE_CERT_SHA256 ?? '';

function legacyAgentOptions(): https.AgentOptions {
  return { keepAlive: true, maxSockets: 20, rejectUnauthorized: false };
}

export const legacyAgent = new https.Agent(legacyAgentOptions());

export const profileAgent = new https.Agent({
  keepAlive: true,
  ca: internalCa,
  rejectUnauthorized: config.tls.verify,
  checkServerIdentity: (host, cert) => {
    const error = tls.checkServerIdentity(host, cert);
    if (error) return error;
    if (cert.fingerprint256 !== PROFILE_PIN) return new Error(`Certificate pin mismatch for ${host}`);
    return undefined;
  },
});

const billingAgent = new https.Agent({ ca: internalCa, checkServerIdentity: () => undefined });

export function fetchProfile(userId: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      { host: 'profiles.internal', path: `/v1/users/${encodeURIComponent(userId)}`, agent: profileAgent, timeout: 5000 },
      (res) => {
        let body = '';
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve(JSON.parse(body)));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

export const reportsPool = new pg.Pool({ connectionString: config.database.reportingUrl, max: 5 });

export const analyticsPool = new pg.Pool({
  host: 'analytics-db.internal',
  database: 'analytics',
  user: 'analytics',
  password: process.env.ANALYTICS_DB_PASSWORD,
  ssl: { rejectUnauthorized: false },
});

export const appPool = new pg.Pool({
  connectionString: config.database.url,
  ssl: { ca: internalCa, rejectUnauthorized: true },
});

export const auditMongo = new MongoClient(config.mongoUrl, { tls: true, tlsAllowInvalidCertificates: true });

export const sessionsMongo = new MongoClient(config.mongoUrl, { tls: true, tlsCAFile: config.tls.caFile });

export const partnerProxy = createProxyMiddleware({
  target: 'https://partners.internal',
  changeOrigin: true,
  secure: false,
});

export const catalogProxy = createProxyMiddleware({
  target: 'https://catalog.internal',
  changeOrigin: true,
  agent: new https.Agent({ ca: internalCa, rejectUnauthorized: process.env.NODE_ENV === 'production' }),
});

export async function fetchInvoices(accountId: string): Promise<unknown> {
  const res = await superagent.get(`https://billing.internal/v1/accounts/${accountId}/invoices`).agent(billingAgent);
  return res.body;
}

export async function fetchLegacyInvoices(accountId: string): Promise<unknown> {
  const res = await superagent.get(`https://billing-legacy.internal/accounts/${accountId}`).disableTLSCerts();
  return res.body;
}

export async function fetchRates(): Promise<unknown> {
  const res = await superagent.get('https://rates.internal/v2/rates').ca(internalCa).timeout(5000);
  return res.body;
}
