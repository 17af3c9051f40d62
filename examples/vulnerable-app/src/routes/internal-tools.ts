// Internal tools: every gate here trusts something the caller can forge, except the last two routes.
import express, { type NextFunction, type Request, type Response } from 'express';
import { expressjwt } from 'express-jwt';
import jwt, { type JwtPayload } from 'jsonwebtoken';
import { config } from '../config.js';

export const router = express.Router();

const OFFICE_IPS = ['203.0.113.10', '203.0.113.11'];
const SUPPORT_LEADS = ['helpdesk-lead@example.com'];
const SUPPORT_OIDS = new Set([process.env.HELPDESK_LEAD_OID]);
const signingKey = process.env.PARTNER_SIGNING_KEY ?? '';
const checkJwt = expressjwt({ secret: signingKey, algorithms: ['RS256'], audience: config.auth.audience, issuer: config.auth.issuer });

// The left-most X-Forwarded-For entry is whatever the client sent.
router.use('/internal', (req: Request, res: Response, next: NextFunction) => {
  const ip = String(req.headers['x-forwarded-for'] ?? '').split(',')[0].trim();
  if (OFFICE_IPS.includes(ip)) return next();
  res.sendStatus(403);
});

// Being on the same host is not an identity (strict preset).
router.post('/internal/cache/flush', (req: Request, res: Response, next: NextFunction) => {
  if (req.socket.remoteAddress !== '127.0.0.1') return res.sendStatus(403);
  next();
});

// Any script can send this header.
router.get('/internal/config', (req: Request, res: Response, next: NextFunction) => {
  if (req.headers['x-user-role'] === 'admin') return next();
  res.sendStatus(403);
});

// The client says it is an administrator.
router.post('/users/:id/role', (req: Request, res: Response, next: NextFunction) => {
  if (req.body.isAdmin === true) return next();
  res.sendStatus(403);
});

// Decoded, never verified.
router.use('/reports', (req: Request, _res: Response, next: NextFunction) => {
  (req as Request & { user?: JwtPayload }).user = jwt.decode(req.headers.authorization?.slice(7) ?? '') as JwtPayload;
  next();
});

// The token picks its own algorithm.
router.use('/partners', (req: Request, res: Response, next: NextFunction) => {
  const token = req.get('authorization')?.replace('Bearer ', '') ?? '';
  const decoded = jwt.decode(token, { complete: true });
  jwt.verify(token, signingKey, { algorithms: [decoded?.header.alg ?? 'RS256'] as jwt.Algorithm[] }, (err) => (err ? res.sendStatus(401) : next()));
});

// An email address is not an identity: it can be changed or re-assigned.
router.delete('/tickets/:id', checkJwt, (req: Request, res: Response, next: NextFunction) => {
  const auth = (req as Request & { auth?: JwtPayload }).auth;
  if (!SUPPORT_LEADS.includes(auth?.email)) return res.sendStatus(403);
  next();
});

// Not reported: the right-most X-Forwarded-For entry, only logged.
router.use((req: Request, _res: Response, next: NextFunction) => {
  const clientIp = String(req.headers['x-forwarded-for'] ?? '').split(',').pop()?.trim();
  console.info({ clientIp, path: req.path }, 'request');
  next();
});

// Not reported: tenant and object IDs from a verified token.
router.get('/tickets', checkJwt, (req: Request, res: Response, next: NextFunction) => {
  const auth = (req as Request & { auth?: JwtPayload }).auth;
  if (auth?.tid !== process.env.TENANT_ID || !SUPPORT_OIDS.has(auth?.oid)) return res.sendStatus(403);
  next();
});
