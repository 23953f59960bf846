/**
 * The one loader of UI text: pages (Vite) and integrations, CLI scripts and print files (plain
 * Node) see the same dictionaries, and the label maps of the schemas come from vi.json.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dictionaries, drafts, uiLanguages, useTranslations, vietnameseLabels } from '../../../src/i18n/index.ts';
import { splitDictionary } from '../../../src/i18n/translate.ts';
import { CAMPAIGN_KINDS, CAMPAIGN_KIND_LABELS } from '../../../src/schemas/campaign.ts';
import { EVENT_KINDS, EVENT_KIND_LABELS } from '../../../src/schemas/event.ts';
import { HOTLINE_SCOPES, HOTLINE_SCOPE_LABELS } from '../../../src/schemas/hotline.ts';
import { DOC_TYPES, DOC_TYPE_LABELS, LEGAL_STATUSES, LEGAL_STATUS_LABELS } from '../../../src/schemas/legal.ts';
import { MATERIAL_KINDS, MATERIAL_KIND_LABELS } from '../../../src/schemas/material.ts';
import { TRANSLATION_STATES, TRANSLATION_STATE_LABELS } from '../../../src/collections/translation-status.ts';
import { ROOT } from '../../helpers/astro.ts';

const dir = join(ROOT, 'src/i18n');
const onDisk = Object.fromEntries(
  readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => [name.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>]),
);
/** What the loader must hold: each file split into its reviewed strings and its drafts. */
const reviewedOnDisk = Object.fromEntries(Object.entries(onDisk).map(([lang, file]) => [lang, splitDictionary(lang, file).reviewed]));
const draftsOnDisk = Object.fromEntries(Object.entries(onDisk).map(([lang, file]) => [lang, splitDictionary(lang, file).drafts]));

describe('the dictionary loader', () => {
  it('in Vite, holds exactly the files of src/i18n/, by tag', () => {
    expect(dictionaries).toEqual(reviewedOnDisk);
    expect(drafts).toEqual(draftsOnDisk);
    expect(Object.keys(dictionaries)).toContain('vi');
    expect(Object.keys(dictionaries.vi!).length).toBe(Object.keys(onDisk.vi!).length);
  });
  it('in plain Node (integrations, CLI, posters), reads the same files from the folder', () => {
    const script = `const { dictionaries, drafts, useTranslations } = await import(${JSON.stringify(join(dir, 'index.ts'))});
      process.stdout.write(JSON.stringify({ dictionaries, drafts, scan: useTranslations('km')('poster.scan') }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as {
      dictionaries: unknown;
      drafts: unknown;
      scan: string;
    };
    expect(out.dictionaries).toEqual(reviewedOnDisk);
    expect(out.drafts).toEqual(draftsOnDisk);
    expect(out.scan).toBe('Quét mã QR để đọc');
  });
  it('builds t() along the fallback chain and once per language', () => {
    expect(useTranslations('km')('nav.home')).toBe('Trang chủ');
    expect(useTranslations('nut')).toBe(useTranslations('nut'));
  });
  it('counts as UI-translated only the languages whose every string is reviewed, along their chain', () => {
    const complete = (lang: string) => Object.keys(onDisk.vi!).every((key) => Object.hasOwn(reviewedOnDisk[lang] ?? {}, key));
    expect(uiLanguages(['vi', 'km', 'jra'])).toEqual(['vi', ...(['km', 'jra'] as const).filter(complete)]);
    // Drafts do not count: km ships its safety strings unreviewed.
    expect(Object.keys(draftsOnDisk.km ?? {}).length).toBeGreaterThan(0);
    expect(uiLanguages(['km'])).toEqual([]);
  });
});

describe('label maps come from vi.json', () => {
  const vi = onDisk.vi as Record<string, string>;
  it.each([
    ['material.kind', MATERIAL_KINDS, MATERIAL_KIND_LABELS],
    ['campaign.kind', CAMPAIGN_KINDS, CAMPAIGN_KIND_LABELS],
    ['event.kind', EVENT_KINDS, EVENT_KIND_LABELS],
    ['hotline.scope', HOTLINE_SCOPES, HOTLINE_SCOPE_LABELS],
    ['legalDocType', DOC_TYPES, DOC_TYPE_LABELS],
    ['legalStatus', LEGAL_STATUSES, LEGAL_STATUS_LABELS],
    ['translationState', TRANSLATION_STATES, TRANSLATION_STATE_LABELS],
  ] as const)('%s.*', (prefix, values, labels) => {
    expect(Object.keys(labels)).toEqual([...values]);
    for (const value of values) expect((labels as Record<string, string>)[value]).toBe(vi[`${prefix}.${value}`]);
  });
  it('keeps the Vietnamese the site has always shown', () => {
    expect(MATERIAL_KIND_LABELS.qa).toBe('Hỏi đáp pháp luật');
    expect(LEGAL_STATUS_LABELS['partly-expired']).toBe('Hết hiệu lực một phần');
    expect(vietnameseLabels(['national'] as const, (scope) => `hotline.scope.${scope}`)).toEqual({ national: 'Toàn quốc' });
  });
});
