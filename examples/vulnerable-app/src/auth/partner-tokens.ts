// Partner and refresh tokens: verifier options that skip checks, next to the checked forms.
import crypto from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import express from 'express';
import jwt from 'jsonwebtoken';
import { expressjwt } from 'express-jwt';
import { OAuth2Client } from 'google-auth-library';

const JWT_SECRET = process.env.JWT_SECRET ?? '';
const PARTNER_SECRET = process.env.PARTNER_JWT_SECRET ?? '';
const google = new OAuth2Client(process.env.GOOGLE_CLIENT_ID);

export const partnerRoutes = express.Router();

partnerRoutes.use(
  '/reports',
  expressjwt({ secret: JWT_SECRET, algorithms: ['HS256'], audience: 'reports', issuer: 'https://auth.example.com/', credentialsRequired: false }),
);

partnerRoutes.post('/refresh', express.json(), (req, res) => {
  const claims = jwt.verify(String(req.body.token), JWT_SECRET, {
    algorithms: ['HS256'],
    audience: 'app',
    issuer: 'https://auth.example.com/',
    ignoreExpiration: true,
  }) as jwt.JwtPayload;
  res.json({ token: jwt.sign({ sub: claims.sub }, JWT_SECRET, { algorithm: 'HS256', expiresIn: '15m' }) });
});

partnerRoutes.post('/google-login', async (req, res) => {
  const ticket = await google.verifyIdToken({ idToken: String(req.body.credential) });
  const checked = await google.verifyIdToken({ idToken: String(req.body.credential), audience: process.env.GOOGLE_CLIENT_ID });
  res.json({ email: ticket.getPayload()?.email, checked: checked.getPayload()?.sub });
});

export function partnerAuth(req: Request, res: Response, next: NextFunction): void {
  const token = (req.get('authorization') ?? '').replace(/^Bearer /u, '');
  const [header, payload, signature] = token.split('.');
  const expected = crypto.createHmac('sha256', PARTNER_SECRET).update(`${header}.${payload}`).digest('base64url');
  if (expected !== signature) {
    res.sendStatus(401);
    return;
  }
  res.locals.partner = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')).sub;
  next();
}

export function loginRedirect(req: Request, res: Response): void {
  const accessToken = jwt.sign({ sub: String(req.body.userId) }, JWT_SECRET);
  res.redirect(`${process.env.CLIENT_URL}/login/success?token=${accessToken}`);
}

export function readPartnerToken(token: string, key: string): unknown {
  return jwt.verify(token, key, { algorithms: ['RS256', 'HS256'], audience: 'partners', issuer: 'https://partners.example.com/' });
}
