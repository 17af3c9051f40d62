import * as tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Linter as LinterTypes, Rule } from 'eslint';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import {
  getPropertyKey,
  readOptionsObject,
  resolveConstObject,
  resolveObjectExpression,
  type OptionsObject,
} from '../../src/utils/options-object';

interface Reading {
  readonly options: OptionsObject | null;
  readonly sourceCode: TSESLint.SourceCode;
  readonly call: TSESTree.CallExpression;
  readonly scope: TSESLint.Scope.Scope;
}

/** Runs `readOptionsObject` on the first argument of every `lib(...)` call in `code`. */
function readAll(code: string, { ts = false } = {}): Reading[] {
  const readings: Reading[] = [];
  const rule: TSESLint.RuleModule<never> = {
    meta: { type: 'problem', schema: [], messages: {} },
    create(context) {
      return {
        'CallExpression[callee.name="lib"]'(call: TSESTree.CallExpression) {
          const scope = context.sourceCode.getScope(call);
          readings.push({ options: readOptionsObject(call.arguments[0], scope), sourceCode: context.sourceCode, call, scope });
        },
      };
    },
  };
  const config: LinterTypes.Config[] = [
    {
      files: ['**/*.js', '**/*.ts'],
      plugins: { probe: { rules: { read: rule as unknown as Rule.RuleModule } } },
      rules: { 'probe/read': 'error' },
    },
  ];
  if (ts) config.push({ files: ['**/*.ts'], languageOptions: { parser: tsParser } });
  const messages = new Linter().verify(code, config, ts ? 'fixture.ts' : 'fixture.js');
  expect(messages).toEqual([]);
  return readings;
}

function readOne(code: string, options: { ts?: boolean } = {}): Reading {
  const readings = readAll(code, options);
  expect(readings).toHaveLength(1);
  return readings[0]!;
}

/** Reads an options object that must resolve. */
function read(code: string, options: { ts?: boolean } = {}): OptionsObject & { text(key: string): string | undefined } {
  const { options: result, sourceCode } = readOne(code, options);
  expect(result).not.toBeNull();
  const object = result!;
  return {
    ...object,
    text(key: string) {
      const property = object.get(key);
      return property ? sourceCode.getText(property.node) : undefined;
    },
  };
}

function keys(options: OptionsObject): string[] {
  return options.properties.map((property) => property.key);
}

describe('readOptionsObject: what it follows', () => {
  it('reads an inline object literal', () => {
    const options = read(`lib({ host: 'db', port: 5432, rejectUnauthorized: false });`);
    expect(keys(options)).toEqual(['host', 'port', 'rejectUnauthorized']);
    expect(options.closed).toBe(true);
    expect(options.objects).toHaveLength(1);
    expect(options.get('port')?.staticValue).toEqual({ value: 5432 });
    expect(options.get('rejectUnauthorized')?.staticValue).toEqual({ value: false });
    expect(options.text('rejectUnauthorized')).toBe('rejectUnauthorized: false');
    expect(options.get('rejectUnauthorized')?.node.type).toBe('Property');
    expect(options.get('rejectUnauthorized')?.value).toBe(options.get('rejectUnauthorized')?.node.value);
    expect(options.has('host')).toBe(true);
    expect(options.has('ca')).toBe(false);
    expect(options.get('ca')).toBeUndefined();
  });

  it('follows a const binding to its object literal', () => {
    const { options, call } = readOne(`const opts = { rejectUnauthorized: false }; lib(opts);`);
    expect(options).not.toBeNull();
    expect(options!.closed).toBe(true);
    expect(keys(options!)).toEqual(['rejectUnauthorized']);
    expect(options!.get('rejectUnauthorized')?.staticValue).toEqual({ value: false });
    // The object read is the declarator's initializer, not the argument.
    const object = options!.objects[0]!;
    expect(object.parent.type).toBe('VariableDeclarator');
    expect(object).not.toBe(call.arguments[0]);
  });

  it('follows a const declared after the call in an outer scope', () => {
    const options = read(`
      function connect() { return lib(opts); }
      const opts = { rejectUnauthorized: false, ca: bundle };
    `);
    expect(keys(options)).toEqual(['rejectUnauthorized', 'ca']);
    expect(options.closed).toBe(true);
    expect(options.get('ca')?.staticValue).toBeNull();
  });

  it('does not follow let or var bindings', () => {
    expect(readOne(`let opts = { rejectUnauthorized: false }; lib(opts);`).options).toBeNull();
    expect(readOne(`var opts = { rejectUnauthorized: false }; lib(opts);`).options).toBeNull();
  });

  it('does not follow a parameter', () => {
    expect(readOne(`function connect(opts) { lib(opts); }`).options).toBeNull();
    expect(readOne(`const connect = (opts = { rejectUnauthorized: false }) => lib(opts);`).options).toBeNull();
  });

  it('returns null for call results, members, unknown globals and a missing argument', () => {
    expect(readOne(`lib(makeOptions());`).options).toBeNull();
    expect(readOne(`lib(config.tls);`).options).toBeNull();
    expect(readOne(`lib(opts);`).options).toBeNull();
    expect(readOne(`lib();`).options).toBeNull();
    expect(readOne(`lib(cond ? { a: 1 } : { a: 2 });`).options).toBeNull();
  });

  it('does not follow destructured or import bindings', () => {
    expect(readOne(`const { tls } = { tls: { rejectUnauthorized: false } }; lib(tls);`).options).toBeNull();
    expect(readOne(`import opts from './opts.js'; lib(opts);`).options).toBeNull();
  });

  it('does not follow a const bound to something other than an object literal', () => {
    expect(readOne(`const opts = load(); lib(opts);`).options).toBeNull();
    expect(readOne(`const other = { a: 1 }; const opts = other; lib(opts);`).options).toBeNull();
  });
});

