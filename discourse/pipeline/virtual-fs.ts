/**
 * The in-memory file system Rollup reads the theme from: each module at
 * `<basePath><path>`, as Discourse's compiler lays the tree out.
 * Written for this check from frontend/asset-processor/virtual-fs.js
 * @ fca1577bd19dfed8fc79ab4b5037b125ff2142ff.
 */
import type { RollupFsModule } from '@rollup/browser';

const missing = (path: string) =>
  Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });

export function virtualFs(
  tree: Readonly<Record<string, string>>,
  basePath: string,
): RollupFsModule {
  const files = new Map(
    Object.entries(tree).map(([path, text]) => [`${basePath}${path}`, text]),
  );
  const folders = new Map<string, string[]>();
  for (const path of files.keys()) {
    const slash = path.lastIndexOf('/');
    const children = folders.get(path.slice(0, slash)) ?? [];
    children.push(path.slice(slash + 1));
    folders.set(path.slice(0, slash), children);
  }
  // Only what Rollup reads while bundling, as Discourse's does.
  return {
    readFile: (path: string) => {
      const text = files.get(path);
      return text === undefined
        ? Promise.reject(missing(path))
        : Promise.resolve(text);
    },
    readdir: (path: string) => {
      const children = folders.get(path);
      return children
        ? Promise.resolve(children)
        : Promise.reject(missing(path));
    },
    lstat: (path: string) =>
      files.has(path)
        ? Promise.resolve({ isFile: () => true, isSymbolicLink: () => false })
        : Promise.reject(missing(path)),
  } as Partial<RollupFsModule> as RollupFsModule;
}
