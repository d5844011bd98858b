import type { Rule } from './rule';

/** The parser's own problems, as rules so that they can be configured like the others. */
function parserRule(id: string, description: string): Rule {
  return {
    id,
    description,
    tags: ['front-matter'],
    severity: 'error',
    check: ({ report }) => report.problems.filter((p) => p.rule === id).map((p) => ({ range: p.range, message: p.message, severity: p.severity })),
  };
}

export const frontMatterYaml = parserRule('front-matter-yaml', 'The front matter is valid YAML');
export const frontMatterUnclosed = parserRule('front-matter-unclosed', 'The front matter is closed with ---');
export const binaryContent = parserRule('binary-content', 'The file is text, not binary data');
