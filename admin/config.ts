/**
 * Generates the Decap CMS configuration from the content schemas and the enabled languages.
 * Nobody edits the CMS configuration by hand: change a schema in src/schemas/ and the CMS follows;
 * the collections, their labels and relations come from src/collections/registry.ts.
 * Pure: no file system, no DOM. The admin page passes it the settings it read at build time.
 */
import { z } from 'astro/zod';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../src/i18n/languages.ts';
import { describeField, objectFields, type FieldInfo } from '../src/collections/schema-walk.ts';
import type { ImageHelper } from '../src/schemas/fields.ts';
import { GLOSSARY, REGISTRY, REGISTRY_NAMES, SITE_SETTINGS } from '../src/collections/registry.ts';
import { COLLECTIONS, type CollectionName } from '../src/collections/root.ts';
import { BACKENDS_WITHOUT_WORKFLOW, type CmsSettings } from '../src/schemas/cms.ts';
import { FORMAT_NAME, YAML_FORMAT_NAME } from './frontmatter.ts';
import { AUTHOR_COMPONENTS } from '../src/components/author/index.ts';
import { DEFAULT_RECORDING_MAX_MB, RECORDING_FOLDER, RECORDING_PUBLIC_PATH } from '../src/schemas/recording.ts';

/**
 * Media limits, in bytes: images ≤ 10 MB, documents ≤ 25 MB, in decimal megabytes exactly as the
 * content check counts them (MEDIA_LIMITS in src/collections/limits.ts, which reads files and so
 * cannot be bundled here; a unit test keeps the two equal). A file the CMS accepts never fails the build.
 */
export const MAX_IMAGE_BYTES = 10_000_000;
export const MAX_DOCUMENT_BYTES = 25_000_000;

/** Where uploads go (next to the content, so astro:assets/sharp optimises images) and how entries refer to them. */
export const MEDIA_FOLDER = 'content/media';
export const PUBLIC_FOLDER = '../../media';

/** The schema-side image() is Astro's; for reading the schema any string stand-in does. */
const imageStandIn = (() => z.string()) as unknown as ImageHelper;

/** What the CMS needs of one collection: its schema (read with the image stand-in) and its labels. */
export interface CmsCollectionFacts {
  schema: z.ZodType;
  label: string;
  singular: string;
  summary: string;
}

type Extension<N extends CollectionName> = (typeof COLLECTIONS)[N]['extension'];
type Translated<N extends CollectionName> = (typeof REGISTRY)[N]['cms']['translated'];
type FolderCollection = { [N in CollectionName]: Extension<N> extends 'mdx' ? N : never }[CollectionName];
type DataCollection = {
  [N in CollectionName]: Extension<N> extends 'yaml' ? (Translated<N> extends true ? N : never) : never;
}[CollectionName];
type VietnameseCollection = { [N in CollectionName]: Translated<N> extends false ? N : never }[CollectionName];

function cmsFacts<N extends CollectionName>(test: (name: CollectionName) => boolean): Record<N, CmsCollectionFacts> {
  const facts = REGISTRY_NAMES.filter(test).map((name) => {
    const { schema, cms } = REGISTRY[name];
    return [name, { schema: schema(imageStandIn), label: cms.label, singular: cms.singular, summary: cms.summary }] as const;
  });
  return Object.fromEntries(facts) as unknown as Record<N, CmsCollectionFacts>;
}

/** The folder collections written as content/<collection>/<lang>/<slug>.mdx, with their schemas. */
export const CMS_COLLECTIONS = cmsFacts<FolderCollection>((name) => COLLECTIONS[name].extension === 'mdx');

/** Translated collections written as content/<collection>/<lang>/<slug>.yaml, without a body. */
export const CMS_DATA_COLLECTIONS = cmsFacts<DataCollection>(
  (name) => COLLECTIONS[name].extension === 'yaml' && REGISTRY[name].cms.translated,
);

