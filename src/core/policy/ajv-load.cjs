'use strict';
// ajv, loaded on the first schema compile rather than at start-up (docs/startup.md): most runs (the
// hook, policies without schemas, --help) never compile one. CommonJS on purpose: policy loading is
// synchronous, and a `require` inside a function is the one form that both Node (from source) and the
// bundler (which inlines it and evaluates it on first call) load lazily and synchronously.
exports.loadAjv = function loadAjv() {
  return {
    Ajv: require('ajv').Ajv,
    Ajv2019: require('ajv/dist/2019.js').Ajv2019,
    Ajv2020: require('ajv/dist/2020.js').Ajv2020,
  };
};
