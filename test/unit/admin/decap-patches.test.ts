import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  CONFIG_SCHEMA_MODULE,
  EDITOR_INTERFACE_MODULE,
  MAX_LOCALE_LENGTH,
  decapPatches,
  giveRightPaneLocaleChange,
  widenLocaleRule,
} from '../../../admin/decap-patches.ts';
import { LANGUAGE_TAGS } from '../../../src/i18n/languages.ts';

// The installed decap-cms-core, as the admin bundle gets it.
const require = createRequire(import.meta.url);
const schemaFile = require.resolve('decap-cms-core/dist/esm/constants/configSchema.js');
const installed = readFileSync(schemaFile, 'utf8');

/** The locale rule of a configSchema.js source, evaluated. */
function localeRule(code: string): { minLength: number; maxLength: number; pattern: string } {
  const literal = /const localeType = (\{[\s\S]*?\});/.exec(code)![1]!;
  return new Function(`return (${literal});`)() as { minLength: number; maxLength: number; pattern: string };
}

const accepts = (rule: ReturnType<typeof localeRule>, tag: string) =>
  tag.length >= rule.minLength && tag.length <= rule.maxLength && new RegExp(rule.pattern).test(tag);

describe("Decap's locale rule", () => {
  it('as installed, refuses hmn-Latn-VN (the reason for the plugin; if this fails, Decap fixed it: drop the plugin)', () => {
    expect(accepts(localeRule(installed), 'hmn-Latn-VN')).toBe(false);
  });

  it('widened, accepts every language tag the site knows', () => {
    const rule = localeRule(widenLocaleRule(installed));
    expect(rule.maxLength).toBe(MAX_LOCALE_LENGTH);
    for (const tag of LANGUAGE_TAGS) expect(accepts(rule, tag), tag).toBe(true);
    expect(accepts(rule, 'es-419')).toBe(true);
    // Still a single path segment: no slash, dot or space.
    for (const bad of ['vi/../x', 'v', 'vi vn', 'a'.repeat(MAX_LOCALE_LENGTH + 1)]) expect(accepts(rule, bad), bad).toBe(false);
  });

  it('changes nothing else in the file', () => {
    const widened = widenLocaleRule(installed);
    const strip = (code: string) => code.replace(/const localeType = \{[\s\S]*?\};/, '');
    expect(strip(widened)).toBe(strip(installed));
  });

  it('fails the bundling, naming the plugin, when a Decap upgrade changes the rule', () => {
    expect(() => widenLocaleRule(installed.replace('maxLength: 10', 'maxLength: 12'))).toThrow(/admin\/decap-patches\.ts/);
  });

  it('is applied by the plugin to that module only', () => {
    const plugin = decapPatches();
    expect(CONFIG_SCHEMA_MODULE.test(schemaFile)).toBe(true);
    expect(plugin.transform(installed, `${schemaFile}?v=1234`)?.code).toContain(`maxLength: ${MAX_LOCALE_LENGTH}`);
    expect(plugin.transform('const x = 1;', '/src/pages/index.astro')).toBeNull();
  });
});

describe("the right-hand pane's language menu", () => {
  const editorFile = require.resolve('decap-cms-core/dist/esm/components/Editor/EditorInterface.js');
  const editor = readFileSync(editorFile, 'utf8');
  const panes = (code: string) => code.match(/_jsx\(EditorControlPane, \{[\s\S]*?\}\)/g) ?? [];

  it('as installed, only the left pane gets onLocaleChange (the reason for the patch)', () => {
    expect(panes(editor).map((pane) => pane.includes('onLocaleChange'))).toEqual([true, false]);
  });

  it('patched, both panes get it, and nothing else changes', () => {
    const patched = giveRightPaneLocaleChange(editor);
    expect(panes(patched).map((pane) => pane.includes('onLocaleChange'))).toEqual([true, true]);
    expect(patched.replace(/,\n\s*onLocaleChange: \(\) => undefined/, '')).toBe(editor);
    expect(EDITOR_INTERFACE_MODULE.test(editorFile)).toBe(true);
    expect(decapPatches().transform(editor, editorFile)?.code).toBe(patched);
  });

  it('fails the bundling when a Decap upgrade changes the panes', () => {
    expect(() => giveRightPaneLocaleChange(editor.replace('locale: locales?.[1]', 'locale: locales[1]'))).toThrow(
      /admin\/decap-patches\.ts/,
    );
  });
});
