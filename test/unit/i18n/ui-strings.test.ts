/** UI strings: every key the code uses exists in Vietnamese; other languages only translate known keys. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslate, missingKeys, validateDictionary, type Dictionary } from '../../../src/i18n/translate.ts';
import { CALLOUT_TYPES } from '../../../src/components/author/callout/schema.ts';
import { loadSettings } from '../../../src/collections/settings.ts';
import { ROOT } from '../../helpers/astro.ts';

const dir = join(ROOT, 'src/i18n');
const dictionaries: Record<string, Dictionary> = Object.fromEntries(
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, f), 'utf8')) as Dictionary]),
);
const vi = dictionaries.vi!;

function sourceFiles(path: string): string[] {
  return readdirSync(path).flatMap((name) => {
    const full = join(path, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.(astro|ts)$/.test(name) ? [full] : [];
  });
}

describe('UI strings', () => {
  it('every language file is valid against vi.json', () => {
    for (const [lang, dictionary] of Object.entries(dictionaries)) expect(validateDictionary(lang, dictionary, vi), lang).toEqual([]);
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
    const languages = loadSettings(ROOT, 'content').languages;
    const report = Object.fromEntries(languages.map((lang) => [lang, missingKeys(dictionaries[lang] ?? {}, vi)]));
    console.info(
      'UI strings missing per language:\n' +
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
});
