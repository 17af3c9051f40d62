import rule from '../../src/rules/no-shadowed-passport-jwt-options';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();

const lines = (...source: string[]): string => source.join('\n');
const CJS = `const { Strategy: JwtStrategy, ExtractJwt } = require('passport-jwt');`;
const ESM = `import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt';`;

ruleTester.run('no-shadowed-passport-jwt-options', rule, {
  valid: [
    // Verification options at the top level, where passport-jwt reads them.
    lines(
      CJS,
      `passport.use(new JwtStrategy({`,
      `  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),`,
      `  secretOrKey: publicKey,`,
      `  audience: 'api://orders',`,
      `  issuer: 'https://login.example.com/',`,
      `  algorithms: ['RS256'],`,
      `}, verifyUser));`,
    ),
    // Keys passport-jwt does not overwrite survive inside jsonWebTokenOptions.
    lines(
      ESM,
      `new JwtStrategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: key, audience: 'api', jsonWebTokenOptions: { maxAge: '1h', clockTolerance: 30, subject: 'svc' } }, verify);`,
    ),
    // A nested ignoreExpiration that is false (or unknown) changes nothing: passport-jwt forces false anyway.
    lines(ESM, `new JwtStrategy({ jwtFromRequest, secretOrKey: key, jsonWebTokenOptions: { ignoreExpiration: false } }, verify);`),
    lines(ESM, `new JwtStrategy({ jwtFromRequest, secretOrKey: key, jsonWebTokenOptions: { ignoreExpiration: process.env.SKIP_EXP === '1' } }, verify);`),
    // An explicit undefined asks for nothing.
    lines(ESM, `new JwtStrategy({ jwtFromRequest, secretOrKey: key, jsonWebTokenOptions: { audience: undefined } }, verify);`),
    // A nested group that cannot be read is not guessed at.
    lines(ESM, `new JwtStrategy({ jwtFromRequest, secretOrKey: key, jsonWebTokenOptions: buildOptions() }, verify);`),
    // Top-level ignoreExpiration: another rule's business (it really skips the check).
    lines(ESM, `new JwtStrategy({ jwtFromRequest, secretOrKey: key, ignoreExpiration: true }, verify);`),
    // Options passed in from elsewhere: nothing to read.
    lines(ESM, `export const makeStrategy = (options) => new JwtStrategy(options, verify);`),
    lines(ESM, `new JwtStrategy({ ...config.jwt, jwtFromRequest, secretOrKey: key }, verify);`),
    // The same keys for other libraries, which do read them nested.
    `const jwt = require('jsonwebtoken'); jwt.verify(token, key, { audience: 'api', issuer: 'idp', algorithms: ['RS256'] });`,
    `JwtModule.register({ secret, verifyOptions: { audience: 'api', issuer: 'idp' } });`,
    `new OtherStrategy({ jsonWebTokenOptions: { audience: 'api' } });`,
    `import { Strategy } from 'passport-local'; new Strategy({ jsonWebTokenOptions: { audience: 'api' } }, verify);`,
    // passport-jwt's ExtractJwt alone.
    `import { ExtractJwt } from 'passport-jwt'; const fromHeader = ExtractJwt.fromAuthHeaderAsBearerToken();`,
    // Not the strategy: a plain object that happens to have this shape.
    `const settings = { jsonWebTokenOptions: { audience: 'api' } };`,
    {
      filename: 'strategy.ts',
      code: lines(
        `import { Strategy, ExtractJwt, type StrategyOptions } from 'passport-jwt';`,
        `const options: StrategyOptions = { jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: key, issuer: 'idp', audience: 'api', jsonWebTokenOptions: { maxAge: '2h' } };`,
        `export const strategy = new Strategy(options, (payload, done) => done(null, payload));`,
      ),
    },
  ],
  invalid: [
    // The canonical shape: audience and issuer only nested, moved to the top level.
    {
      code: lines(
        CJS,
        `passport.use(new JwtStrategy({`,
        `  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),`,
        `  secretOrKey: publicKey,`,
        `  jsonWebTokenOptions: { audience: 'api://orders', maxAge: '1h' },`,
        `}, verifyUser));`,
      ),
      output: lines(
        CJS,
        `passport.use(new JwtStrategy({`,
        `  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),`,
        `  secretOrKey: publicKey,`,
        `  jsonWebTokenOptions: { maxAge: '1h' },`,
        `  audience: 'api://orders',`,
        `}, verifyUser));`,
      ),
      errors: [{ messageId: 'checkDropped', data: { key: 'audience', claim: 'audience' }, line: 5, column: 26, endColumn: 50 }],
    },
    {
      code: lines(ESM, `new JwtStrategy({ jwtFromRequest, secretOrKey: key, jsonWebTokenOptions: { issuer: 'https://idp' } }, verify);`),
      output: lines(ESM, `new JwtStrategy({ jwtFromRequest, secretOrKey: key, jsonWebTokenOptions: {}, issuer: 'https://idp' }, verify);`),
      errors: [{ messageId: 'checkDropped', data: { key: 'issuer', claim: 'issuer' }, line: 2, column: 76, endColumn: 97 }],
    },
    // algorithms nested: the algorithm allow-list is dropped.
    {
      code: lines(ESM, `new JwtStrategy({ jwtFromRequest, secretOrKey: key, jsonWebTokenOptions: { algorithms: ['RS256'], maxAge: 3600 } }, verify);`),
      output: lines(ESM, `new JwtStrategy({ jwtFromRequest, secretOrKey: key, jsonWebTokenOptions: { maxAge: 3600 }, algorithms: ['RS256'] }, verify);`),
      errors: [{ messageId: 'checkDropped', data: { key: 'algorithms', claim: 'algorithm' }, line: 2, column: 76 }],
    },
    // Several keys: one move per pass (the edits touch the same object).
    {
      code: lines(CJS, `new JwtStrategy({ jwtFromRequest, secretOrKey: key, jsonWebTokenOptions: { audience: 'api', issuer: 'idp' } }, verify);`),
      output: [
        lines(CJS, `new JwtStrategy({ jwtFromRequest, secretOrKey: key, jsonWebTokenOptions: { issuer: 'idp' }, audience: 'api' }, verify);`),
        lines(CJS, `new JwtStrategy({ jwtFromRequest, secretOrKey: key, jsonWebTokenOptions: {}, audience: 'api', issuer: 'idp' }, verify);`),
      ],
      errors: [
        { messageId: 'checkDropped', line: 2, column: 76 },
        { messageId: 'checkDropped', line: 2, column: 93 },
      ],
    },
    // A value read at run time is still dropped: the location, not the value, is the defect.
    {
      code: lines(ESM, `new JwtStrategy({ jwtFromRequest, secretOrKey: key, jsonWebTokenOptions: { audience: process.env.JWT_AUDIENCE } }, verify);`),
      output: lines(ESM, `new JwtStrategy({ jwtFromRequest, secretOrKey: key, jsonWebTokenOptions: {}, audience: process.env.JWT_AUDIENCE }, verify);`),
      errors: [{ messageId: 'checkDropped', line: 2, column: 76 }],
    },
    // Shorthand property and a comment inside it move together; comments outside stay.
    {
      code: lines(
        ESM,
        `const audience = 'api';`,
        `new JwtStrategy({`,
        `  jwtFromRequest,`,
        `  secretOrKey: key,`,
        `  jsonWebTokenOptions: {`,
        `    // checked by jsonwebtoken`,
        `    audience,`,
        `    maxAge: '1h',`,
        `  },`,
        `}, verify);`,
      ),
      output: lines(
        ESM,
        `const audience = 'api';`,
        `new JwtStrategy({`,
        `  jwtFromRequest,`,
        `  secretOrKey: key,`,
        `  jsonWebTokenOptions: {`,
        `    // checked by jsonwebtoken`,
        `    maxAge: '1h',`,
        `  },`,
        `  audience,`,
        `}, verify);`,
      ),
      errors: [{ messageId: 'checkDropped', line: 8, column: 5, endColumn: 13 }],
    },
    // Options in a const used once: the literal is moved within itself.
    {
      code: lines(
        ESM,
        `const opts = { jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: key, jsonWebTokenOptions: { issuer: 'idp' } };`,
        `passport.use(new JwtStrategy(opts, verify));`,
      ),
      output: lines(
        ESM,
        `const opts = { jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: key, jsonWebTokenOptions: {}, issuer: 'idp' };`,
        `passport.use(new JwtStrategy(opts, verify));`,
      ),
      errors: [{ messageId: 'checkDropped', line: 2, column: 115 }],
    },
    // Options in a const read elsewhere too: reported, but not moved.
    {
      code: lines(
        ESM,
        `const opts = { jwtFromRequest, secretOrKey: key, jsonWebTokenOptions: { issuer: 'idp' } };`,
        `passport.use(new JwtStrategy(opts, verify));`,
        `export default opts;`,
      ),
      output: null,
      errors: [{ messageId: 'checkDropped', line: 2, column: 73 }],
    },
    // A nested group held in its own const (it may be shared with jwt.verify): reported, not moved.
    {
      code: lines(
        CJS,
        `const jwtOptions = { audience: 'api', maxAge: '1h' };`,
        `new JwtStrategy({ jwtFromRequest, secretOrKey: key, jsonWebTokenOptions: jwtOptions }, verify);`,
      ),
      output: null,
      errors: [{ messageId: 'checkDropped', line: 2, column: 22 }],
    },
    // A spread inside the nested group.
    {
      code: lines(
        ESM,
        `const base = { issuer: 'idp' };`,
        `new JwtStrategy({ jwtFromRequest, secretOrKey: key, jsonWebTokenOptions: { ...base, maxAge: '1h' } }, verify);`,
      ),
      output: null,
      errors: [{ messageId: 'checkDropped', line: 2, column: 16 }],
    },
    // An unknown spread at the top level may or may not set it: reported, never moved.
    {
      code: lines(ESM, `new JwtStrategy({ ...defaults, secretOrKey: key, jsonWebTokenOptions: { audience: 'api' } }, verify);`),
      output: null,
      errors: [{ messageId: 'nestedIgnored', data: { key: 'audience' }, line: 2, column: 73, suggestions: [] }],
    },
    // The top level already sets it: the nested one is ignored; removal is only a suggestion.
    {
      code: lines(ESM, `new JwtStrategy({ jwtFromRequest, secretOrKey: key, audience: 'web', jsonWebTokenOptions: { audience: 'api', maxAge: 60 } }, verify);`),
      output: null,
      errors: [
        {
          messageId: 'overriddenByTopLevel',
          data: { key: 'audience' },
          line: 2,
          column: 93,
          suggestions: [
            {
              messageId: 'removeNestedOption',
              data: { key: 'audience' },
              output: lines(ESM, `new JwtStrategy({ jwtFromRequest, secretOrKey: key, audience: 'web', jsonWebTokenOptions: { maxAge: 60 } }, verify);`),
            },
          ],
        },
      ],
    },
    // ignoreExpiration: true nested is dead (forced to false); it is never moved, only offered for removal.
    {
      code: lines(ESM, `new JwtStrategy({ jwtFromRequest, secretOrKey: key, jsonWebTokenOptions: { ignoreExpiration: true } }, verify);`),
      output: null,
      errors: [
        {
          messageId: 'deadExpirationSkip',
          line: 2,
          column: 76,
          suggestions: [
            {
              messageId: 'removeNestedOption',
              data: { key: 'ignoreExpiration' },
              output: lines(ESM, `new JwtStrategy({ jwtFromRequest, secretOrKey: key, jsonWebTokenOptions: {} }, verify);`),
            },
          ],
        },
      ],
    },
    // Default import, `satisfies`, dynamic import.
    {
      code: lines(`import passportJwt from 'passport-jwt';`, `new passportJwt.Strategy({ jwtFromRequest, secretOrKey: key, jsonWebTokenOptions: { issuer: ISSUER } }, verify);`),
      output: lines(`import passportJwt from 'passport-jwt';`, `new passportJwt.Strategy({ jwtFromRequest, secretOrKey: key, jsonWebTokenOptions: {}, issuer: ISSUER }, verify);`),
      errors: [{ messageId: 'checkDropped', line: 2, column: 85, endColumn: 99 }],
    },
    {
      filename: 'passport.ts',
      code: lines(
        `import { Strategy, type StrategyOptions } from 'passport-jwt';`,
        `const options = { jwtFromRequest, secretOrKey: key, jsonWebTokenOptions: { algorithms: ['RS256'] } } satisfies StrategyOptions;`,
        `new Strategy(options, verify);`,
      ),
      output: lines(
        `import { Strategy, type StrategyOptions } from 'passport-jwt';`,
        `const options = { jwtFromRequest, secretOrKey: key, jsonWebTokenOptions: {}, algorithms: ['RS256'] } satisfies StrategyOptions;`,
        `new Strategy(options, verify);`,
      ),
      errors: [{ messageId: 'checkDropped', line: 2, column: 76, endColumn: 97 }],
    },
    {
      code: lines(`const { Strategy } = await import('passport-jwt');`, `new Strategy({ jwtFromRequest, secretOrKey: key, jsonWebTokenOptions: { audience: 'api' } }, verify);`),
      output: lines(`const { Strategy } = await import('passport-jwt');`, `new Strategy({ jwtFromRequest, secretOrKey: key, jsonWebTokenOptions: {}, audience: 'api' }, verify);`),
      errors: [{ messageId: 'checkDropped', line: 2, column: 73 }],
    },
    // Same value in both places: still dead, removal suggested.
    {
      code: lines(`import { Strategy } from 'passport-jwt';`, `new Strategy({ jwtFromRequest, secretOrKey: key, issuer: 'idp', jsonWebTokenOptions: { issuer: 'idp' } }, verify);`),
      output: null,
      errors: [
        {
          messageId: 'overriddenByTopLevel',
          line: 2,
          column: 88,
          suggestions: [
            {
              messageId: 'removeNestedOption',
              output: lines(`import { Strategy } from 'passport-jwt';`, `new Strategy({ jwtFromRequest, secretOrKey: key, issuer: 'idp', jsonWebTokenOptions: {} }, verify);`),
            },
          ],
        },
      ],
    },
    // Any truthy nested ignoreExpiration.
    {
      code: lines(`import { Strategy } from 'passport-jwt';`, `new Strategy({ jwtFromRequest, secretOrKey: key, jsonWebTokenOptions: { ignoreExpiration: 1, maxAge: '1h' } }, verify);`),
      output: null,
      errors: [
        {
          messageId: 'deadExpirationSkip',
          line: 2,
          column: 73,
          endColumn: 92,
          suggestions: [
            {
              messageId: 'removeNestedOption',
              output: lines(`import { Strategy } from 'passport-jwt';`, `new Strategy({ jwtFromRequest, secretOrKey: key, jsonWebTokenOptions: { maxAge: '1h' } }, verify);`),
            },
          ],
        },
      ],
    },
    // Namespace import, default-import style (`require('passport-jwt').Strategy`), aliases.
    {
      code: lines(`import * as passportJwt from 'passport-jwt';`, `passport.use('jwt', new passportJwt.Strategy({ jwtFromRequest, secretOrKey: key, jsonWebTokenOptions: { audience: 'api' } }, verify));`),
      output: lines(`import * as passportJwt from 'passport-jwt';`, `passport.use('jwt', new passportJwt.Strategy({ jwtFromRequest, secretOrKey: key, jsonWebTokenOptions: {}, audience: 'api' }, verify));`),
      errors: [{ messageId: 'checkDropped', line: 2, column: 105 }],
    },
    {
      code: lines(`const JwtStrategy = require('passport-jwt').Strategy;`, `passport.use(new JwtStrategy({ jwtFromRequest, secretOrKey: key, jsonWebTokenOptions: { issuer: 'idp' } }, verify));`),
      output: lines(`const JwtStrategy = require('passport-jwt').Strategy;`, `passport.use(new JwtStrategy({ jwtFromRequest, secretOrKey: key, jsonWebTokenOptions: {}, issuer: 'idp' }, verify));`),
      errors: [{ messageId: 'checkDropped', line: 2, column: 89 }],
    },
    // TypeScript: typed options, `as` on the nested group, a Nest-style class strategy.
    {
      filename: 'jwt.strategy.ts',
      code: lines(
        `import { ExtractJwt, Strategy, type StrategyOptions } from 'passport-jwt';`,
        `import type { VerifyOptions } from 'jsonwebtoken';`,
        `const options: StrategyOptions = {`,
        `  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),`,
        `  secretOrKey: process.env.JWT_PUBLIC_KEY as string,`,
        `  jsonWebTokenOptions: { audience: 'api://orders', maxAge: '15m' } as VerifyOptions,`,
        `};`,
        `export const jwtStrategy = new Strategy(options, (payload: unknown, done: (e: null, u: unknown) => void) => done(null, payload));`,
      ),
      output: lines(
        `import { ExtractJwt, Strategy, type StrategyOptions } from 'passport-jwt';`,
        `import type { VerifyOptions } from 'jsonwebtoken';`,
        `const options: StrategyOptions = {`,
        `  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),`,
        `  secretOrKey: process.env.JWT_PUBLIC_KEY as string,`,
        `  jsonWebTokenOptions: { maxAge: '15m' } as VerifyOptions,`,
        `  audience: 'api://orders',`,
        `};`,
        `export const jwtStrategy = new Strategy(options, (payload: unknown, done: (e: null, u: unknown) => void) => done(null, payload));`,
      ),
      errors: [{ messageId: 'checkDropped', line: 6, column: 26 }],
    },
    {
      filename: 'jwt.strategy.ts',
      code: lines(
        `import { ExtractJwt, Strategy } from 'passport-jwt';`,
        `export class JwtStrategy extends PassportStrategy(Strategy) {`,
        `  constructor() {`,
        `    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: 'k', jsonWebTokenOptions: { issuer: 'idp' } });`,
        `  }`,
        `}`,
        `const strategy = new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: 'k', jsonWebTokenOptions: { issuer: 'idp' } }, validate);`,
      ),
      output: lines(
        `import { ExtractJwt, Strategy } from 'passport-jwt';`,
        `export class JwtStrategy extends PassportStrategy(Strategy) {`,
        `  constructor() {`,
        `    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: 'k', jsonWebTokenOptions: { issuer: 'idp' } });`,
        `  }`,
        `}`,
        `const strategy = new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: 'k', jsonWebTokenOptions: {}, issuer: 'idp' }, validate);`,
      ),
      errors: [{ messageId: 'checkDropped', line: 7, column: 132 }],
    },
  ],
});
