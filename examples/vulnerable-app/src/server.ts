// Express API: JWT auth middleware, CORS, proxy trust, an IP allowlist, cookies and a background job launcher.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import cors from 'cors';
import express, { type NextFunction, type Request, type Response } from 'express';
import jwt, { type GetPublicKeyOrSecret } from 'jsonwebtoken';
import jwksClient from 'jwks-rsa';
import { type Claims, hasRole, isAdmin, readClaimsUnsafe } from './auth/tokens.js';
import { fetchProfile, partnerProxy, reportsPool } from './clients/upstream.js';
import { config } from './config.js';

const app = express();
app.set('trust proxy', true);
app.use(express.json({ limit: '100kb' }));
app.use('/api', cors({ origin: true, credentials: true }));
app.use('/admin', cors({ origin: ['https://console.example.com'], credentials: true }));

const jwks = jwksClient({ jwksUri: config.auth.jwksUri, cache: true });
const getKey: GetPublicKeyOrSecret = (header, callback) => {
  jwks.getSigningKey(header.kid, (err, key) => callback(err, key?.getPublicKey()));
};

function requireAuth(req: Request, res: Response, next: NextFunction): void {
  const token = req.headers.authorization?.replace(/^Bearer /, '');
  if (!token) {
    res.status(401).json({ error: 'missing_token' });
    return;
  }
  const options = { algorithms: ['RS256' as const], audience: config.auth.audience, issuer: config.auth.issuer };
  jwt.verify(token, getKey, options, (err, decoded) => {
    if (err) {
      res.status(401).json({ error: 'invalid_token' });
      return;
    }
    res.locals.claims = decoded as Claims;
    next();
  });
}

const ALLOWED_IPS = new Set(['10.0.0.5', '10.0.0.6']);

function internalOnly(req: Request, res: Response, next: NextFunction): void {
  const clientIp = String(req.headers['x-forwarded-for'] ?? '').split(',')[0]?.trim();
  if (!clientIp || !ALLOWED_IPS.has(clientIp)) {
    res.status(403).end();
    return;
  }
  next();
}

app.get('/api/me', requireAuth, async (_req, res) => {
  const claims = res.locals.claims as Claims;
  res.json(await fetchProfile(claims.sub));
});

app.get('/api/preview', (req, res) => {
  const claims = readClaimsUnsafe(req.headers.authorization);
  if (!claims) {
    res.status(401).end();
    return;
  }
  res.json({ sub: claims.sub, roles: claims.roles ?? [] });
});

app.delete('/admin/reports/:id', requireAuth, async (req, res) => {
  const claims = res.locals.claims as Claims;
  if (!isAdmin(claims) && !hasRole(claims, 'reports.admin')) {
    res.status(403).end();
    return;
  }
  await reportsPool.query('DELETE FROM reports WHERE id = $1', [req.params.id]);
  res.status(204).end();
});

app.post('/internal/reports/rebuild', internalOnly, (_req, res) => {
  const job = spawn('node', ['dist/jobs/rebuild-reports.js'], {
    env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0' },
    stdio: 'inherit',
  });
  res.status(202).json({ pid: job.pid });
});

app.post('/internal/reports/export', internalOnly, (_req, res) => {
  const job = spawn('node', ['dist/jobs/export-reports.js'], {
    env: { ...process.env, NODE_EXTRA_CA_CERTS: config.tls.caFile },
    stdio: 'inherit',
  });
  res.status(202).json({ pid: job.pid });
});

app.post('/api/session', requireAuth, (_req, res) => {
  const cookieOptions =
    config.env === 'production'
      ? { httpOnly: true, secure: true, sameSite: 'strict' as const }
      : { httpOnly: true, secure: false, sameSite: 'lax' as const };
  res.cookie('sid', randomUUID(), cookieOptions);
  res.status(204).end();
});

app.use('/partners', requireAuth, partnerProxy);

app.listen(config.port, () => {
  console.log(`listening on :${config.port}`);
});
