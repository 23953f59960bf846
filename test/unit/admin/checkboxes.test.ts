import { z } from 'astro/zod';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { CheckboxesControl, CheckboxesPreview, fieldOptions, selectedIds, toggleId } from '../../../admin/checkboxes.ts';
import { CHECKBOXES_WIDGET, cmsConfig, cmsField, type CmsField } from '../../../admin/config.ts';
import { AUDIENCES, AUDIENCE_LABELS, audiencesField } from '../../../src/schemas/audience.ts';
import { cmsSettingsSchema } from '../../../src/schemas/cms.ts';

/** Decap's Immutable values, as far as the widget reads them. */
const immutableList = <T>(items: T[]) => ({ toJS: () => items, size: items.length });
const immutableField = (field: CmsField) => ({
  get: (key: string) => (key === 'options' ? immutableList(field.options!.map((o) => ({ ...o }))) : field[key]),
});

const cms = cmsSettingsSchema.parse({ backend: 'github', repo: 'co-quan/trang' });
const materials = (cmsConfig({ languages: ['vi', 'tyz'], cms }).collections as { name: string; fields?: CmsField[] }[]).find(
  (c) => c.name === 'materials',
)!;
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
  it("is made for any schema field so marked, e.g. an event's, with or without translations", () => {
    const schema = z.object({
      who: audiencesField('Ai đến dự.'),
      colours: z.array(z.enum(['do', 'xanh'])).meta({ title: 'Màu', widget: 'checkboxes', options: { do: 'Đỏ' } }),
    });
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
  it("stores the ticked ids in the list's order, each once, and keeps an id the list does not know", () => {
    expect(toggleId([], 'cha-me', true, options)).toEqual(['cha-me']);
    expect(toggleId(['cha-me'], 'thanh-nien', true, options)).toEqual(['thanh-nien', 'cha-me']);
    expect(toggleId(['thanh-nien', 'cha-me'], 'cha-me', true, options)).toEqual(['thanh-nien', 'cha-me']);
    expect(toggleId(['thanh-nien', 'cha-me'], 'thanh-nien', false, options)).toEqual(['cha-me']);
    expect(toggleId(['cu'], 'cha-me', true, options)).toEqual(['cha-me', 'cu']);
  });
  /** The element tree a component returns, read as data. */
  type Node = ReactElement<{ children?: unknown } & Record<string, unknown>>;
  const kids = (node: Node) => [node.props.children].flat(2).filter(Boolean) as (Node | string)[];
  const text = (node: Node | string): string => (typeof node === 'string' ? node : kids(node).map(text).join(''));
  const render = (value: unknown, extra: Record<string, unknown> = {}) => {
    const changes: string[][] = [];
    const root = CheckboxesControl({
      value,
      field: immutableField(audiences),
      forID: 'audiences-field-1',
      classNameWrapper: 'box',
      onChange: (ids) => changes.push(ids),
      ...extra,
    }) as Node;
    const [legend, ...labels] = kids(root) as Node[];
    const boxes = labels.map((label) => ({
      label: text(label),
      input: kids(label).find((k): k is Node => typeof k !== 'string' && k.type === 'input')!,
    }));
    return { root, legend: legend!, boxes, changes };
  };

  it('renders a fieldset with a legend and one labelled checkbox per choice, ticked as stored', () => {
    const { root, legend, boxes } = render(immutableList(['cha-me']));
    expect(root.type).toBe('fieldset');
    expect(root.props).toMatchObject({ id: 'audiences-field-1', className: 'box', disabled: false });
    expect(legend.type).toBe('legend');
    expect(text(legend)).toBe('Đối tượng');
    expect(boxes.map((b) => b.label)).toEqual(AUDIENCES.map((a) => AUDIENCE_LABELS[a]));
    expect(boxes.every((b) => b.input.props.type === 'checkbox')).toBe(true);
    expect(boxes.filter((b) => b.input.props.checked).map((b) => b.input.props.value)).toEqual(['cha-me']);
  });
  it('hands Decap the new list when a box is ticked or unticked', () => {
    const { boxes, changes } = render(immutableList(['cha-me']));
    const box = (value: string) =>
      boxes.find((b) => b.input.props.value === value)!.input.props.onChange as (e: { target: { checked: boolean } }) => void;
    box('thanh-nien')({ target: { checked: true } });
    box('cha-me')({ target: { checked: false } });
    expect(changes).toEqual([['thanh-nien', 'cha-me'], []]);
  });
  it('is disabled in the other languages, where Decap copies the Vietnamese value', () => {
    expect(render([], { isDisabled: true }).root.props.disabled).toBe(true);
  });
  it('previews the chosen names', () => {
    const preview = CheckboxesPreview({ value: ['cha-me', 'thanh-nien'], field: immutableField(audiences) }) as Node;
    expect(preview.type).toBe('p');
    expect(text(preview)).toBe('Thanh niên – học sinh – sinh viên, Cha mẹ');
  });
});
