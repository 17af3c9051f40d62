/**
 * The shared vocabulary of the secrets engine. The engine knows nothing of ESLint: it looks at one string at a
 * time (a literal, a template part, a JSON string or a comment) and says which secrets it holds.
 */

/** Which detection layer produced a match, strongest first. */
export type SecretLayer =
  /** A provider token whose offline checksum verified: certain, reported even in test files. */
  | 'checksum'
  /** A provider token recognised by its exact structure (prefix, length, charset, marker). */
  | 'provider'
  /** A structured secret: PEM private key, JWT, URL with a password, connection string, auth header. */
  | 'structured'
  /** A value that looks like a secret and sits under a secret name or at a credential sink. */
  | 'named'
  /** An anonymous high-entropy value (opt-in). */
  | 'entropy';

/** How sure the engine is that the match is a live secret. */
export type SecretConfidence = 'certain' | 'high' | 'medium' | 'low';

export interface SecretMatch {
  /** Stable id of the detector, e.g. `github-classic-token`, `pem-private-key`, `url-password`. */
  readonly id: string;
  /** Human label for messages, e.g. `GitHub personal access token`, `PostgreSQL connection URL password`. */
  readonly kind: string;
  readonly layer: SecretLayer;
  readonly confidence: SecretConfidence;
  /** Start and end (exclusive) offsets of the secret-bearing text inside the scanned string. */
  readonly start: number;
  readonly end: number;
  /**
   * What may be shown to a user: only the public part, such as `ghp_`, `AKIA`, `sk_live_`,
   * `postgres://app:***@` or `-----BEGIN RSA PRIVATE KEY-----`. Never contains secret characters.
   */
  readonly display: string;
}
