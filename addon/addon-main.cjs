'use strict';

// Lets classic (ember-cli) apps consume this v2 addon.
const { addonV1Shim } = require('@embroider/addon-shim');
module.exports = addonV1Shim(__dirname);