describe('readOptionsObject: spreads', () => {
  it('reads nested spreads in evaluation order, with the last writer winning', () => {
    const options = read(`
      const a = { x: 'a', y: 'a', fromA: 'a' };
      const b = { y: 'b', z: 'b' };
      const x = 'own';
      lib({ ...a, ...b, x });
    `);
    expect(keys(options)).toEqual(['x', 'y', 'fromA', 'y', 'z', 'x']);
    expect(options.closed).toBe(true);
    expect(options.get('x')?.staticValue).toEqual({ value: 'own' });
    expect(options.text('x')).toBe('x');
    expect(options.get('y')?.staticValue).toEqual({ value: 'b' });
    expect(options.get('fromA')?.staticValue).toEqual({ value: 'a' });
    expect(options.get('z')?.staticValue).toEqual({ value: 'b' });
    // Outermost first: the argument's literal, then a, then b.
    expect(options.objects).toHaveLength(3);
    expect(options.objects[0]!.parent.type).toBe('CallExpression');
    expect(options.objects[1]!.properties).toHaveLength(3);
    expect(options.objects[2]!.properties).toHaveLength(2);
  });

  it('lets a later spread override an explicit property', () => {
    const options = read(`
      const insecure = { rejectUnauthorized: false };
      lib({ rejectUnauthorized: true, ...insecure });
    `);
    expect(options.get('rejectUnauthorized')?.staticValue).toEqual({ value: false });
    expect(options.get('rejectUnauthorized')?.node.parent).toBe(options.objects[1]);
  });

  it('follows spreads of spreads', () => {
    const options = read(`
      const base = { rejectUnauthorized: false };
      const middle = { ...base, ca: 'pem' };
      const opts = { ...middle, host: 'db' };
      lib(opts);
    `);
    expect(keys(options)).toEqual(['rejectUnauthorized', 'ca', 'host']);
    expect(options.objects).toHaveLength(3);
    expect(options.closed).toBe(true);
  });

  it('marks the object open on a spread it cannot resolve but still lists explicit properties', () => {
    const options = read(`lib({ ...defaults(), rejectUnauthorized: false, ...rest });`);
    expect(options.closed).toBe(false);
    expect(keys(options)).toEqual(['rejectUnauthorized']);
    expect(options.get('rejectUnauthorized')?.staticValue).toEqual({ value: false });
    expect(options.has('ca')).toBe(false);
  });

  it('marks the object open on a spread of a let binding or a conditional', () => {
    expect(read(`let base = { a: 1 }; lib({ ...base, b: 2 });`).closed).toBe(false);
    expect(read(`lib({ ...(dev && { rejectUnauthorized: false }), b: 2 });`).closed).toBe(false);
  });

  it('does not loop on a self-referential spread', () => {
    const options = read(`const a = { ...a, x: 1 }; lib(a);`);
    expect(keys(options)).toEqual(['x']);
    expect(options.closed).toBe(false);
  });

  it('does not loop on mutually referential spreads', () => {
    const options = read(`const a = { ...b, x: 1 }; const b = { ...a, y: 2 }; lib(a);`);
    expect(keys(options)).toEqual(['y', 'x']);
    expect(options.closed).toBe(false);
  });

  it('reads the same source twice when it is spread twice', () => {
    const options = read(`const base = { a: 1 }; lib({ ...base, a: 2, ...base });`);
    expect(keys(options)).toEqual(['a', 'a', 'a']);
    expect(options.get('a')?.staticValue).toEqual({ value: 1 });
    expect(options.closed).toBe(true);
  });

  it('stops at the depth limit and marks the object open', () => {
    const lines = ['const o0 = { k0: 0 };'];
    for (let index = 1; index <= 12; index += 1) lines.push(`const o${index} = { ...o${index - 1}, k${index}: ${index} };`);
    lines.push('lib(o12);');
    const options = read(lines.join('\n'));
    expect(options.closed).toBe(false);
    expect(options.has('k12')).toBe(true);
    expect(options.has('k0')).toBe(false);
  });
});

