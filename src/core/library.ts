/** The public API of dist/core.js: the whole core, the preview's renderer included. */
export * from './index';
export { escapeHtml, joinRendered, renderReport, renderReportParts, renderSteps, standaloneHtml, type RenderedReport, type RenderOptions } from './render';
