/** eslint-doc-generator settings: owns each rule doc's header and the README rules table. */
const PRINCIPLES = [
  ['verify-explicitly', 'Verify explicitly'],
  ['least-privilege', 'Use least privilege'],
  ['assume-breach', 'Assume breach'],
];

/** @type {import('eslint-doc-generator').GenerateOptions} */
module.exports = {
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
  ],
  ignoreConfig: ['legacy-recommended', 'legacy-strict'],
  ruleDocSectionInclude: ['Examples', 'When Not To Use It', 'Further Reading'],
  ruleDocTitleFormat: 'prefix-name',
  // The house format gives every rule doc an Options section, also when it says the rule has none.
  ruleDocSectionOptions: false,
  ruleListColumns: ['name', 'description', 'configsError', 'fixable', 'hasSuggestions', 'options', 'requiresTypeChecking', 'deprecated'],
  // One table per Zero Trust principle, in the order the principles are usually taught.
  ruleListSplit(rules) {
    return PRINCIPLES.map(([principle, title]) => ({
      title,
      rules: rules.filter(([, rule]) => rule.meta.docs.principle === principle),
    })).filter((group) => group.rules.length > 0);
  },
};
