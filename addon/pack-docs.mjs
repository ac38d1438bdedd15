// Puts the repository's README and LICENSE into the package while it is
// packed (`prepack`), and removes them again afterwards (`postpack`). The
// README's relative links point into the repository, where the registry's
// page cannot follow them: they become absolute links to `homepage`.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const FILES = ['README.md', 'LICENSE.md'];

if (process.argv.includes('--clean')) {
  for (const file of FILES) rmSync(file, { force: true });
} else {
  const home = pkg.homepage.replace(/\/$/, '');
  const raw = home.replace(
    'https://github.com/',
    'https://raw.githubusercontent.com/',
  );
  const readme = readFileSync('../README.md', 'utf8').replace(
    /(!?\[[^\]]*\])\((?![a-z]+:|#)([^)\s]+)\)/g,
    (_, label, path) =>
      label.startsWith('!')
        ? `${label}(${raw}/main/${path})`
        : `${label}(${home}/blob/main/${path})`,
  );
  writeFileSync('README.md', readme);
  writeFileSync('LICENSE.md', readFileSync('../LICENSE.md'));
}
