/**
 * Content text is stored and compared in Unicode NFC. Frontmatter strings are normalised by the
 * schemas; this Vite plugin normalises MDX bodies under the content folder before any Markdown
 * processor sees them, whichever processor that is. Jrai and Bahnar letters such as ư̆ keep their
 * combining breve: they have no precomposed form.
 */
import { resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentRoot } from '../../collections/root.ts';

/** The transform, exposed for tests: NFC for .mdx/.md files inside `contentDir`, untouched otherwise. */
export function normalizeContentSource(id: string, code: string, contentDir: string): string | undefined {
  const file = id.split('?')[0]!;
  if (!file.startsWith(contentDir) || !/\.(mdx|md)$/.test(file)) return undefined;
  const normalized = code.normalize('NFC');
  return normalized === code ? undefined : normalized;
}

export default function nfc(): AstroIntegration {
  return {
    name: 'content-nfc',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        const contentDir = resolve(process.cwd(), contentRoot()) + sep;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'content-nfc',
                enforce: 'pre',
                transform(code: string, id: string) {
                  const normalized = normalizeContentSource(id, code, contentDir);
                  return normalized === undefined ? null : { code: normalized, map: null };
                },
              },
            ],
          },
        });
      },
    },
  };
}
