import { describe, expect, it } from 'vitest';
import { isDenyMessage, isSignInPath } from '../../src/models/request-sources';

describe('isDenyMessage', () => {
  it('reads messages that refuse the caller', () => {
    for (const message of ['Forbidden', 'Unauthorized', 'Access denied', 'Not authorized to delete users', 'not allowed', 'Insufficient permission', 'Forbidden: admins only']) {
      expect(isDenyMessage(message), message).toBe(true);
    }
  });

  it('leaves other errors alone', () => {
    for (const message of ['Unknown reason', 'Invalid input', 'User not found', 'authorized users only see this', 'Timeout']) {
      expect(isDenyMessage(message), message).toBe(false);
    }
  });
});

describe('isSignInPath', () => {
  it('reads sign-in and error pages, with or without a query', () => {
    for (const path of ['/login', '/auth/sign-in?next=/admin', '/signin', '/users/log-in', '/403', '/unauthorized', 'https://app.example.com/login']) {
      expect(isSignInPath(path), path).toBe(true);
    }
  });

  it('leaves other pages alone, and a query that only mentions login', () => {
    for (const path of ['/', '/dashboard', '/search?from=login', '/blog/signing-keys', '/logout']) {
      expect(isSignInPath(path), path).toBe(false);
    }
  });
});