const VIETNAMESE_COLLECTIONS = cmsFacts<VietnameseCollection>((name) => !REGISTRY[name].cms.translated);

/** Hotline registry (content/hotlines/vi/<id>.yaml), calendar (content/events/vi/<id>.yaml) and site settings (content/settings/site.yaml). */
export const CMS_DATA = {
  ...(Object.fromEntries(
    Object.entries(VIETNAMESE_COLLECTIONS).map(([name, { schema }]) => [name, { schema, folder: `content/${name}/vi` }]),
  ) as Record<VietnameseCollection, { schema: z.ZodType; folder: string }>),
  settings: { schema: SITE_SETTINGS.schema, file: `content/${SITE_SETTINGS.file}` },
  glossary: { schema: GLOSSARY.schema, folder: `content/${GLOSSARY.folder}` },
};

/** Decap's backend block for the production git host chosen in content/settings/cms.yaml. */
export function cmsBackend(cms: CmsSettings): Record<string, string> {
  const backend: Record<string, string> = { name: cms.backend, repo: cms.repo, branch: cms.branch };
  const host = cms.hostUrl?.replace(/\/$/, '');
  if (cms.backend === 'github') {
    // GitHub needs an OAuth proxy (authUrl) that keeps the client secret; see docs/cms-oauth.md.
    if (host) backend.api_root = `${host}/api/v3`;
    if (cms.authUrl) backend.base_url = cms.authUrl;
    return backend;
  }
  if (host) backend.api_root = `${host}/api/v${cms.backend === 'gitlab' ? 4 : 1}`;
  if (cms.appId) {
    // GitLab, Gitea and Forgejo: PKCE against the host itself, no secret in the browser.
    backend.app_id = cms.appId;
    if (cms.backend === 'gitlab') backend.auth_type = 'pkce';
    if (host) backend.base_url = host;
  } else if (cms.authUrl) {
    backend.base_url = cms.authUrl;
  }
  return backend;
}

export interface CmsOptions {
  /** Enabled languages, Vietnamese first (settings.languages). */
  languages: readonly string[];
  /** Public address of the site (settings.baseUrl). */
  siteUrl?: string;
  /** Production git host (content/settings/cms.yaml). */
  cms: CmsSettings;
  /** The recording size limit of the site settings (settings.recordingMaxMB), in megabytes. */
  recordingMaxMB?: number;
  /** `true` or the URL of decap-server's API (default http://localhost:8081/api/v1). */
  localBackend?: boolean | { url: string; allowed_hosts?: string[] };
}

/** One Decap field. Only the keys this generator writes. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  i18n?: boolean | 'duplicate' | 'translate' | 'none';
  options?: { label: string; value: string }[];
  multiple?: boolean;
  fields?: CmsField[];
  field?: CmsField;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  value_type?: string;
  format?: string;
  date_format?: string | boolean;
  time_format?: boolean;
  picker_utc?: boolean;
  allow_multiple?: boolean;
  collapsed?: boolean;
  label_singular?: string;
  media_library?: { config: { max_file_size: number } };
  [key: string]: unknown;
}

/** What a `reference` hint on a schema field points at, as Decap's relation widget needs it. */
const RELATIONS: Record<string, Pick<CmsField, 'collection' | 'value_field' | 'search_fields' | 'display_fields'>> = Object.fromEntries(
  REGISTRY_NAMES.flatMap((name) => {
    const relation = (
      REGISTRY[name] as { relation?: { value_field: string; search_fields: readonly string[]; display_fields: readonly string[] } }
    ).relation;
    return relation
      ? [
          [
            name,
            {
              collection: name,
              value_field: relation.value_field,
              search_fields: [...relation.search_fields],
              display_fields: [...relation.display_fields],
            },
          ],
        ]
      : [];
  }),
);

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * Whether a field is language-neutral (dates, campaign, kind, legal numbers, images, switches) or
 * text to translate. Neutral fields are `i18n: 'duplicate'`: Decap shows them in the Vietnamese
 * form only (greyed out in the other languages) and copies their value into every language, so
 * translators never re-type them. A language nobody translated then holds only copied values;
 * admin/frontmatter.ts writes such a version as an empty file, which the site reads as "no
 * translation". Fields inside an object marked `i18n: 'translate'` (the translation's own
 * bookkeeping: source version, reviewed) belong to one language even when they are switches.
 */
