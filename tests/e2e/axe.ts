/**
 * axe-core's violations on a page of the demo. The test injects axe, so
 * the page's context must bypass its Content-Security-Policy
 * (`bypassCSP: true`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Each violation as "rule at selector, …"; `[]` when there is none. With
 * `scope` (a CSS selector), only what lies inside it is checked.
 */
export async function axeViolations(
  page: Page,
  scope?: string,
): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async (include) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: unknown,
            options: unknown,
          ) => Promise<{
            violations: { id: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const results = await axe.run(
      include === null ? document : { include: [[include]] },
      { resultTypes: ['violations'] },
    );
    return results.violations.map(
      (violation) =>
        `${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  }, scope ?? null);
}

/** The demo's preview buttons and the phase each one shows. */
export const PHASE_BUTTONS = [
  ['Upcoming', 'upcoming'],
  ['Imminent', 'imminent'],
  ['In progress', 'in-progress'],
  ['Overrun', 'overrun'],
  ['Completed', 'completed'],
  ['Cancelled', 'cancelled'],
] as const;
