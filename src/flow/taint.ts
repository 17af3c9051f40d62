/**
 * Taint values: what the engine knows about an expression while it walks a file. A taint is either a final source
 * (`SourceKind`) or an intermediate value on the way to one (the request object, its headers, a body container, the
 * parts of a split token, a helper's parameter), plus what happened to it since: the members read, whether it was
 * tested (a predicate), whether the right-most element of a hop list was taken.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceKind } from './types';

export type IntermediateKind =
  /** A request, koa context, socket or Lambda event; `path` holds the members read so far (`['socket']`). */
  | 'request'
  /** A header container: `req.headers`, `request.headers` (fetch), `headers()` from next/headers. */
  | 'headers'
  /** A container of client fields: `req.body`, `req.query`, `ctx.request.body`, `searchParams`. */
  | 'container'
  /** `jwt.decode(t, { complete: true })` or express-jwt's `token` argument: `{ header, payload }`. */
  | 'decoded-complete'
  /** `token.split('.')`; `path` holds the index read (`['1']`). */
  | 'jwt-parts'
  /** A fast-jwt decoder function. */
  | 'decoder'
  /** A helper's parameter while the helper is summarised; `path` holds the steps taken from it. */
  | 'param'
  /** The object of a NestJS `ExecutionContext#switchToHttp()` or GraphQL `getContext()`. */
  | 'context';

export type TaintKind = SourceKind | IntermediateKind;

export interface Predicate {
  readonly test: 'compare' | 'match' | 'range' | 'truthy';
  /** The tainted operand of the test. */
  readonly operand: TSESTree.Node;
  readonly comparedWith?: string | number;
  /** What the other operand is: a static value, another client-controlled value, a verified value, or unknown. */
  readonly against: 'static' | 'client' | 'verified' | 'unknown' | 'none';
}

export interface Taint {
  readonly kind: TaintKind;
  /** Where the source was read (for a rebased helper result: the call of the helper). */
  readonly origin: TSESTree.Node;
  /** Display name (see `Source.name`). */
  readonly name: string;
  readonly path: readonly string[];
  /** The expression in the current tree that carries the value: the node a sink reports. */
  readonly at: TSESTree.Node;
  readonly predicate?: Predicate;
  /** The value was split into a list (`xff.split(',')`). */
  readonly split?: boolean;
  /** The right-most element of a hop list was taken: the nearest proxy wrote it. */
  readonly sanitized?: boolean;
  /** The source is a hop list (`X-Forwarded-For`, `Forwarded`). */
  readonly hopList?: boolean;
  /** For client fields: what the field claims. */
  readonly field?: 'authorization' | 'identity';
  /** For client containers and fields: the container (`body`, `cookies`, `headers`). */
  readonly container?: string;
  /** For token values: the keys of the token expression that was decoded (a variable, or normalised source text). */
  readonly tokenKeys?: readonly unknown[];
  /** For `param` taints: the parameter index. */
  readonly param?: number;
  /** Set on taints a helper summary produced: the helper. */
  readonly via?: TSESTree.Node;
}

export const FINAL_KINDS: ReadonlySet<TaintKind> = new Set<TaintKind>([
  'spoofable-ip',
  'network-location',
  'spoofable-header',
  'identity-header',
  'client-field',
  'decoded-token',
  'token-header',
  'claims',
]);

/** A copy of `taint` with `changes` applied. */
export function withTaint(taint: Taint, changes: Partial<Taint>): Taint {
  return { ...taint, ...changes };
}