export const DUPLICATE_NEUTRAL_FIELDS = true;

export function isLanguageNeutral(info: FieldInfo): boolean {
  // A list of checkboxes holds ids from a fixed list (audiences), never text to translate.
  if (info.meta.i18n === 'duplicate' || info.meta.reference || info.meta.widget === CHECKBOXES_WIDGET) return true;
  if (info.type === 'object') return false;
  if (info.type === 'string' && info.meta.widget !== 'image') return false;
  if (info.type === 'array') return false;
  return true;
}

function i18nFor(info: FieldInfo, perLanguage: boolean): CmsField['i18n'] {
  return !perLanguage && isLanguageNeutral(info) && DUPLICATE_NEUTRAL_FIELDS ? 'duplicate' : true;
}

/**
 * The name of the site's own checkbox widget (admin/checkboxes.ts), for a list of ids from a fixed,
 * labelled list (schema meta `widget: 'checkboxes'`, e.g. the audiences): one labelled checkbox per
 * choice, where Decap's `select` with `multiple` would be a drop-down an editor must open to see them.
 */
export const CHECKBOXES_WIDGET = 'checkboxes';

function optionsOf(info: FieldInfo): { label: string; value: string }[] | undefined {
  const labels = info.meta.options as Record<string, string> | undefined;
  const values = (info.schema as unknown as { options?: string[] }).options;
  if (!Array.isArray(values)) return undefined;
  return values.map((value) => ({ value, label: labels?.[value] ? `${labels[value]} (${value})` : value }));
}

/**
 * Translates one schema field into a Decap field. Decap validates the required fields inside an
 * object even when the object itself is optional and left empty, so inside an optional object
 * (cover, translation) nothing is marked required in the CMS; the schema still requires, e.g.,
 * the alt text of a cover that has an image, and the build names the field if it is missing.
 */
