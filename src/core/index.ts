/** The core's public API: what the CLI and the extension use, and what dist/core.js exports. */
export { parseReport } from './parse';
export { lintReport, lintParsed, type Finding } from './lint';
export { renderReport, type RenderOptions } from './render';
export { classifyHeading } from './sections';
export type * from './model';
export { SECTION_KINDS } from './model';
