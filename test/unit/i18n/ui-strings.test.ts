/** UI strings: every key the code uses exists in Vietnamese; other languages only translate known keys. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslate, missingKeys, splitDictionary, validateDictionary, type Dictionary } from '../../../src/i18n/translate.ts';
import { SAFETY_KEYS, dictionaryStatus, missingSafetyStrings } from '../../../src/i18n/safety.ts';
import { CALLOUT_TYPES } from '../../../src/components/author/callout/schema.ts';
import { loadSettings } from '../../../src/collections/settings.ts';
import { ROOT } from '../../helpers/astro.ts';

const dir = join(ROOT, 'src/i18n');
const files: Record<string, Record<string, unknown>> = Object.fromEntries(
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>]),
);
const dictionaries: Record<string, Dictionary> = Object.fromEntries(Object.entries(files).map(([lang, file]) => [lang, splitDictionary(lang, file).reviewed]));
const drafts: Record<string, Dictionary> = Object.fromEntries(Object.entries(files).map(([lang, file]) => [lang, splitDictionary(lang, file).drafts]));
const vi = dictionaries.vi!;
const enabled = loadSettings(ROOT, 'content').languages;

function sourceFiles(path: string): string[] {
  return readdirSync(path).flatMap((name) => {
    const full = join(path, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.(astro|ts)$/.test(name) ? [full] : [];
  });
}

describe('UI strings', () => {
  it('every language file is valid against vi.json', () => {
    for (const [lang, file] of Object.entries(files)) expect(validateDictionary(lang, file, vi), lang).toEqual([]);
  });
  it('every key used in src/ exists in vi.json', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      for (const [, key] of readFileSync(file, 'utf8').matchAll(/\bt\('([a-zA-Z][\w.]*)'/g)) used.add(key!);
    }
    for (const type of CALLOUT_TYPES) used.add(`component.callout.${type}`);
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter((key) => !(key in vi))).toEqual([]);
  });
  it('lists the keys each enabled language still lacks, and falls back to Vietnamese for them', () => {
    const languages = enabled;
    const report = Object.fromEntries(languages.map((lang) => [lang, missingKeys(dictionaries[lang] ?? {}, vi)]));
    console.info(
      'UI strings not reviewed per language (t() shows the Vietnamese for them):\n' +
        Object.entries(report)
          .map(([lang, keys]) => `  ${lang}: ${keys.length === 0 ? 'none' : `${keys.length} (${keys.slice(0, 5).join(', ')}${keys.length > 5 ? ', …' : ''})`}`)
          .join('\n'),
    );
    expect(report.vi).toEqual([]);
    for (const lang of languages) {
      const t = createTranslate(lang, dictionaries);
      for (const key of report[lang]!) expect(t(key)).toBe(vi[key]);
    }
  });
  it('every enabled language has every safety string along its chain, draft or reviewed', () => {
    expect(enabled.length).toBeGreaterThan(1);
    expect(Object.fromEntries(enabled.map((lang) => [lang, missingSafetyStrings(lang, dictionaries, drafts)]))).toEqual(
      Object.fromEntries(enabled.map((lang) => [lang, []])),
    );
  });
  it('says which safety strings a language lacks when neither it nor its chain has them', () => {
    const tyz = Object.fromEntries(SAFETY_KEYS.map((key) => [key, `tyz ${key}`]));
    const tyzWithoutExit = Object.fromEntries(Object.entries(tyz).filter(([key]) => key !== 'exit.button'));
    // Nùng borrows Tày's: nothing missing while Tày has them all, exit.button once Tày lacks it.
    expect(missingSafetyStrings('nut', { tyz })).toEqual([]);
    expect(missingSafetyStrings('nut', { tyz: tyzWithoutExit })).toEqual(['exit.button']);
    // A draft counts as present; Vietnamese does not count for another language.
    expect(missingSafetyStrings('jra', { vi }, { jra: tyz })).toEqual([]);
    expect(missingSafetyStrings('jra', { vi })).toEqual([...SAFETY_KEYS]);
    expect(missingSafetyStrings('vi', {})).toEqual([]);
  });
});

describe('dictionaryStatus', () => {
  it('counts reviewed, draft and missing strings, all and safety alone, per language', () => {
    const reference = { 'exit.button': 'Thoát nhanh', 'hotlines.call': 'Gọi {number}', 'nav.home': 'Trang chủ' };
    const rows = dictionaryStatus(['vi', 'jra', 'km'], { vi: reference, jra: { 'nav.home': 'x' } }, { jra: { 'exit.button': 'y' } });
    expect(rows).toEqual([
      { lang: 'jra', reviewed: 1, drafts: 1, missing: 1, safety: { reviewed: 0, drafts: 1, missing: SAFETY_KEYS.length - 1 } },
      { lang: 'km', reviewed: 0, drafts: 0, missing: 3, safety: { reviewed: 0, drafts: 0, missing: SAFETY_KEYS.length } },
    ]);
  });
});
