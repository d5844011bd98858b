// node:assert/strict for the browser bundle of the tests: the npm `assert` polyfill's strict mode.
module.exports = require('assert').strict;
