import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  CMS_COLLECTIONS,
  CMS_DATA,
  CMS_DATA_COLLECTIONS,
  DUPLICATE_NEUTRAL_FIELDS,
  MAX_DOCUMENT_BYTES,
  MAX_IMAGE_BYTES,
  cmsBackend,
  isLanguageNeutral,
  cmsConfig,
  cmsField,
  type CmsField,
} from '../../../admin/config.ts';
import { LANGUAGE_TAGS } from '../../../src/i18n/languages.ts';
import { cmsSettingsSchema } from '../../../src/schemas/cms.ts';
import { describeField, objectFields } from '../../../src/collections/schema-walk.ts';
import { duplicatedFieldPaths } from '../../../admin/frontmatter.ts';
import { loadSettings } from '../../../src/collections/settings.ts';
import { MEDIA_LIMITS } from '../../../src/collections/limits.ts';

const settings = loadSettings(process.cwd(), 'content');
const cms = cmsSettingsSchema.parse({ backend: 'github', repo: 'co-quan/trang' });
const config = cmsConfig({ languages: settings.languages, siteUrl: settings.baseUrl, localBackend: true, cms });
type AnyCollection = { name: string; fields?: CmsField[]; files?: { fields: CmsField[] }[] } & Record<string, unknown>;
const collections = config.collections as AnyCollection[];
const collection = (name: string) => collections.find((c) => c.name === name)!;
const fieldOf = (fields: CmsField[] | undefined, name: string) => fields!.find((f) => f.name === name)!;

/**
 * The parity walk: every schema field has a CMS field and every CMS field a schema field, with
 * equal required-ness and equal option lists, all the way down through objects and lists.
 */
function parityProblems(schema: z.ZodType, fields: CmsField[], path = '', parentRequired = true): string[] {
  const problems: string[] = [];
  const schemaFields = new Map(objectFields(schema));
  const cmsFields = new Map(fields.map((f) => [f.name, f]));
  for (const name of schemaFields.keys()) if (!cmsFields.has(name)) problems.push(`${path}${name}: schema field without a CMS field`);
  for (const name of cmsFields.keys()) if (!schemaFields.has(name)) problems.push(`${path}${name}: CMS field without a schema field`);
  for (const [name, child] of schemaFields) {
    const field = cmsFields.get(name);
    if (!field) continue;
    const info = describeField(child);
    // Inside an optional object nothing can be required in Decap (see cmsField).
    const required = parentRequired && !info.optional;
    if (field.required !== required) problems.push(`${path}${name}: required is ${field.required}, schema says ${required}`);
    let values = (info.schema as unknown as { options?: string[] }).options;
    if (info.type === 'array') {
      const element = describeField((info.schema as unknown as { _zod: { def: { element: z.ZodType } } })._zod.def.element);
      values = (element.schema as unknown as { options?: string[] }).options;
      if (field.widget === 'list' && !field.field && !field.fields) problems.push(`${path}${name}: list without an item field`);
      // A list of objects: its sub-fields are checked like an object's.
      const elementSchema = (info.schema as unknown as { _zod: { def: { element: z.ZodType } } })._zod.def.element;
      if (field.fields && describeField(elementSchema).type === 'object')
        problems.push(...parityProblems(describeField(elementSchema).schema, field.fields, `${path}${name}[].`, true));
    }
    const options = field.options?.map((o) => o.value);
    if (JSON.stringify(values ?? null) !== JSON.stringify(options ?? null))
      problems.push(`${path}${name}: options ${options} ≠ schema ${values}`);
    if (info.type === 'object') {
      if (!field.fields) problems.push(`${path}${name}: object without sub-fields`);
      else problems.push(...parityProblems(info.schema, field.fields, `${path}${name}.`, required));
    }
  }
  return problems;
}

