// Sign-in routes: the session middleware and the cookies that carry credentials, unsafe next to safe.
import express from 'express';
import session from 'express-session';
import jwt from 'jsonwebtoken';
import { config } from '../config.js';

export const authRouter = express.Router();

authRouter.use(
  session({
    secret: process.env.SESSION_SECRET ?? '',
    resave: false,
    saveUninitialized: false,
    cookie: { maxAge: 8 * 60 * 60 * 1000, sameSite: 'lax' },
  }),
);

authRouter.post('/login', async (req, res) => {
  const user = await verifyPassword(String(req.body.email), String(req.body.password));
  const accessToken = jwt.sign({ sub: user.id }, process.env.JWT_SIGNING_KEY ?? '', { algorithm: 'HS256', expiresIn: '15m' });
  res.cookie('access_token', accessToken, { httpOnly: true, sameSite: 'strict' });
  res.cookie('refresh_token', user.refreshToken, { httpOnly: false, secure: true, path: '/auth/refresh' });
  // Not credentials, or hardened: none of these is reported.
  res.cookie('theme', user.theme, { maxAge: 31_536_000_000 });
  res.cookie('id_token', user.idToken, { httpOnly: true, secure: true, sameSite: 'strict' });
  res.cookie('sid', user.sessionId, { httpOnly: true, secure: config.tls.verify });
  res.status(204).end();
});

interface User {
  id: string;
  theme: string;
  idToken: string;
  sessionId: string;
  refreshToken: string;
}

declare function verifyPassword(email: string, password: string): Promise<User>;
