/**
 * @rollup/browser fetches its WebAssembly parser next to its module
 * (`new URL("bindings_wasm_bg.wasm", import.meta.url)`); Node's fetch does
 * not read file: URLs. Discourse bundles the same file into its compiler;
 * here fetch is taught to read the package's own .wasm files, nothing else.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

let installed = false;

export function serveWasmFiles(): void {
  if (installed) return;
  installed = true;
  const networkFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url =
      input instanceof URL
        ? input
        : new URL(typeof input === 'string' ? input : input.url, 'file:///');
    if (url.protocol === 'file:' && url.pathname.endsWith('.wasm')) {
      const bytes = await readFile(fileURLToPath(url));
      return new Response(bytes, {
        headers: { 'content-type': 'application/wasm' },
      });
    }
    return networkFetch(input, init);
  };
}
