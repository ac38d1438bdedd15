// Shared with the benchmark and the screenshots; see scripts/demo-server.ts.
export * from '../../scripts/demo-server.ts';
