// The npm `assert` polyfill reads `process`, which a web worker does not have.
import browserProcess from 'process/browser.js';
export { browserProcess as process };