describe('parity between the schemas and the generated CMS configuration', () => {
  for (const [name, { schema }] of Object.entries(CMS_COLLECTIONS)) {
    it(`${name}: every field matches, plus the body`, () => {
      const fields = collection(name).fields!;
      expect(
        parityProblems(
          schema,
          fields.filter((f) => f.name !== 'body'),
        ),
      ).toEqual([]);
      expect(fieldOf(fields, 'body').widget).toBe('markdown');
    });
  }
  it('quizzes: every field matches, down to the fields of one question', () => {
    const fields = collection('quizzes').fields!;
    expect(parityProblems(CMS_DATA_COLLECTIONS.quizzes.schema, fields)).toEqual([]);
    // A list of objects has its sub-fields directly: Decap saves each item as that object.
    const questions = fieldOf(fields, 'questions');
    expect(questions).toMatchObject({ widget: 'list', label_singular: 'Câu hỏi trắc nghiệm' });
    expect(questions.field).toBeUndefined();
    const question = questions;
    expect(fieldOf(question.fields, 'options')).toMatchObject({ widget: 'list', label_singular: 'Phương án', field: { widget: 'string' } });
    expect(fieldOf(question.fields, 'correct').widget).toBe('number');
  });
  it('hotlines and settings match their schemas', () => {
    expect(parityProblems(CMS_DATA.hotlines.schema, collection('hotlines').fields!)).toEqual([]);
    expect(parityProblems(CMS_DATA.events.schema, collection('events').fields!)).toEqual([]);
    expect(parityProblems(CMS_DATA.services.schema, collection('services').fields!)).toEqual([]);
    expect(parityProblems(CMS_DATA.settings.schema, collection('settings').files![0]!.fields)).toEqual([]);
  });
  it('edits one glossary file per translatable language, each matching the glossary schema', () => {
    const files = collection('glossary').files as { file: string; fields: CmsField[] }[];
    expect(files.map((file) => file.file)).toEqual(
      ['tyz', 'nut', 'hmn-Latn-VN', 'jra', 'bdq', 'km'].map((tag) => `content/glossary/${tag}.yaml`),
    );
    for (const file of files) {
      expect(existsSync(join(process.cwd(), file.file))).toBe(true);
      expect(parityProblems(CMS_DATA.glossary.schema, file.fields)).toEqual([]);
    }
  });
  it('detects a drifted field (the walk can fail)', () => {
    const fields = collection('materials')
      .fields!.filter((f) => f.name !== 'body' && f.name !== 'tags')
      .map((f) => (f.name === 'kind' ? { ...f, options: f.options!.slice(1) } : f));
    fields.push({ name: 'extra', label: 'x', widget: 'string' });
    expect(parityProblems(CMS_COLLECTIONS.materials.schema, fields).map((p) => p.split(':')[0])).toEqual(['tags', 'extra', 'kind']);
  });
  it('notices a required-ness difference', () => {
    const schema = z.object({ a: z.string(), b: z.string().optional() });
    expect(parityProblems(schema, [cmsField('a', z.string().optional()), cmsField('b', z.string())])).toEqual([
      'a: required is false, schema says true',
      'b: required is true, schema says false',
    ]);
  });
});

