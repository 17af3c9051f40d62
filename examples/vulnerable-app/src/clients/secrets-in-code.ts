// Credentials written into the code, next to the ways to keep them out of it.
import crypto from 'node:crypto';
import cookieParser from 'cookie-parser';
import jwt from 'jsonwebtoken';
import nodemailer from 'nodemailer';
import pg from 'pg';

// A signing key passed straight to the library, and a fallback that ships when the variable is missing.
export const serviceToken = jwt.sign({ sub: 'billing-worker' }, 'billing-worker-signing-key', { expiresIn: '5m' });
export const partnerToken = jwt.sign({ sub: 'partner' }, process.env.PARTNER_SIGNING_KEY || 'partner-dev-key-2024', { expiresIn: '5m' });
export const parseCookies = cookieParser('c00kie-s3cret-for-signing');

// Database and mail credentials in configuration objects.
export const reportingPool = new pg.Pool({ host: 'reports-db.internal', user: 'reporting', password: 'Rep0rting!2024' });
export const mailer = nodemailer.createTransport({
  host: 'smtp.internal',
  port: 587,
  auth: { user: 'alerts', pass: 'Sm7p-Al3rts-Pa55' },
});
export const ledgerUrl = 'postgres://ledger:Lq9vT4mX2pW7zK3n@ledger-db.internal:5432/ledger';

// A webhook secret under a secret name, and an HMAC key at a crypto sink.
export const webhooks = { signingSecret: '7c4e9a1f3b8d2e6a5f0c9b7d1e3a4f62' };
export function sign(body: string): string {
  return crypto.createHmac('sha256', 'hmac-key-for-audit-events').update(body).digest('hex');
}

// Safe: read from the environment, placeholders, public values, default credentials on loopback.
export const safe = {
  apiKey: process.env.REPORTING_API_KEY,
  password: process.env.REPORTING_PASSWORD ?? '',
  passwordMinLength: 12,
  tokenType: 'Bearer',
  localDatabase: 'postgres://postgres:postgres@localhost:5432/dev',
  example: 'AKIAIOSFODNN7EXAMPLE',
  clientSecret: '<your-client-secret>',
};
