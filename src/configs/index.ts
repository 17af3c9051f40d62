/**
 * Presets, derived from each rule's `meta.docs.recommended` so they can never drift from the rules:
 * `recommended` holds the rules whose docs say `recommended`; `strict` holds every rule. Both as errors.
 * A preset registers only this plugin: no other plugin, no parser.
 */
import type { ESLint, Linter } from 'eslint';
import { rules } from '../rules';

export const NAMESPACE = 'zero-trust';

export type PresetName = 'recommended' | 'strict';

type RuleEntries = Record<string, Linter.RuleEntry>;

export function presetRules(preset: PresetName): RuleEntries {
  const entries: RuleEntries = {};
  for (const [id, rule] of Object.entries(rules)) {
    const level = rule.meta.docs?.recommended;
    if (preset === 'strict' || level === 'recommended') {
      entries[`${NAMESPACE}/${id}`] = 'error';
    }
  }
  return entries;
}

/** A flat preset: ESLint's own config type, so `defineConfig([zeroTrust.configs.recommended])` type-checks. */
export type FlatPreset = Linter.Config & { name: string; plugins: Record<string, ESLint.Plugin>; rules: RuleEntries };

export type LegacyPreset = Linter.LegacyConfig & { plugins: string[]; rules: RuleEntries };

/** Flat presets reference the plugin object itself, so the caller passes it in. */
export function buildConfigs(plugin: ESLint.Plugin): {
  recommended: FlatPreset;
  strict: FlatPreset;
  'legacy-recommended': LegacyPreset;
  'legacy-strict': LegacyPreset;
} {
  const flat = (preset: PresetName): FlatPreset => ({
    name: `${NAMESPACE}/${preset}`,
    plugins: { [NAMESPACE]: plugin },
    rules: presetRules(preset),
  });
  const legacy = (preset: PresetName): LegacyPreset => ({
    plugins: [NAMESPACE],
    rules: presetRules(preset),
  });
  return {
    recommended: flat('recommended'),
    strict: flat('strict'),
    'legacy-recommended': legacy('recommended'),
    'legacy-strict': legacy('strict'),
  };
}
