/** Small helpers to print the benchmark's results. */

/** A Markdown table with padded columns. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, i) =>
    Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `| ${cells
      .map((cell, i) =>
        i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!),
      )
      .join(' | ')} |`;
  const rule = `|${widths
    .map((width, i) =>
      i === 0 ? '-'.repeat(width + 2) : `${'-'.repeat(width + 1)}:`,
    )
    .join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? sorted[middle]!
    : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** `a ÷ b` to three significant places; "–" when undefined. */
export function ratio(a: number, b: number): string {
  if (!Number.isFinite(a) || !Number.isFinite(b) || b === 0)
    return a === 0 && b === 0 ? '–' : '∞';
  const value = a / b;
  return value >= 100 ? value.toFixed(0) : value.toPrecision(3);
}

/** A number to `digits` places; "n/a" when there is none. */
export const fmt = (n: number | null, digits = 0) =>
  n !== null && Number.isFinite(n) ? n.toFixed(digits) : 'n/a';
