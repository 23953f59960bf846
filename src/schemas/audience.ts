import { z } from 'astro/zod';
import { vietnameseLabels } from '../i18n/index.ts';

/**
 * The audiences (nhóm đối tượng) the provinces' plans name, kept in this one list: materials and
 * events tag them, list pages and the search filter offer them, reports count them. The ids are
 * also the URL segments of the audience list pages, so they never change once published.
 */
export const AUDIENCES = [
  'thanh-nien',
  'nam-gioi',
  'nguoi-khuyet-tat',
  'dan-toc-thieu-so',
  'nguoi-lao-dong',
  'can-bo-cong-chuc',
  'cha-me',
  'nguoi-bi-bao-luc',
] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Vietnamese names of the audiences (vi.json `audience.*`), for the CMS, reports and editors' messages. */
export const AUDIENCE_LABELS = vietnameseLabels(AUDIENCES, (audience) => `audience.${audience}`);

/** The audiences a material or event is aimed at: any of the list, none by default. */
export function audiencesField(description: string) {
  return z
    .array(
      z.enum(AUDIENCES, {
        error: (issue) =>
          `Đối tượng "${String(issue.input)}" không có trong danh sách. Chọn trong: ${AUDIENCES.map((a) => `${a} (${AUDIENCE_LABELS[a]})`).join(', ')}.`,
      }),
    )
    .refine((values) => new Set(values).size === values.length, { error: 'Một đối tượng được chọn hai lần; mỗi đối tượng chỉ chọn một lần.' })
    .default([])
    .meta({ title: 'Đối tượng', description, widget: 'checkboxes', options: AUDIENCE_LABELS });
}
