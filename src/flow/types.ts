/**
 * The vocabulary of the request and token data-flow engine: where an untrusted value comes from (a source), where it
 * ends up (a sink), and the flow that joins them. Rules ask the engine for the flows of a file and filter them by
 * source and sink kind; the engine never reports anything itself.
 */
import type { TSESTree } from '@typescript-eslint/utils';

/**
 * What kind of untrusted value a source yields.
 * - `spoofable-ip`: a client address any client can forge — `X-Forwarded-For`, `X-Real-IP`, `CF-Connecting-IP`,
 *   `True-Client-IP`, `Forwarded` …, request-ip's `getClientIp(req)` / `req.clientIp`, and `req.ip`/`ctx.ip`/
 *   `request.ip`/`req.ips` in a file that makes the proxy trust every hop.
 * - `network-location`: the transport address — `req.socket.remoteAddress`, `req.connection.remoteAddress`, hapi
 *   `request.info.remoteAddress`, socket.io `socket.handshake.address`, NestJS `@Ip()`, API Gateway `sourceIp`, and
 *   `req.ip`/`ctx.ip`/`request.ip` when the file does not make the proxy trust every hop.
 * - `spoofable-header`: request metadata the client writes — `Host`, `X-Forwarded-Host`, `Origin`, `Referer`,
 *   `User-Agent`, `req.hostname`, `ctx.host`, `ctx.origin`.
 * - `identity-header`: a header that claims to carry the caller's identity or role — `x-user-id`, `x-user-role`,
 *   `x-tenant-id`, `x-internal`, `x-forwarded-user`, `x-goog-authenticated-user-email`, `x-ms-client-principal*` …
 * - `client-field`: an authorization-shaped field the client sends — `req.body.role`, `req.query.isAdmin`,
 *   `req.cookies.user`, koa `ctx.request.body`, hapi `request.payload`, NestJS `@Body('role')`.
 * - `decoded-token`: the result of a decode-only API (`jsonwebtoken.decode`, `jwt-decode`, jose `decodeJwt`, the
 *   `JSON.parse(atob(t.split('.')[1]))` shape) — claims nobody verified.
 * - `token-header`: the header of a token that is not verified yet — jose `decodeProtectedHeader`,
 *   `jwt.decode(t, { complete: true }).header`, the `header` parameter of a key callback.
 * - `claims`: a claims object from a verifier or an identity provider — verify results, `req.user`, `req.auth`,
 *   `ctx.state.user`, MSAL `idTokenClaims`, Auth.js/passport `profile` — whose mutable members (`email`, `upn` …)
 *   must not decide access.
 */
export type SourceKind =
  | 'spoofable-ip'
  | 'network-location'
  | 'spoofable-header'
  | 'identity-header'
  | 'client-field'
  | 'decoded-token'
  | 'token-header'
  | 'claims';

export interface Source {
  readonly kind: SourceKind;
  /** The expression that reads the source: `req.headers['x-forwarded-for']`, `jwt.decode(token)`, `req.body.role`. */
  readonly node: TSESTree.Node;
  /**
   * A short display name for messages: the header as usually spelled (`X-Forwarded-For`, `Host`), the request field
   * path (`req.body.role`), the decode API (`jwt.decode()`), the claims object (`req.user`). Never source text longer
   * than 40 characters.
   */
  readonly name: string;
  /**
   * Members read from the source value before it reached the sink, outermost last: `['payload', 'email']` for
   * `(await jwtVerify(t, k)).payload.email`, `['role']` for `const { role } = req.body`, `[]` for the value itself.
   */
  readonly path: readonly string[];
}

