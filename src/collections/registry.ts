/**
 * The one registry of collections: for each, its schema, its public URL and page file, what the
 * CMS shows of it and how other entries point at it. Every other list of collections is derived
 * from here (content.config.ts, the content check, admin/config.ts, the short-link page keys, the
 * link check's routes). The dependency-free facts (folder name, file extension) stay in root.ts,
 * which build scripts import; `satisfies` below makes both tables list the same collections.
 */
import type { z } from 'astro/zod';
import { campaignSchema } from '../schemas/campaign.ts';
import { eventSchema } from '../schemas/event.ts';
import type { ImageHelper } from '../schemas/fields.ts';
import { hotlineSchema } from '../schemas/hotline.ts';
import { indicatorSchema } from '../schemas/indicator.ts';
import { legalSchema } from '../schemas/legal.ts';
import { materialSchema } from '../schemas/material.ts';
import { pageSchema } from '../schemas/page.ts';
import { quizSchema } from '../schemas/quiz.ts';
import { serviceSchema } from '../schemas/service.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { settingsSchema } from '../schemas/settings.ts';
import { campaignUrl, legalUrl, materialUrl, pageUrl, quizUrl } from '../site/routes.ts';
import { COLLECTIONS, type CollectionName } from './root.ts';

export interface CollectionFacts {
  /** The zod schema; collections with images take Astro's image() (or the content check's stand-in). */
  schema: (image: ImageHelper) => z.ZodType;
  /** Whether the schema has image fields, whose check depends on the entry's folder. */
  images: boolean;
  /** The public page of an entry, for collections whose entries are pages. */
  url?: (lang: string, slug: string) => string;
  /** The route file under src/pages/ that builds those pages. */
  route?: string;
  cms: {
    /** Name of the collection in the CMS menu (Vietnamese). */
    label: string;
    /** One entry, as in "Thêm <singular>" (Vietnamese). */
    singular: string;
    /** How an entry is listed, in Decap's template syntax. */
    summary: string;
    /** Edited in every enabled language (Decap i18n), or in Vietnamese only (content/<name>/vi). */
    translated: boolean;
    /** The field Decap names a Vietnamese-only entry by. */
    identifierField?: string;
  };
  /** How a `reference` to this collection is chosen in the CMS (Decap's relation widget). */
  relation?: { value_field: string; search_fields: string[]; display_fields: string[] };
}

/** The collections, in the order the CMS menu shows them. */
export const REGISTRY = {
  materials: {
    schema: materialSchema,
    images: true,
    url: materialUrl,
    route: '[...lang]/tai-lieu/[slug].astro',
    cms: { label: 'Tài liệu truyền thông', singular: 'tài liệu', summary: '{{title}}', translated: true },
    relation: { value_field: '{{slug}}', search_fields: ['title'], display_fields: ['{{title}}'] },
  },
  campaigns: {
    schema: campaignSchema,
    images: true,
    url: campaignUrl,
    route: '[...lang]/chien-dich/[slug].astro',
    cms: { label: 'Chiến dịch', singular: 'chiến dịch', summary: '{{title}} ({{year}})', translated: true },
    relation: { value_field: '{{slug}}', search_fields: ['title', 'year'], display_fields: ['{{title}} ({{year}})'] },
  },
  legal: {
    schema: () => legalSchema,
    images: false,
    url: legalUrl,
    route: '[...lang]/van-ban/[slug].astro',
    cms: { label: 'Văn bản pháp luật', singular: 'văn bản', summary: '{{number}}: {{title}}', translated: true },
    relation: { value_field: 'number', search_fields: ['number', 'title'], display_fields: ['{{number}}: {{title}}'] },
  },
  pages: {
    schema: () => pageSchema,
    images: false,
    url: pageUrl,
    route: '[...lang]/[page].astro',
    cms: { label: 'Trang tĩnh', singular: 'trang', summary: '{{title}}', translated: true },
  },
  quizzes: {
    schema: () => quizSchema,
    images: false,
    url: quizUrl,
    route: '[...lang]/trac-nghiem/[slug].astro',
    cms: { label: 'Trắc nghiệm pháp luật', singular: 'bài trắc nghiệm', summary: '{{title}}', translated: true },
  },
  hotlines: {
    schema: () => hotlineSchema,
    images: false,
    cms: {
      label: 'Danh bạ đường dây nóng',
      singular: 'đường dây nóng',
      summary: '{{name}}: {{number}}',
      translated: false,
      identifierField: 'name',
    },
    relation: { value_field: '{{slug}}', search_fields: ['name', 'number'], display_fields: ['{{name}}: {{number}}'] },
  },
  events: {
    schema: () => eventSchema,
    images: false,
    cms: {
      label: 'Lịch: ngày kỷ niệm và sự kiện',
      singular: 'mục lịch',
      summary: '{{title}}',
      translated: false,
      identifierField: 'title',
    },
  },
  services: {
    schema: () => serviceSchema,
    images: false,
    cms: {
      label: 'Danh bạ dịch vụ hỗ trợ',
      singular: 'dịch vụ hỗ trợ',
      summary: '{{name}} ({{commune}})',
      translated: false,
      identifierField: 'name',
    },
  },
  indicators: {
    schema: () => indicatorSchema,
    images: false,
    cms: {
      label: 'Chỉ tiêu kế hoạch (báo cáo)',
      singular: 'chỉ tiêu',
      summary: '{{title}} ({{status}})',
      translated: false,
      identifierField: 'title',
    },
  },
} as const satisfies Record<CollectionName, CollectionFacts>;

/** Every collection name, in the registry's (CMS menu) order. */
export const REGISTRY_NAMES = Object.keys(REGISTRY) as CollectionName[];

/** The facts of one collection, widened to the common shape. */
export const collectionFacts = (name: CollectionName): CollectionFacts & (typeof COLLECTIONS)[CollectionName] => ({
  ...COLLECTIONS[name],
  ...REGISTRY[name],
});

/** Collections whose entries are public pages. */
export type PageCollection = { [N in CollectionName]: (typeof REGISTRY)[N] extends { url: unknown } ? N : never }[CollectionName];
export const PAGE_COLLECTIONS = REGISTRY_NAMES.filter((name): name is PageCollection => collectionFacts(name).url !== undefined);

/** The site settings: one file, read by settings.ts, edited in the CMS as the "settings" collection. */
export const SITE_SETTINGS = {
  /** Path below the content folder. */
  file: 'settings/site.yaml',
  schema: settingsSchema,
  cms: { name: 'settings', label: 'Cài đặt trang', fileName: 'site', fileLabel: 'Cơ quan, ngôn ngữ, đường dây nổi bật' },
} as const;

/** The translators' glossaries: one file per language, content/glossary/<lang>.yaml, edited in the CMS as the "glossary" collection. */
export const GLOSSARY = {
  /** Folder below the content folder. */
  folder: 'glossary',
  schema: glossarySchema,
  cms: { name: 'glossary', label: 'Bảng thuật ngữ cho người dịch' },
} as const;
