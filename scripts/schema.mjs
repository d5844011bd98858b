// Writes the configuration schema from the rules themselves (dist/core.js), in two places that must agree:
// schemas/event-notes.schema.json (for .event-notes.json) and the eventNotes.rules setting in package.json,
// whose texts go through package.nls.json (English, written here) and package.nls.vi.json (translated by
// hand; a rule without a translation fails the unit tests).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { RULES: PAGE_RULES, SITE_RULES } = require('../dist/core.js');
// The site rules (event-notes site, the Event Reports view) are switched like the page rules.
const RULES = [...PAGE_RULES, ...SITE_RULES];

const level = { enum: ['off', 'info', 'warning', 'error'] };
// `text(key, english)` gives the text for the JSON schema, or a %key% for package.json.
function ruleSchema(rule, text) {
  const options = Object.fromEntries(Object.entries(rule.options ?? {}).map(([name, o]) => {
    const description = text(`rules.${rule.id}.${name}`, o.description);
    return [name, o.type === 'boolean' ? { type: 'boolean', default: o.default, description } : { type: 'array', items: { type: 'string' }, default: o.default, description }];
  }));
  return {
    description: text(`rules.${rule.id}`, `${rule.description} (default: ${rule.severity})`),
    oneOf: [
      { ...level },
      { type: 'object', properties: { severity: { ...level }, ...options }, additionalProperties: false },
    ],
  };
}
const rulesSchema = (text) => ({
  type: 'object',
  description: text('config.rules', 'Event Notes rules: "off", "info", "warning", "error", or { "severity": ..., options }.'),
  properties: Object.fromEntries(RULES.map((r) => [r.id, ruleSchema(r, text)])),
  additionalProperties: false,
});
const rules = rulesSchema((_, english) => english);
const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Event Notes configuration',
  type: 'object',
  properties: { rules },
  additionalProperties: false,
};
writeFileSync('schemas/event-notes.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const nls = JSON.parse(readFileSync('package.nls.json', 'utf8'));
const nlsVi = JSON.parse(readFileSync('package.nls.vi.json', 'utf8'));
const ruleKeys = new Set();
const manifestRules = rulesSchema((key, english) => {
  nls[key] = english;
  ruleKeys.add(key);
  return `%${key}%`;
});
// Rules that are gone leave no text behind.
for (const bundle of [nls, nlsVi]) for (const key of Object.keys(bundle)) if (key.startsWith('rules.') && !ruleKeys.has(key)) delete bundle[key];
pkg.contributes.configuration.properties['eventNotes.rules'] = { ...manifestRules, default: {}, scope: 'resource' };
writeFileSync('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
writeFileSync('package.nls.json', `${JSON.stringify(nls, null, 2)}\n`);
writeFileSync('package.nls.vi.json', `${JSON.stringify(nlsVi, null, 2)}\n`);
console.log(`schema: ${RULES.length} rules`);