/**
 * Where the value ended up.
 * - `decision`: it decides a condition (`if`/ternary/loop/`switch` test, the `&&`/`||` chain in one, a comparison,
 *   `includes`/`has`/`startsWith`/`endsWith`/`test`/`match`, an IP-range predicate) whose guarded code has a
 *   security consequence (see `Consequence`).
 * - `guard-return`: it is (or decides) the value returned by an authorization guard: NestJS `canActivate`, a function
 *   named like an auth check (`isAllowed`, `isInternal`, `checkAccess`), or one passed as a limiter's `skip`.
 * - `identity`: it becomes the request's identity: assigned to `req.user`/`req.auth`/`ctx.state.user`/`session.*`/
 *   `res.locals.user`, or returned as (a member of) a GraphQL/tRPC context's `user`/`userId`/`tenantId`.
 * - `query-key`: it is the owner or tenant key of a data query (`findOne({ where: { tenantId } })`) or, for claims, the
 *   key that links an external identity to a local account (`findOne({ email: profile.email })`).
 * - `rate-limit-key`: it is the key of a rate limiter (express-rate-limit / express-slow-down `keyGenerator`,
 *   rate-limiter-flexible `consume()`/`penalty()`/`get()`).
 * - `limiter-exemption`: it decides a rate limiter's `skip`/`allowlist`/`whitelist` callback.
 * - `branch`: it is the test of an `if` in a request handler whose branch answers the request and returns, but
 *   neither grants nor refuses anything the engine recognises (`if (req.query.role === 'admin') return res.json(all)`):
 *   the rule decides from the test whether that branch is a privileged one.
 * - `call-argument`: (token sources only) it is an argument of a call, possibly inside an options object; the rule
 *   decides which calls matter (key fetches, `fs` paths, SQL, verify options).
 */
export type SinkKind =
  | 'decision'
  | 'guard-return'
  | 'identity'
  | 'query-key'
  | 'rate-limit-key'
  | 'limiter-exemption'
  | 'branch'
  | 'call-argument';

/**
 * What the guarded code does, which makes a decision security-relevant:
 * `next` (calls the handler's `next()`, i.e. lets the request through), `allow` (returns `true` / grants / sets an
 * identity or role / skips a check), `deny` (answers 401/403, throws an auth error), `guard` (the enclosing function is
 * itself an auth guard). `none` never reaches a rule: decisions with no consequence are dropped.
 */
export type Consequence = 'next' | 'allow' | 'deny' | 'guard';

export interface Sink {
  readonly kind: SinkKind;
  /**
   * The tightest node where the tainted value is used: the operand of the comparison or predicate
   * (`ip` in `allow.includes(ip)`), the tested expression (`req.query.isAdmin` in `if (req.query.isAdmin)`), the
   * assigned value in `req.user = decoded`, the returned expression of a `keyGenerator`, the argument of a call.
   * Rules report this node.
   */
  readonly node: TSESTree.Node;
  /** For `decision` and `guard-return`: what the guarded code does. */
  readonly consequence?: Consequence;
  /**
   * For `decision` and `branch`: how the value was tested. `compare` (===/!==/==/!=/</> or `switch`), `match` (string/collection
   * predicate: includes/has/startsWith/endsWith/indexOf/test/match/some/every), `range` (an IP-range library
   * predicate), `truthy` (the value itself is tested).
   */
  readonly test?: 'compare' | 'match' | 'range' | 'truthy';
  /** For `decision` and `branch` with `test: 'compare'`: the other operand, when it is a static string or number. */
  readonly comparedWith?: string | number;
  /** For `identity`: the target, as a short path (`req.user`, `ctx.state.user`, `session.userId`, `context.user`). */
  readonly target?: string;
  /** For `query-key`: the key of the query (`tenantId`, `email`). */
  readonly key?: string;
  /** For `call-argument`: the call, the argument index, and the property path inside an options object (`['jwksUri']`). */
  readonly call?: TSESTree.CallExpression | TSESTree.NewExpression;
  readonly argumentIndex?: number;
  readonly optionPath?: readonly string[];
  /** A phrase for messages: "decides whether `next()` lets the request through", "becomes `req.user`". */
  readonly description: string;
}

export interface Flow {
  readonly source: Source;
  readonly sink: Sink;
  /**
   * For `decoded-token` and `token-header`: true when the same token (same variable, or same member path such as
   * `req.headers.authorization`) is passed to a verify API earlier on the same path in this function or an enclosing
   * one — and not in the `try` whose `catch` holds the use.
   */
  readonly tokenVerified?: boolean;
  /** True when the enclosing handler serves a login, token, password-reset, OTP or sign-up route (by path or name). */
  readonly authRoute?: boolean;
}

export interface FileFlows {
  readonly flows: readonly Flow[];
  /** `true` when the file makes a proxy trust every hop (express `trust proxy` true, fastify `trustProxy: true`, koa `proxy: true`). */
  readonly trustsEveryProxy: boolean;
}