describe('cmsConfig', () => {
  it('is manual-init ready, Vietnamese, with the editorial workflow', () => {
    expect(config).toMatchObject({ load_config_file: false, locale: 'vi', publish_mode: 'editorial_workflow', local_backend: true });
  });
  it('writes content/<collection>/<lang>/<slug>.mdx for every enabled language', () => {
    expect(config.i18n).toEqual({ structure: 'multiple_folders', locales: settings.languages, default_locale: 'vi' });
    for (const name of Object.keys(CMS_COLLECTIONS)) {
      expect(collection(name)).toMatchObject({ folder: `content/${name}`, extension: 'mdx', format: 'mdx-frontmatter', i18n: true });
    }
    expect(collection('quizzes')).toMatchObject({ folder: 'content/quizzes', extension: 'yaml', format: 'yaml-translated', i18n: true });
  });
  it('takes the locale list from the settings, not from the full language list', () => {
    const two = cmsConfig({ languages: ['vi', 'tyz'], cms });
    expect(two.i18n.locales).toEqual(['vi', 'tyz']);
    expect(LANGUAGE_TAGS.length).toBeGreaterThan(2);
    expect(() => cmsConfig({ languages: ['tyz', 'vi'], cms })).toThrow(/Tiếng Việt/);
  });
  it('knows which fields are language-neutral, and never writes untranslated stubs', () => {
    const neutral = (schema: z.ZodType, name: string) => isLanguageNeutral(describeField(new Map(objectFields(schema)).get(name)!));
    const material = CMS_COLLECTIONS.materials.schema;
    expect(['campaign', 'kind', 'audiences', 'published', 'legal', 'draft'].filter((name) => !neutral(material, name))).toEqual([]);
    expect(['title', 'summary', 'tags', 'translation'].filter((name) => neutral(material, name))).toEqual([]);
    expect(neutral(CMS_COLLECTIONS.legal.schema, 'number')).toBe(true);
    expect(neutral(CMS_COLLECTIONS.legal.schema, 'issued')).toBe(true);
    expect(neutral(CMS_COLLECTIONS.campaigns.schema, 'year')).toBe(true);
    // Neutral fields are copied from Vietnamese into every language; text fields are translated.
    const fields = collection('materials').fields!;
    expect(DUPLICATE_NEUTRAL_FIELDS).toBe(true);
    expect(
      fields
        .filter((f) => f.i18n === 'duplicate')
        .map((f) => f.name)
        .sort(),
    ).toEqual(['audiences', 'campaign', 'draft', 'kind', 'legal', 'published'].sort());
    expect(fieldOf(fieldOf(fields, 'cover').fields, 'image').i18n).toBe('duplicate');
    expect(fieldOf(fieldOf(fields, 'cover').fields, 'alt').i18n).toBe(true);
    // The translation's own bookkeeping belongs to its language, the "reviewed" switch included.
    expect(fieldOf(fields, 'translation').fields!.map((f) => f.i18n)).toEqual([true, true, true]);
  });
  it('never copies into one collection a field another collection translates (the file format tells them apart by path)', () => {
    const all = collections.filter((c) => c.i18n);
    const copied = new Set(all.flatMap((c) => duplicatedFieldPaths(c.fields ?? [])));
    const translatedPaths = (fields: CmsField[], prefix = ''): string[] =>
      fields.flatMap((f) => [
        ...(f.i18n === true && f.widget !== 'object' ? [`${prefix}${f.name}`] : []),
        ...(f.widget === 'object' && f.fields ? translatedPaths(f.fields, `${prefix}${f.name}.`) : []),
      ]);
    const translated = all.flatMap((c) => translatedPaths(c.fields ?? []));
    expect(copied.size).toBeGreaterThan(5);
    expect(translated.filter((path) => copied.has(path))).toEqual([]);
  });
  it('shows the translation fields', () => {
    const translation = fieldOf(collection('materials').fields, 'translation');
    expect(translation.fields!.map((f) => f.name)).toEqual(['sourceVersion', 'reviewed', 'credit']);
    expect(fieldOf(translation.fields, 'reviewed')).toMatchObject({ widget: 'boolean', required: false });
    expect(fieldOf(translation.fields, 'reviewed').default).toBeUndefined();
    expect(fieldOf(collection('materials').fields, 'draft').default).toBeUndefined();
    expect(fieldOf(collection('hotlines').fields, 'free').default).toBe(false);
  });
  it('makes references relation widgets', () => {
    expect(fieldOf(collection('materials').fields, 'campaign')).toMatchObject({
      widget: 'relation',
      collection: 'campaigns',
      value_field: '{{slug}}',
    });
    expect(fieldOf(collection('materials').fields, 'legal')).toMatchObject({
      widget: 'relation',
      collection: 'legal',
      value_field: 'number',
      multiple: true,
    });
    expect(fieldOf(collection('settings').files![0]!.fields, 'featuredHotlines')).toMatchObject({
      widget: 'relation',
      collection: 'hotlines',
      multiple: true,
    });
  });
  it('uses labels and hints from the schema metadata, and option labels in Vietnamese', () => {
    const kind = fieldOf(collection('materials').fields, 'kind');
    expect(kind).toMatchObject({ label: 'Loại tài liệu', widget: 'select' });
    expect(kind.hint).toMatch(/^Bài viết/);
    expect(kind.options![0]).toEqual({ value: 'article', label: 'Bài viết (article)' });
  });
  it('writes dates as YYYY-MM-DD without time', () => {
    expect(fieldOf(collection('materials').fields, 'published')).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      time_format: false,
    });
  });
  it('requires image alt text and limits image size', () => {
    const cover = fieldOf(collection('materials').fields, 'cover');
    expect(cover.required).toBe(false);
    // Decap cannot require a field inside an optional object; the schema requires alt when there is a cover.
    expect(fieldOf(cover.fields, 'alt').required).toBe(false);
    expect(fieldOf(collection('settings').files![0]!.fields, 'contact').fields!.find((f) => f.name === 'address')!.required).toBe(true);
    expect(fieldOf(cover.fields, 'image')).toMatchObject({
      widget: 'image',
      required: false,
      media_library: { config: { max_file_size: MAX_IMAGE_BYTES } },
    });
    expect(config.media_folder).toBe('content/media');
    expect(config.public_folder).toBe('../../media');
  });
  it('edits settings and the hotline registry as files', () => {
    expect(collection('settings').files![0]).toMatchObject({ file: 'content/settings/site.yaml', format: 'yaml' });
    expect(collection('hotlines')).toMatchObject({ folder: 'content/hotlines/vi', format: 'yaml', extension: 'yaml' });
    expect(collection('events')).toMatchObject({ folder: 'content/events/vi', format: 'yaml', extension: 'yaml' });
    expect(fieldOf(collection('events').fields, 'materials')).toMatchObject({
      widget: 'relation',
      collection: 'materials',
      multiple: true,
    });
    expect(fieldOf(collection('events').fields, 'campaign')).toMatchObject({
      widget: 'relation',
      collection: 'campaigns',
      required: false,
    });
    expect(fieldOf(collection('settings').files![0]!.fields, 'languages')).toMatchObject({ widget: 'select', multiple: true });
  });
  it('edits the support-services directory in Vietnamese, phones chosen from the hotline registry', () => {
    const services = collection('services');
    expect(services).toMatchObject({
      label: 'Danh bạ dịch vụ hỗ trợ',
      folder: 'content/services/vi',
      format: 'yaml',
      extension: 'yaml',
      identifier_field: 'name',
    });
    expect(services).not.toHaveProperty('i18n');
    const fields = services.fields!;
    expect(fieldOf(fields, 'phones')).toMatchObject({
      label: 'Số điện thoại',
      widget: 'relation',
      collection: 'hotlines',
      multiple: true,
      required: true,
    });
    expect(fieldOf(fields, 'kind').options![0]).toEqual({ value: 'shelter', label: 'Nhà tạm lánh, nhà an toàn (shelter)' });
    expect(fieldOf(fields, 'commune').hint).toContain('Không ghi huyện');
    // The editor must choose: a required select with no default.
    const location = fieldOf(fields, 'location');
    expect(location).toMatchObject({ label: 'Công khai hay giữ kín địa chỉ', widget: 'select', required: true });
    expect(location).not.toHaveProperty('default');
    expect(location.options!.map((o) => o.value)).toEqual(['public', 'confidential']);
    expect(fieldOf(fields, 'address')).toMatchObject({ label: 'Địa chỉ', widget: 'string', required: false });
    const hours = fieldOf(fields, 'hours');
    expect(fieldOf(hours.fields, 'always')).toMatchObject({ widget: 'boolean', default: false });
    const slots = fieldOf(hours.fields, 'slots');
    expect(slots).toMatchObject({ widget: 'list', label_singular: 'Khung giờ' });
    expect(fieldOf(slots.fields, 'days')).toMatchObject({ widget: 'select', multiple: true, required: true });
    expect(fieldOf(slots.fields, 'days').options![6]).toEqual({ value: 'sun', label: 'Chủ nhật (sun)' });
    expect(fieldOf(fields, 'checked')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD' });
    expect(fieldOf(fields, 'sample')).toMatchObject({ label: 'Dữ liệu mẫu', widget: 'boolean', default: false });
  });
  it('chooses the production git host from content/settings/cms.yaml', () => {
    expect(config.backend).toEqual({ name: 'github', repo: 'co-quan/trang', branch: 'main' });
    const gitlab = cmsSettingsSchema.parse({ backend: 'gitlab', repo: 'so/trang', hostUrl: 'https://git.example.gov.vn', appId: 'abc' });
    expect(cmsBackend(gitlab)).toEqual({
      name: 'gitlab',
      repo: 'so/trang',
      branch: 'main',
      api_root: 'https://git.example.gov.vn/api/v4',
      app_id: 'abc',
      auth_type: 'pkce',
      base_url: 'https://git.example.gov.vn',
    });
    const gitea = cmsSettingsSchema.parse({ backend: 'gitea', repo: 'so/trang', hostUrl: 'https://gitea.example.gov.vn', appId: 'x' });
    expect(cmsBackend(gitea)).toMatchObject({ name: 'gitea', api_root: 'https://gitea.example.gov.vn/api/v1' });
    // Decap's Gitea backend has no editorial workflow; Forgejo's has.
    expect(cmsConfig({ languages: ['vi'], cms: gitea }).publish_mode).toBe('simple');
    expect(cmsConfig({ languages: ['vi'], cms: { ...gitea, backend: 'forgejo' } }).publish_mode).toBe('editorial_workflow');
  });
  it('refuses an unusable cms.yaml with a Vietnamese message', () => {
    const parsed = cmsSettingsSchema.safeParse({ backend: 'bitbucket', repo: 'khong hop le' });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.message).join(' ')).toMatch(/Máy chủ git phải là.*Kho phải viết dạng/);
  });
});

