// Writes the configuration schema from the rules themselves (dist/core.js), in two places that must agree:
// schemas/event-notes.schema.json (for .event-notes.json) and the eventNotes.rules setting in package.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { RULES } = require('../dist/core.js');

const level = { enum: ['off', 'info', 'warning', 'error'] };
function ruleSchema(rule) {
  const options = Object.fromEntries(Object.entries(rule.options ?? {}).map(([name, o]) => [
    name,
    o.type === 'boolean' ? { type: 'boolean', default: o.default, description: o.description } : { type: 'array', items: { type: 'string' }, default: o.default, description: o.description },
  ]));
  return {
    description: `${rule.description} (default: ${rule.severity})`,
    oneOf: [
      { ...level },
      { type: 'object', properties: { severity: { ...level }, ...options }, additionalProperties: false },
    ],
  };
}
const rules = {
  type: 'object',
  description: 'Event Notes rules: "off", "info", "warning", "error", or { "severity": ..., options }.',
  properties: Object.fromEntries(RULES.map((r) => [r.id, ruleSchema(r)])),
  additionalProperties: false,
};
const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Event Notes configuration',
  type: 'object',
  properties: { rules },
  additionalProperties: false,
};
writeFileSync('schemas/event-notes.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
pkg.contributes.configuration.properties['eventNotes.rules'] = { ...rules, default: {}, scope: 'resource' };
writeFileSync('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
console.log(`schema: ${RULES.length} rules`);
