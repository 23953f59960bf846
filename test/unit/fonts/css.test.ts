/** src/styles/fonts.css is generated (src/fonts/css.ts): what it must hold, and that it is current. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONTS_CSS_PATH, fontsCss } from '../../../src/fonts/css.ts';
import { FONT_FACES } from '../../../src/fonts/fonts.ts';
import { LANGUAGES, type Language } from '../../../src/i18n/languages.ts';
import { ROOT } from '../../helpers/astro.ts';

describe('fontsCss', () => {
  it('declares every shipped face and the Khmer menu face with their ranges, and the Khmer rules', () => {
    const css = fontsCss();
    for (const face of FONT_FACES) expect(css).toContain(`src: url('/fonts/${face.file}') format('woff2');`);
    expect(css).toMatch(/font-family: 'Noto Sans Khmer Endonyms';[^}]*noto-sans-khmer-endonyms-400\.woff2[^}]*unicode-range: U\+1780-17FF, U\+19E0-19FF;/);
    expect(css).toContain(":lang(km) { font-family: 'Noto Sans Khmer', 'Noto Sans', var(--system-fonts); }");
    expect(css).toContain("html:not(:lang(km)) .languages :lang(km) { font-family: 'Noto Sans Khmer Endonyms', 'Noto Sans', var(--system-fonts); }");
  });
  it('follows the language list: a second Khmer-script language joins both rules; a Latin one adds none', () => {
    const khmer: Language = { tag: 'x-kh', endonym: 'ឃ', nameVi: 'Thử', script: 'Khmr', fallback: [] };
    const latin: Language = { tag: 'x-la', endonym: 'Thử', nameVi: 'Thử', script: 'Latn', fallback: [] };
    const css = fontsCss([...LANGUAGES, khmer, latin]);
    expect(css).toContain(":lang(km), :lang(x-kh) { font-family: 'Noto Sans Khmer', 'Noto Sans', var(--system-fonts); }");
    expect(css).toContain('html:not(:lang(km)):not(:lang(x-kh)) .languages :lang(km), html:not(:lang(km)):not(:lang(x-kh)) .languages :lang(x-kh) {');
    expect(css).not.toContain('x-la');
    expect(fontsCss(LANGUAGES.filter((language) => language.script === 'Latn'))).not.toContain(':lang(');
  });
  it(`is what ${FONTS_CSS_PATH} holds (run npm run fonts after changing fonts, scripts or languages)`, () => {
    expect(readFileSync(join(ROOT, FONTS_CSS_PATH), 'utf8')).toBe(fontsCss());
  });
});
