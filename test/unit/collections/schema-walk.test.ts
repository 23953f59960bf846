import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { arrayElement, describeField, fieldTitles, objectFields } from '../../../src/collections/schema-walk.ts';
import { campaignSchema } from '../../../src/schemas/campaign.ts';
import type { ImageHelper } from '../../../src/schemas/fields.ts';
import { legalSchema } from '../../../src/schemas/legal.ts';
import { materialSchema } from '../../../src/schemas/material.ts';

/** Stand-in for Astro's image(). */
const image = (() => z.string()) as unknown as ImageHelper;
const material = materialSchema(image);
const field = (schema: z.ZodType, name: string) => new Map(objectFields(schema)).get(name)!;

describe('objectFields', () => {
  it('lists the material fields in declared order', () => {
    expect(objectFields(material).map(([name]) => name)).toEqual([
      'title',
      'summary',
      'campaign',
      'kind',
      'audiences',
      'published',
      'cover',
      'legal',
      'transcript',
      'loudspeaker',
      'easyRead',
      'recording',
      'myth',
      'story',
      'kit',
      'tags',
      'draft',
      'translation',
    ]);
  });
  it('looks through the refinement on the campaign object', () => {
    expect(objectFields(campaignSchema(image)).map(([name]) => name)).toContain('end');
  });
  it('rejects a schema that is not an object', () => {
    expect(() => objectFields(z.string())).toThrow('Not an object schema: string');
  });
});

describe('describeField on the material schema', () => {
  it('title: a required string with its Vietnamese title', () => {
    const info = describeField(field(material, 'title'));
    expect(info).toMatchObject({ type: 'string', optional: false, default: undefined });
    expect(info.meta).toMatchObject({ title: 'Tiêu đề' });
  });
  it('draft: an optional boolean defaulting to false', () => {
    expect(describeField(field(material, 'draft'))).toMatchObject({
      type: 'boolean',
      optional: true,
      default: false,
      meta: { title: 'Bản nháp' },
    });
  });
  it('cover: an optional object keeping its title', () => {
    expect(describeField(field(material, 'cover'))).toMatchObject({ type: 'object', optional: true, meta: { title: 'Ảnh bìa' } });
  });
  it('published: a date seen through its preprocess step', () => {
    expect(describeField(field(material, 'published'))).toMatchObject({
      type: 'date',
      optional: false,
      meta: { title: 'Ngày đăng', widget: 'date' },
    });
  });
  it('kind: an enum carrying its labels', () => {
    const info = describeField(field(material, 'kind'));
    expect(info.type).toBe('enum');
    expect(info.meta.options).toMatchObject({ article: 'Bài viết' });
  });
  it('legal: an array defaulting to [] whose element is a titled legal number', () => {
    const legal = field(material, 'legal');
    expect(describeField(legal)).toMatchObject({
      type: 'array',
      optional: true,
      default: [],
      meta: { title: 'Văn bản pháp luật liên quan' },
    });
    const element = arrayElement(legal)!;
    expect(describeField(element)).toMatchObject({ type: 'string', meta: { title: 'Số hiệu văn bản' } });
    expect(element.safeParse('73/2006/QH11').success).toBe(true);
    expect(element.safeParse('15/11/2025').success).toBe(false);
    expect(arrayElement(field(material, 'title'))).toBeUndefined();
  });
  it('an optional date with preprocessing is optional and a date', () => {
    expect(describeField(field(legalSchema, 'effective'))).toMatchObject({
      type: 'date',
      optional: true,
      meta: { title: 'Ngày có hiệu lực' },
    });
  });
});

describe('fieldTitles', () => {
  it('names the nested cover alt field', () => {
    expect(fieldTitles(material, ['cover', 'alt'])).toEqual(['Ảnh bìa', 'Mô tả ảnh (alt)']);
  });
  it('steps into arrays on numeric keys', () => {
    expect(fieldTitles(material, ['legal', 2])).toEqual(['Văn bản pháp luật liên quan']);
    expect(fieldTitles(material, ['translation', 'reviewed'])).toEqual(['Thông tin bản dịch', 'Đã được người bản ngữ duyệt']);
  });
  it('stops at an unknown key', () => {
    expect(fieldTitles(material, ['nope', 'alt'])).toEqual([]);
    expect(fieldTitles(campaignSchema(image), ['end'])).toEqual(['Ngày kết thúc']);
  });
});