describe('readOptionsObject: keys', () => {
  it('reads computed constant keys', () => {
    const concatenated = read(`lib({ ['aud' + 'ience']: 'api' });`);
    expect(keys(concatenated)).toEqual(['audience']);
    expect(concatenated.closed).toBe(true);
    expect(concatenated.get('audience')?.staticValue).toEqual({ value: 'api' });

    const constant = read(`const KEY = 'audience'; lib({ [KEY]: 'api' });`);
    expect(keys(constant)).toEqual(['audience']);
    expect(constant.closed).toBe(true);

    const template = read('const PART = "ience"; lib({ [`aud${PART}`]: "api" });');
    expect(keys(template)).toEqual(['audience']);
  });

  it('marks the object open on a dynamic computed key but keeps the others', () => {
    const options = read(`lib({ [name]: true, rejectUnauthorized: false });`);
    expect(options.closed).toBe(false);
    expect(keys(options)).toEqual(['rejectUnauthorized']);
  });

  it('reads string-literal and numeric keys', () => {
    const options = read(`lib({ 'rejectUnauthorized': false, "ca": pem, 443: 'https' });`);
    expect(keys(options)).toEqual(['rejectUnauthorized', 'ca', '443']);
    expect(options.get('rejectUnauthorized')?.staticValue).toEqual({ value: false });
    expect(options.closed).toBe(true);
  });

  it('reads method and shorthand properties by name', () => {
    const options = read(`const ca = 'pem'; lib({ ca, checkServerIdentity() { return undefined; } });`);
    expect(keys(options)).toEqual(['ca', 'checkServerIdentity']);
    expect(options.get('ca')?.staticValue).toEqual({ value: 'pem' });
    expect(options.get('checkServerIdentity')?.value.type).toBe('FunctionExpression');
  });
});

