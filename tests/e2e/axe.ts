/**
 * axe-core in a page: each violation as "rule at targets". The page's
 * context must bypass its Content-Security-Policy (`bypassCSP: true`), as
 * the test injects the script.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeResults {
  violations: { id: string; nodes: { target: string[] }[] }[];
}

/** The violations within `selector` (the whole page by default). */
export async function violationsIn(
  page: Page,
  selector = 'html',
): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (include) =>
      (
        window as unknown as {
          axe: {
            run(context: unknown, options: unknown): Promise<AxeResults>;
          };
        }
      ).axe.run({ include: [[include]] }, { resultTypes: ['violations'] }),
    selector,
  );
  return results.violations.map(
    ({ id, nodes }) =>
      `${id} at ${nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}
