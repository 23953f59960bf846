import { z } from 'astro/zod';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CheckboxesControl, CheckboxesPreview, fieldOptions, selectedIds, toggleId } from '../../../admin/checkboxes.ts';
import { CHECKBOXES_WIDGET, cmsConfig, cmsField, type CmsField } from '../../../admin/config.ts';
import { AUDIENCES, AUDIENCE_LABELS, audiencesField } from '../../../src/schemas/audience.ts';
import { cmsSettingsSchema } from '../../../src/schemas/cms.ts';

/** Decap's Immutable values, as far as the widget reads them. */
const immutableList = <T>(items: T[]) => ({ toJS: () => items, size: items.length });
const immutableField = (field: CmsField) => ({ get: (key: string) => (key === 'options' ? immutableList(field.options!.map((o) => ({ ...o }))) : field[key]) });

const cms = cmsSettingsSchema.parse({ backend: 'github', repo: 'co-quan/trang' });
const materials = (cmsConfig({ languages: ['vi', 'tyz'], cms }).collections as { name: string; fields?: CmsField[] }[]).find((c) => c.name === 'materials')!;
const audiences = materials.fields!.find((f) => f.name === 'audiences')!;

describe('the CMS field of a schema list marked `widget: checkboxes`', () => {
  it('is the material\'s "Đối tượng": one Vietnamese label per audience, in the list\'s order, copied into every language', () => {
    expect(audiences).toMatchObject({ label: 'Đối tượng', widget: CHECKBOXES_WIDGET, required: false, i18n: 'duplicate' });
    expect(audiences.options).toEqual(AUDIENCES.map((value) => ({ value, label: AUDIENCE_LABELS[value] })));
    expect(audiences.options!.find((o) => o.value === 'cha-me')!.label).toBe('Cha mẹ');
    // Not Decap's drop-down, and no default that would write `audiences: []` into every file.
    expect(audiences).not.toHaveProperty('multiple');
    expect(audiences).not.toHaveProperty('default');
    expect(audiences.hint).toMatch(/Chỉ chọn nhóm/);
  });
  it('is made for any schema field so marked, e.g. an event\'s, with or without translations', () => {
    const schema = z.object({ who: audiencesField('Ai đến dự.'), colours: z.array(z.enum(['do', 'xanh'])).meta({ title: 'Màu', widget: 'checkboxes', options: { do: 'Đỏ' } }) });
    const [who, colours] = Object.entries(schema.shape).map(([name, field]) => cmsField(name, field));
    expect(who).toMatchObject({ name: 'who', widget: 'checkboxes', hint: 'Ai đến dự.', options: audiences.options });
    expect(who).not.toHaveProperty('i18n');
    expect(colours!.options).toEqual([
      { value: 'do', label: 'Đỏ' },
      { value: 'xanh', label: 'xanh' },
    ]);
    expect(cmsField('who', schema.shape.who, true).i18n).toBe('duplicate');
  });
  it('refuses the widget on a field that is not a list of fixed values', () => {
    expect(() => cmsField('x', z.array(z.string()).meta({ widget: 'checkboxes' }))).toThrow(/"x".*checkboxes/);
  });
});

describe('the checkbox widget', () => {
  const options = fieldOptions(immutableField(audiences));

  it('reads the value Decap holds: an Immutable List, a plain list, or nothing', () => {
    expect(selectedIds(immutableList(['cha-me']))).toEqual(['cha-me']);
    expect(selectedIds(['nam-gioi', 3])).toEqual(['nam-gioi']);
    expect(selectedIds(undefined)).toEqual([]);
    expect(selectedIds(null)).toEqual([]);
    expect(selectedIds('cha-me')).toEqual(['cha-me']);
  });
  it('stores the ticked ids in the list\'s order, each once, and keeps an id the list does not know', () => {
    expect(toggleId([], 'cha-me', true, options)).toEqual(['cha-me']);
    expect(toggleId(['cha-me'], 'thanh-nien', true, options)).toEqual(['thanh-nien', 'cha-me']);
    expect(toggleId(['thanh-nien', 'cha-me'], 'cha-me', true, options)).toEqual(['thanh-nien', 'cha-me']);
    expect(toggleId(['thanh-nien', 'cha-me'], 'thanh-nien', false, options)).toEqual(['cha-me']);
    expect(toggleId(['cu'], 'cha-me', true, options)).toEqual(['cha-me', 'cu']);
  });
  it('renders a fieldset with a legend and one labelled checkbox per choice, ticked as stored', () => {
    const html = renderToStaticMarkup(
      createElement(CheckboxesControl, { value: immutableList(['cha-me']), field: immutableField(audiences), forID: 'audiences-field-1', classNameWrapper: 'box', onChange: () => undefined }),
    );
    expect(html).toMatch(/^<fieldset id="audiences-field-1" class="box"[^>]*><legend[^>]*>Đối tượng<\/legend>/);
    expect(html.match(/<label[^>]*><input type="checkbox"[^>]*\/>[^<]+<\/label>/g)).toHaveLength(AUDIENCES.length);
    expect(html).toMatch(/<input type="checkbox"[^>]* name="audiences-field-1-cha-me" checked="" value="cha-me"\/>Cha mẹ<\/label>/);
    expect(html.match(/checked=""/g)).toHaveLength(1);
    expect(html).not.toContain('disabled');
  });
  it('is disabled in the other languages, where Decap copies the Vietnamese value', () => {
    const html = renderToStaticMarkup(createElement(CheckboxesControl, { value: [], field: immutableField(audiences), forID: 'f', classNameWrapper: '', onChange: () => undefined, isDisabled: true }));
    expect(html).toMatch(/^<fieldset[^>]* disabled=""/);
  });
  it('previews the chosen names', () => {
    expect(renderToStaticMarkup(createElement(CheckboxesPreview, { value: ['cha-me', 'thanh-nien'], field: immutableField(audiences) }))).toBe('<p>Thanh niên – học sinh – sinh viên, Cha mẹ</p>');
  });
});