describe('readOptionsObject: mutation', () => {
  const mutations = [
    'opts.extra = 1;',
    "opts['extra'] = 1;",
    'opts.rejectUnauthorized ||= true;',
    'delete opts.rejectUnauthorized;',
    'Object.assign(opts, extra);',
    "Object.defineProperty(opts, 'extra', { value: 1 });",
    'opts.retries++;',
    '--opts.retries;',
  ];
  for (const mutation of mutations) {
    it(`marks the object open after \`${mutation}\``, () => {
      const options = read(`const opts = { rejectUnauthorized: false, retries: 1 }; ${mutation} lib(opts);`);
      expect(options.closed).toBe(false);
      expect(keys(options)).toEqual(['rejectUnauthorized', 'retries']);
      expect(options.get('rejectUnauthorized')?.staticValue).toEqual({ value: false });
    });
  }

  it('marks the object open when a spread source is mutated', () => {
    const options = read(`const base = { a: 1 }; base.b = 2; lib({ ...base, c: 3 });`);
    expect(options.closed).toBe(false);
    expect(keys(options)).toEqual(['a', 'c']);
  });

  it('marks the object open when a mutation is written after the call', () => {
    expect(read(`const opts = { a: 1 }; lib(opts); opts.b = 2;`).closed).toBe(false);
  });

  const destructuringTargets = ['[opts.extra] = values;', '({ value: opts.extra } = source);', 'for (opts.extra of values);', '[...opts.extra] = values;'];
  for (const mutation of destructuringTargets) {
    it(`marks the object open after the assignment target \`${mutation}\``, () => {
      expect(read(`const opts = { a: 1 }; ${mutation} lib(opts);`).closed).toBe(false);
    });
  }

  it('keeps the object closed for reads of its properties', () => {
    const options = read(`
      const opts = { a: 1 };
      log(opts.a);
      const copy = opts.a + 1;
      if (opts.a === 1) use(opts);
      Object.assign(target, opts);
      opts.nested.value = 1;
      lib(opts);
    `);
    expect(options.closed).toBe(true);
  });
});

describe('readOptionsObject: scopes', () => {
  it('resolves a spread in the scope of the object, not of the call', () => {
    const options = read(`
      const base = { rejectUnauthorized: true };
      const opts = { ...base };
      function connect() {
        const base = { rejectUnauthorized: false };
        lib(opts);
      }
    `);
    expect(options.get('rejectUnauthorized')?.staticValue).toEqual({ value: true });
  });

  it('evaluates property values in the scope of the object, not of the call', () => {
    const options = read(`
      let verify = loadFlag();
      const opts = { rejectUnauthorized: verify };
      function connect() {
        const verify = false;
        lib(opts);
      }
    `);
    expect(options.get('rejectUnauthorized')?.staticValue).toBeNull();
  });

  it('evaluates computed keys in the scope of the object, not of the call', () => {
    const options = read(`
      const KEY = 'audience';
      const opts = { [KEY]: 'api' };
      function verify() {
        const KEY = 'issuer';
        lib(opts);
      }
    `);
    expect(keys(options)).toEqual(['audience']);
  });
});

describe('readOptionsObject: static values', () => {
  it('has no static value for process.env', () => {
    const options = read(`lib({ rejectUnauthorized: process.env.TLS_VERIFY, ca: process.env['CA'] });`);
    expect(options.get('rejectUnauthorized')?.staticValue).toBeNull();
    expect(options.get('ca')?.staticValue).toBeNull();
  });

  it('has the value of a const-bound boolean', () => {
    const options = read(`const verify = false; lib({ rejectUnauthorized: verify });`);
    expect(options.get('rejectUnauthorized')?.staticValue).toEqual({ value: false });
  });

  it('has no static value for a reassigned let', () => {
    const options = read(`let verify = false; verify = load(); lib({ rejectUnauthorized: verify });`);
    expect(options.get('rejectUnauthorized')?.staticValue).toBeNull();
  });

  it('distinguishes a static undefined from an unknown value', () => {
    const options = read(`lib({ checkServerIdentity: undefined, ca: loadCa() });`);
    expect(options.get('checkServerIdentity')?.staticValue).toEqual({ value: undefined });
    expect(options.get('ca')?.staticValue).toBeNull();
  });
});

