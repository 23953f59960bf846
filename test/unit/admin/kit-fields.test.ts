/** The communicators' fields in the generated CMS configuration: the meeting kit of a material, a campaign's hashtags. */
import { describe, expect, it } from 'vitest';
import { cmsConfig, type CmsField } from '../../../admin/config.ts';
import { loadSettings } from '../../../src/collections/settings.ts';
import { cmsSettingsSchema } from '../../../src/schemas/cms.ts';

const settings = loadSettings(process.cwd(), 'content');
const config = cmsConfig({
  languages: settings.languages,
  siteUrl: settings.baseUrl,
  localBackend: true,
  cms: cmsSettingsSchema.parse({ backend: 'github', repo: 'co-quan/trang' }),
});
const collection = (name: string) => (config.collections as { name: string; fields: CmsField[] }[]).find((c) => c.name === name)!;
const field = (fields: CmsField[] | undefined, name: string) => fields?.find((f) => f.name === name);

describe('CMS fields for communicators', () => {
  it('materials have an optional "Bộ họp thôn" with messages, questions and the image message, labelled in Vietnamese', () => {
    const kit = field(collection('materials').fields, 'kit')!;
    expect(kit).toMatchObject({ label: 'Bộ họp thôn', widget: 'object', required: false });
    expect(kit.hint).toContain('Bộ họp thôn');
    expect(field(kit.fields, 'messages')).toMatchObject({ label: 'Thông điệp chính', widget: 'list' });
    expect(field(kit.fields, 'questions')).toMatchObject({ label: 'Câu hỏi thảo luận', widget: 'list' });
    expect(field(kit.fields, 'imageMessage')).toMatchObject({ label: 'Thông điệp trên ảnh', widget: 'number' });
  });
  it('campaigns have a list of hashtags', () => {
    expect(field(collection('campaigns').fields, 'hashtags')).toMatchObject({ label: 'Hashtag', widget: 'list', required: false });
  });
});
