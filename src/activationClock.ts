/**
 * When the bundle started to load: imported first by extension.ts, so that the activation time the
 * extension reports includes evaluating its modules, not only running activate().
 */
export const bundleStart = performance.now();
