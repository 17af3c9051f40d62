// passport-jwt strategies: options the library silently drops, next to the form it reads.
import passport from 'passport';
import { ExtractJwt, Strategy as JwtStrategy } from 'passport-jwt';

passport.use(
  'orders',
  new JwtStrategy(
    {
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: process.env.JWT_PUBLIC_KEY ?? '',
      algorithms: ['RS256'],
      issuer: 'https://auth.example.com/',
      jsonWebTokenOptions: { audience: 'api://orders', maxAge: '1h' },
    },
    (payload: unknown, done: (error: unknown, user?: unknown) => void) => done(null, payload),
  ),
);

passport.use(
  'billing',
  new JwtStrategy(
    {
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: process.env.JWT_PUBLIC_KEY ?? '',
      algorithms: ['RS256'],
      issuer: 'https://auth.example.com/',
      audience: 'api://billing',
      jsonWebTokenOptions: { maxAge: '1h' },
    },
    (payload: unknown, done: (error: unknown, user?: unknown) => void) => done(null, payload),
  ),
);