describe('readOptionsObject: TypeScript', () => {
  it('sees through `as const`', () => {
    const options = read(`lib({ rejectUnauthorized: false } as const);`, { ts: true });
    expect(keys(options)).toEqual(['rejectUnauthorized']);
    expect(options.closed).toBe(true);
    expect(options.get('rejectUnauthorized')?.staticValue).toEqual({ value: false });
  });

  it('sees through `satisfies` on the binding and `as` at the call', () => {
    const options = read(
      `interface Options { rejectUnauthorized?: boolean }
       const opts = { rejectUnauthorized: false } satisfies Options;
       lib(opts as Options);`,
      { ts: true },
    );
    expect(keys(options)).toEqual(['rejectUnauthorized']);
    expect(options.closed).toBe(true);
  });

  it('sees through non-null assertions, angle-bracket assertions and wrapped spreads', () => {
    const nonNull = read(`const opts = { a: 1 }; lib(opts!);`, { ts: true });
    expect(keys(nonNull)).toEqual(['a']);
    const angle = read(`const opts = <Record<string, number>>{ a: 1 }; lib(opts);`, { ts: true });
    expect(keys(angle)).toEqual(['a']);
    const spread = read(`const base = { a: 1 } as const; lib({ ...(base as object), b: 2 });`, { ts: true });
    expect(keys(spread)).toEqual(['a', 'b']);
    expect(spread.closed).toBe(true);
  });

  it('reads the value under a TypeScript wrapper', () => {
    const options = read(`lib({ rejectUnauthorized: false as boolean, mode: 'x' as const });`, { ts: true });
    expect(options.get('rejectUnauthorized')?.staticValue).toEqual({ value: false });
    expect(options.get('mode')?.staticValue).toEqual({ value: 'x' });
  });

  it('marks the object open on a mutation through a TypeScript wrapper', () => {
    expect(read(`const opts = { a: 1 }; (opts as any).b = 2; lib(opts);`, { ts: true }).closed).toBe(false);
    expect(read(`const opts = { a: 1 }; opts!.b = 2; lib(opts);`, { ts: true }).closed).toBe(false);
    expect(read(`const opts = { a: 1 }; Object.assign(opts as object, extra); lib(opts);`, { ts: true }).closed).toBe(false);
  });

  it('does not follow a declare const', () => {
    expect(readOne(`declare const opts: { a: number }; lib(opts);`, { ts: true }).options).toBeNull();
  });
});

describe('resolveObjectExpression, resolveConstObject and getPropertyKey', () => {
  it('resolveObjectExpression returns the literal, the const initializer, or null', () => {
    const [inline, bound, mutable] = readAll(`
      lib({ a: 1 });
      const opts = { b: 2 };
      lib(opts);
      let other = { c: 3 };
      lib(other);
    `);
    const inlineObject = resolveObjectExpression(inline!.call.arguments[0], inline!.scope);
    expect(inlineObject).toBe(inline!.call.arguments[0]);
    const boundObject = resolveObjectExpression(bound!.call.arguments[0], bound!.scope);
    expect(boundObject?.parent.type).toBe('VariableDeclarator');
    expect(boundObject?.properties).toHaveLength(1);
    expect(resolveObjectExpression(mutable!.call.arguments[0], mutable!.scope)).toBeNull();
    expect(resolveObjectExpression(undefined, inline!.scope)).toBeNull();
  });

  it('resolveConstObject reports whether the const is mutated', () => {
    const [clean, mutated] = readAll(`
      const a = { x: 1 };
      lib(a);
      const b = { x: 1 };
      b.y = 2;
      lib(b);
    `);
    const cleanResult = resolveConstObject(clean!.call.arguments[0] as TSESTree.Identifier, clean!.scope);
    expect(cleanResult?.mutated).toBe(false);
    expect(cleanResult?.object.properties).toHaveLength(1);
    expect(resolveConstObject(mutated!.call.arguments[0] as TSESTree.Identifier, mutated!.scope)?.mutated).toBe(true);
  });

  it('getPropertyKey reads properties and member expressions', () => {
    const [reading] = readAll(`const K = 'k'; lib({ plain: 1, 'str': 2, [K]: 3, [dyn]: 4 }, a.member, a['lit'], a[K], a[dyn]);`);
    const { call, scope } = reading!;
    const object = call.arguments[0] as TSESTree.ObjectExpression;
    expect(object.properties.map((property) => getPropertyKey(property as TSESTree.Property, scope))).toEqual(['plain', 'str', 'k', null]);
    expect(call.arguments.slice(1).map((member) => getPropertyKey(member as TSESTree.MemberExpression, scope))).toEqual([
      'member',
      'lit',
      'k',
      null,
    ]);
  });
});
