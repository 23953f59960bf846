/**
 * After each build: reports every character used in content/ or the UI strings that no shipped
 * font covers, with the files it appears in, and every character of a language name that the
 * language menu's face of its script lacks, so that no letter silently falls back to another font.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import * as fontkit from 'fontkit';
import { FONT_FACES } from '../../fonts/fonts.ts';
import { switcherCoverageReport } from '../../fonts/switcher.ts';
import { contentRoot } from '../../collections/root.ts';
import { uncoveredCharacters } from '../../i18n/font-coverage.ts';
import { filesUnder } from '../dist-files.ts';

/** Reads the texts and the shipped fonts; returns the report lines (empty when all is covered). */
export function fontCoverageReport(cwd: string = process.cwd(), root: string = contentRoot()): string[] {
  const fonts = FONT_FACES.map((face) => fontkit.create(readFileSync(join(cwd, 'public/fonts', face.file))) as fontkit.Font);
  const covered = (codePoint: number) => fonts.some((font) => font.hasGlyphForCodePoint(codePoint));
  const texts = new Map<string, string>();
  for (const file of [...filesUnder(resolve(cwd, root), (name) => /\.(mdx|md|yaml)$/.test(name)), ...filesUnder(join(cwd, 'src/i18n'), (name) => name.endsWith('.json'))]) {
    texts.set(relative(cwd, file), readFileSync(file, 'utf8'));
  }
  return uncoveredCharacters(texts, covered).map(
    ({ char, codePoint, files }) => `"${char}" (${codePoint}) không có trong phông chữ của trang; xuất hiện ở: ${files.join(', ')}`,
  );
}

export default function fontCoverage(): AstroIntegration {
  return {
    name: 'font-coverage',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const report = fontCoverageReport();
        if (report.length === 0) logger.info('Phông chữ có đủ mọi ký tự dùng trong nội dung.');
        else logger.warn(`Ký tự sẽ hiển thị bằng phông khác (hãy thêm vào src/fonts/fonts.ts rồi chạy npm run fonts):\n${report.join('\n')}`);
        // The language menu's own faces (src/fonts/switcher.ts) must draw every name it shows.
        const menu = switcherCoverageReport();
        if (menu.length > 0) logger.warn(`Tên ngôn ngữ trong menu sẽ hiển thị bằng phông khác:\n${menu.join('\n')}`);
      },
    },
  };
}
