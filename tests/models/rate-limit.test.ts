import { describe, expect, it } from 'vitest';
import { IP_VALIDATIONS, isIpValidation } from '../../src/models/rate-limit';

describe('isIpValidation', () => {
  it('knows the validations that guard the client address', () => {
    for (const key of IP_VALIDATIONS) expect(isIpValidation(key)).toBe(true);
    expect(isIpValidation('xForwardedForHeader')).toBe(true);
  });

  it('leaves the other validations alone', () => {
    for (const key of ['creationStack', 'singleCount', 'positiveHits', 'default', 'limit']) expect(isIpValidation(key)).toBe(false);
  });
});
