// Legacy bearer-token check kept from the ADAL era (reported by the strict preset only).
import type { NextFunction, Request, Response } from 'express';
import passport from 'passport';
import { BearerStrategy, type ITokenPayload } from 'passport-azure-ad';
import type { TokenResponse } from 'adal-node';

passport.use(
  new BearerStrategy(
    {
      identityMetadata: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration',
      clientID: process.env.API_CLIENT_ID ?? '',
      validateIssuer: true,
    },
    (token: ITokenPayload, done: (error: unknown, user?: unknown) => void) => done(null, token),
  ),
);

export function requireBearer(req: Request, res: Response, next: NextFunction): void {
  passport.authenticate('oauth-bearer', { session: false })(req, res, next);
}

export type LegacyToken = TokenResponse;