export function cmsField(name: string, schema: z.ZodType, withI18n = false, parentRequired = true, perLanguage = false): CmsField {
  const info = describeField(schema);
  const ownLanguage = perLanguage || info.meta.i18n === 'translate';
  const label = text(info.meta.title) ?? name;
  const field: CmsField = { name, label, widget: 'string', required: parentRequired && !info.optional };
  const hint = text(info.meta.description);
  if (hint) field.hint = hint;
  // Inside an optional object a default would write the object (e.g. `translation: { reviewed: false }`
  // into a Vietnamese entry), which the schema then refuses for its missing required fields.
  // In translated collections defaults stay in the schema only: Decap would fill them into every
  // enabled language and write a stub file (`draft: false`) for languages nobody translated.
  if (!withI18n && parentRequired && info.default !== undefined && !(Array.isArray(info.default) && info.default.length === 0))
    field.default = info.default;
  const reference = text(info.meta.reference);

  if (reference) {
    Object.assign(field, { widget: 'relation', ...RELATIONS[reference] });
    if (info.type === 'array') field.multiple = true;
  } else if (info.meta.widget === CHECKBOXES_WIDGET) {
    // The choices' Vietnamese names alone: an editor ticks "Cha mẹ", the file gets the id.
    const element = describeField((info.schema as unknown as { _zod: { def: { element: z.ZodType } } })._zod.def.element);
    const labels = (info.meta.options ?? element.meta.options) as Record<string, string> | undefined;
    const values = (element.schema as unknown as { options?: string[] }).options;
    if (info.type !== 'array' || !Array.isArray(values))
      throw new Error(`Trường "${name}": widget "${CHECKBOXES_WIDGET}" cần một danh sách các giá trị cố định (z.array(z.enum(…))).`);
    Object.assign(field, { widget: CHECKBOXES_WIDGET, options: values.map((value) => ({ value, label: labels?.[value] ?? value })) });
  } else if (info.meta.widget === 'audio') {
    // Recordings are served as they are, so they go to public/ (src/schemas/recording.ts), not content/media.
    Object.assign(field, {
      widget: 'file',
      choose_url: false,
      media_folder: `/${RECORDING_FOLDER}`,
      public_folder: RECORDING_PUBLIC_PATH,
      media_library: { config: { max_file_size: DEFAULT_RECORDING_MAX_MB * 1_000_000 } },
    });
  } else if (info.meta.widget === 'image') {
    Object.assign(field, { widget: 'image', choose_url: false, media_library: { config: { max_file_size: MAX_IMAGE_BYTES } } });
  } else if (info.type === 'date') {
    Object.assign(field, { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD/MM/YYYY', time_format: false, picker_utc: true });
  } else if (info.type === 'enum') {
    Object.assign(field, { widget: 'select', options: optionsOf(info) });
  } else if (info.type === 'boolean') {
    field.widget = 'boolean';
  } else if (info.type === 'number') {
    Object.assign(field, { widget: 'number', value_type: 'int' });
  } else if (info.type === 'object') {
    Object.assign(field, {
      widget: 'object',
      fields: objectFields(info.schema).map(([key, child]) => cmsField(key, child, withI18n, field.required, ownLanguage)),
    });
  } else if (info.type === 'array') {
    const element = describeField((info.schema as unknown as { _zod: { def: { element: z.ZodType } } })._zod.def.element);
    if (element.type === 'enum') {
      Object.assign(field, { widget: 'select', multiple: true, options: optionsOf(element) });
    } else {
      const item = cmsField(name, element.schema, false);
      delete item.i18n;
      if (item.widget === 'object' && item.fields) {
        // A list of objects takes its sub-fields directly (`fields`); an object widget inside `field`
        // would make Decap save each item under the list's own name.
        Object.assign(field, { widget: 'list', label_singular: text(element.meta.title) ?? label, fields: item.fields });
        if (withI18n) field.i18n = i18nFor(info, ownLanguage);
        return field;
      }
      // label_singular names the add button: "Thêm phương án", not "Thêm các phương án".
      const singular = text(element.meta.title);
      Object.assign(field, {
        widget: 'list',
        ...(singular ? { label_singular: singular } : {}),
        field: { ...item, label: singular ?? label, required: true },
      });
    }
  } else if (info.meta.widget === 'text') {
    field.widget = 'text';
  }
  if (withI18n) field.i18n = i18nFor(info, ownLanguage);
  return field;
}

/** The fields of an object schema, in declared order. */
export function cmsFields(schema: z.ZodType, withI18n: boolean): CmsField[] {
  return objectFields(schema).map(([name, child]) => cmsField(name, child, withI18n));
}

const BODY_FIELD: CmsField = {
  name: 'body',
  label: 'Nội dung',
  widget: 'markdown',
  required: true,
  i18n: true,
  // The preview runs no script and loads nothing an editor pasted.
  sanitize_preview: true,
  // Staff insert author components from the "+" menu and never type JSX: only the site's
  // components are offered, and only the rich-text mode.
  editor_components: [...AUTHOR_COMPONENTS],
  modes: ['rich_text'],
  hint: 'Dùng nút "+" trên thanh công cụ để chèn hộp lưu ý, đường dây nóng, văn bản pháp luật… Không gõ mã.',
};

/** The whole Decap configuration. */
export function cmsConfig(options: CmsOptions) {
  const languages = [...options.languages];
  if (languages[0] !== DEFAULT_LANGUAGE)
    throw new Error(`Tiếng Việt (vi) phải đứng đầu danh sách ngôn ngữ, nhận được: ${languages.join(', ')}.`);
  const maxRecording = (options.recordingMaxMB ?? DEFAULT_RECORDING_MAX_MB) * 1_000_000;
  /** The recording fields get the limit of the settings. */
  const withRecordingLimit = (fields: CmsField[]): CmsField[] =>
    fields.map((field) => ({
      ...field,
      ...(field.public_folder === RECORDING_PUBLIC_PATH ? { media_library: { config: { max_file_size: maxRecording } } } : {}),
      ...(field.fields ? { fields: withRecordingLimit(field.fields) } : {}),
    }));
  const folderCollections = Object.entries(CMS_COLLECTIONS).map(([name, collection]) => ({
    name,
    label: collection.label,
    label_singular: collection.singular,
    folder: `content/${name}`,
    extension: COLLECTIONS[name as FolderCollection].extension,
    // Registered by admin/main.ts from admin/frontmatter.ts: writes no file for untranslated languages.
    format: FORMAT_NAME,
    create: true,
    slug: '{{slug}}',
    summary: collection.summary,
    i18n: true,
    fields: [...withRecordingLimit(cmsFields(collection.schema, true)), BODY_FIELD],
  }));
  const dataCollections = Object.entries(CMS_DATA_COLLECTIONS).map(([name, collection]) => ({
    name,
    label: collection.label,
    label_singular: collection.singular,
    folder: `content/${name}`,
    extension: COLLECTIONS[name as DataCollection].extension,
    // Registered by admin/main.ts: like FORMAT_NAME, no file for a language nobody filled in.
    format: YAML_FORMAT_NAME,
    create: true,
    slug: '{{slug}}',
    summary: collection.summary,
    i18n: true,
    fields: cmsFields(collection.schema, true),
  }));
  return {
    load_config_file: false,
    locale: 'vi',
    backend: cmsBackend(options.cms),
    ...(options.localBackend ? { local_backend: options.localBackend } : {}),
    // Unpublished entries live on cms/* branches, never on the branch the public site is built from.
    publish_mode: BACKENDS_WITHOUT_WORKFLOW.includes(options.cms.backend) ? 'simple' : 'editorial_workflow',
    ...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
    media_folder: MEDIA_FOLDER,
    public_folder: PUBLIC_FOLDER,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    i18n: { structure: 'multiple_folders', locales: languages, default_locale: DEFAULT_LANGUAGE },
    collections: [
      ...folderCollections,
      ...dataCollections,
      ...Object.entries(VIETNAMESE_COLLECTIONS).map(([name, collection]) => ({
        name,
        label: collection.label,
        label_singular: collection.singular,
        folder: CMS_DATA[name as VietnameseCollection].folder,
        extension: COLLECTIONS[name as VietnameseCollection].extension,
        format: 'yaml',
        create: true,
        slug: '{{slug}}',
        identifier_field: REGISTRY[name as VietnameseCollection].cms.identifierField,
        summary: collection.summary,
        fields: cmsFields(collection.schema, false),
      })),
      {
        name: SITE_SETTINGS.cms.name,
        label: SITE_SETTINGS.cms.label,
        editor: { preview: false },
        files: [
          {
            name: SITE_SETTINGS.cms.fileName,
            label: SITE_SETTINGS.cms.fileLabel,
            file: CMS_DATA.settings.file,
            format: 'yaml',
            fields: cmsFields(CMS_DATA.settings.schema, false),
          },
        ],
      },
      {
        // One file per language that can be translated, whether or not the site enables it yet.
        name: GLOSSARY.cms.name,
        label: GLOSSARY.cms.label,
        editor: { preview: false },
        files: LANGUAGES.filter((language) => language.tag !== DEFAULT_LANGUAGE).map((language) => ({
          name: language.tag,
          label: language.nameVi,
          file: `${CMS_DATA.glossary.folder}/${language.tag}.yaml`,
          format: 'yaml',
          fields: cmsFields(CMS_DATA.glossary.schema, false),
        })),
      },
    ],
  };
}
