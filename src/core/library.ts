/** The public API of dist/core.js: the whole core, the preview's renderer included. */
export * from './index';
export { escapeHtml, renderReport, standaloneHtml, type RenderOptions } from './render';
