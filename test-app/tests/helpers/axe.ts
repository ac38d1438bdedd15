import axe from 'axe-core';

/**
 * axe-core's violations for `element`, as short strings. Colour contrast
 * is checked against WCAG AA (axe's default) on what is really painted.
 */
export async function axeViolations(element: Element): Promise<string[]> {
  const results = await axe.run(element, {
    resultTypes: ['violations'],
    // The test page itself (no <title>, no landmarks) is not under test.
    rules: { region: { enabled: false } },
  });
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}
