// Shared with the benchmark and the screenshots; see scripts/browser.ts.
export * from '../../scripts/browser.ts';
