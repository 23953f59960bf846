/**
 * Defence in depth: the content check stops unsafe MDX before the build starts, and this Sätteri
 * mdast plugin factory applies the same rules (src/collections/mdx-safety.ts) inside the real MDX
 * pipeline, to files under the content folder only. It runs before the file is parsed, so a
 * syntax error also ends the build with the Vietnamese message instead of the parser's English.
 * It fails rather than strips, so no text is ever silently lost.
 */
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry, PluginFactoryContext } from 'satteri';
import { contentRoot } from '../../collections/root.ts';
import { checkMdxSafety } from '../../collections/mdx-safety.ts';

/** The error the build ends with; its message lists every problem as `file:line — message`. */
export class UnsafeContentError extends Error {
  override name = 'UnsafeContentError';
}

/**
 * Returns the plugin entry for `satteri({ mdastPlugins: [...] })`. `root` is the content folder
 * (CONTENT_DIR or content/), resolved against the working directory.
 */
export function mdxGuard(root: string = resolve(process.cwd(), contentRoot())): MdastPluginEntry {
  const contentDir = resolve(root) + sep;
  return (ctx: PluginFactoryContext) => {
    if (!ctx.fileURL || ctx.fileURL.protocol !== 'file:') return null;
    const file = fileURLToPath(ctx.fileURL);
    if (!file.startsWith(contentDir)) return null;
    const { problems } = checkMdxSafety(ctx.source);
    if (problems.length === 0) return null;
    const where = relative(process.cwd(), file).split(sep).join('/');
    const lines = problems.map((p) => `  • ${where}${p.line ? `:${p.line}` : ''}: ${p.message}`);
    throw new UnsafeContentError(`Nội dung không an toàn, không thể xuất bản:\n${lines.join('\n')}`);
  };
}
