/**
 * Legal citations become links: after the build, every known document number in the <main> of
 * every page (any language) links to its library page. Numbers cited but not in the library are
 * listed with file and line (a report, not a failure).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContentOnce } from '../../collections/check.ts';
import { contentRoot } from '../../collections/root.ts';
import {
  formatMissingProvisions,
  formatUnknownNumbers,
  languageOfPath,
  libraryIndex,
  missingProvisions,
  resolverFor,
  unknownLegalNumbers,
} from '../../legal/documents.ts';
import { linkifyLegalNumbers } from '../../legal/linkify.ts';
import { htmlFilesUnder } from '../dist-files.ts';
import { loadSettings } from '../../collections/settings.ts';

export default function legalLinks(): AstroIntegration {
  return {
    name: 'legal-links',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        // Vitest loads this config for unit tests too; the report is for builds and dev servers.
        if (command === 'preview' || process.env.VITEST) return;
        const { entries } = checkContentOnce(process.cwd(), contentRoot());
        const unknown = unknownLegalNumbers(entries);
        if (unknown.length > 0) logger.warn(`\n${formatUnknownNumbers(unknown)}`);
        const missing = missingProvisions(entries);
        if (missing.length > 0) logger.warn(`\n${formatMissingProvisions(missing)}`);
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { languages } = loadSettings();
        const index = libraryIndex(checkContentOnce(process.cwd(), contentRoot()).entries);
        let links = 0;
        for (const file of htmlFilesUnder(outDir)) {
          const rel = relative(outDir, file).split(sep).join('/');
          const path = `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
          if (path.startsWith('/bien-tap/')) continue;
          const html = readFileSync(file, 'utf8');
          const result = linkifyLegalNumbers(html, resolverFor(index, languageOfPath(path, languages)), path);
          if (result.linked.length === 0) continue;
          writeFileSync(file, result.html);
          links += result.linked.length;
        }
        logger.info(`${links} số hiệu văn bản đã thành liên kết.`);
      },
    },
  };
}
