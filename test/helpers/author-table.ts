/**
 * The README's table of author components, generated from the registry (src/components/author/):
 * `npm run docs:components` writes it between the two markers, and a unit test fails when the
 * README is out of date. Columns are padded as Prettier pads a Markdown table.
 */
import { AUTHOR_COMPONENT_LIST } from '../../src/components/author/index.ts';

export const TABLE_START = '<!-- author-components:start (npm run docs:components) -->';
export const TABLE_END = '<!-- author-components:end -->';

export function authorTableMarkdown(): string {
  const rows = [['component', 'example'], ...AUTHOR_COMPONENT_LIST.map((component) => [`\`${component.name}\``, component.readme])];
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => [...row[column]!].length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell + ' '.repeat(widths[column]! - [...cell].length)).join(' | ')} |`;
  return [line(rows[0]!), `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`, ...rows.slice(1).map(line)].join('\n');
}

/** The README with its author-component table replaced by the generated one. */
export function readmeWithAuthorTable(readme: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start)
    throw new Error(`README.md has no ${TABLE_START} … ${TABLE_END} markers around the author-component table.`);
  return `${readme.slice(0, start + TABLE_START.length)}\n\n${authorTableMarkdown()}\n\n${readme.slice(end)}`;
}
