import { describe, expect, it } from 'vitest';
import { stringItems } from '../../src/utils/string-items';
import { probeArguments } from './probe-arguments';

function items(code: string, followConstStrings = false): [string, string | null, boolean][] {
  const [probe] = probeArguments(code);
  if (!probe) throw new Error('no probe() call');
  return stringItems(probe.argument, probe.scope, { followConstStrings }).map((item) => [probe.sourceCode.getText(item.node), item.value, item.partOfValue]);
}

describe('stringItems', () => {
  it('reads array elements, spreads of const arrays and TypeScript wrappers, at their own nodes', () => {
    expect(items("const shared = ['b', 'c'] as const; probe(['a', ...shared, 'd' as string]);")).toEqual([
      ["'a'", 'a', false],
      ["'b'", 'b', false],
      ["'c'", 'c', false],
      ["'d'", 'd', false],
    ]);
  });

  it('reads a single string and marks unknown entries as null', () => {
    expect(items("probe('s3:*');")).toEqual([["'s3:*'", 's3:*', false]]);
    expect(items('declare const dynamic: string; probe(["a", dynamic]);')).toEqual([
      ['"a"', 'a', false],
      ['dynamic', null, false],
    ]);
  });

  it('follows a const string to its literal only when asked', () => {
    expect(items("const SCOPE = 'Mail.Read'; probe([SCOPE]);", true)).toEqual([["'Mail.Read'", 'Mail.Read', false]]);
    expect(items("const SCOPE = 'Mail.Read'; probe([SCOPE]);")).toEqual([['SCOPE', 'Mail.Read', false]]);
  });

  it('reports entries of a computed array value at the expression that holds them', () => {
    expect(items("probe(['a', 'b'].concat('c'));")).toEqual([
      ["['a', 'b'].concat('c')", 'a', true],
      ["['a', 'b'].concat('c')", 'b', true],
      ["['a', 'b'].concat('c')", 'c', true],
    ]);
  });

  it('stops on a const cycle', () => {
    expect(items('let a; const b = [a]; probe(b);')).toEqual([['a', null, false]]);
  });
});