describe('upload limits', () => {
  it('are the limits the content check enforces, so an accepted upload never fails the build', () => {
    expect(MAX_IMAGE_BYTES).toBe(MEDIA_LIMITS.image.maxBytes);
    expect(MAX_DOCUMENT_BYTES).toBe(MEDIA_LIMITS.document.maxBytes);
  });
});

describe('the recording field', () => {
  const materials = (options: Partial<Parameters<typeof cmsConfig>[0]> = {}) =>
    cmsConfig({ languages: ['vi', 'tyz'], cms, ...options }).collections.find((c) => c.name === 'materials') as { fields: CmsField[] };
  it('uploads to public/audio, served as /audio/, and is its own per language', () => {
    const recording = fieldOf(materials().fields, 'recording');
    expect(recording).toMatchObject({ widget: 'object', required: false, i18n: true });
    expect(fieldOf(recording.fields, 'file')).toMatchObject({
      widget: 'file',
      choose_url: false,
      media_folder: '/public/audio',
      public_folder: '/audio',
      media_library: { config: { max_file_size: 5_000_000 } },
      i18n: true,
    });
    // Not required in the form (the recording is optional); the content check asks for it once a file is set.
    expect(fieldOf(recording.fields, 'transcript')).toMatchObject({ widget: 'text', required: false });
  });
  it('takes its size limit from the settings', () => {
    const recording = fieldOf(materials({ recordingMaxMB: 8 }).fields, 'recording');
    expect(fieldOf(recording.fields, 'file').media_library).toEqual({ config: { max_file_size: 8_000_000 } });
  });
});
