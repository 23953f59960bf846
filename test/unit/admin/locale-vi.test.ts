/** Decap's Vietnamese, completed by admin/locale-vi.ts: every string Decap has in English exists in Vietnamese. */
// The ESM build: the package's main file is a browser bundle.
import { en, vi } from 'decap-cms-locales/dist/esm/index.js';
import { describe, expect, it } from 'vitest';
import { completeLocale, phraseKeys, VI_CORRECTED, VI_MISSING } from '../../../admin/locale-vi.ts';

describe('the CMS in Vietnamese', () => {
  const complete = completeLocale(vi);
  it('has every string Decap has in English', () => {
    const have = new Set(phraseKeys(complete));
    expect(phraseKeys(en).filter((key) => !have.has(key))).toEqual([]);
  });
  it('keeps Decap\'s own Vietnamese wording and adds only what is missing', () => {
    const decapKeys = new Set(phraseKeys(vi));
    expect(phraseKeys(VI_MISSING).filter((key) => decapKeys.has(key))).toEqual([]);
    expect(phraseKeys(complete).length).toBe(decapKeys.size + phraseKeys(VI_MISSING).length);
  });
  it('keeps each placeholder of the English string', () => {
    const lookup = (tree: object, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree) as string;
    for (const key of phraseKeys(VI_MISSING)) {
      const placeholders = (text: string) => (text.match(/%\{\w+\}/g) ?? []).sort();
      expect(placeholders(lookup(VI_MISSING, key)), key).toEqual(placeholders(lookup(en, key)));
    }
  });
  it('replaces only Decap strings that exist, keeping their placeholders', () => {
    const lookup = (tree: object, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], tree) as string;
    const corrected = completeLocale(VI_CORRECTED, complete);
    for (const key of phraseKeys(VI_CORRECTED)) {
      expect(typeof lookup(vi, key), key).toBe('string');
      expect(lookup(corrected, key), key).toBe(lookup(VI_CORRECTED, key));
      const placeholders = (text: string) => (text.match(/%\{\w+\}/g) ?? []).sort();
      expect(placeholders(lookup(VI_CORRECTED, key)), key).toEqual(placeholders(lookup(en, key)));
    }
    expect(phraseKeys(corrected)).toEqual(phraseKeys(complete));
  });
});
