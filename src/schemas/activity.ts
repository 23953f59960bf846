import { z } from 'astro/zod';
import { vietnameseLabels } from '../i18n/index.ts';

/**
 * The kinds of communication activity the plans ask agencies to report (hội nghị, tập huấn…).
 * A calendar event with one of them is an activity: the report counts it by type and commune,
 * with its participants.
 */
export const ACTIVITY_TYPES = ['hoi-nghi', 'tap-huan', 'toa-dam', 'sinh-hoat', 'su-kien-cong-dong', 'phat-thanh-loa'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** Vietnamese names of the activity types (vi.json `activity.type.*`). */
export const ACTIVITY_TYPE_LABELS = vietnameseLabels(ACTIVITY_TYPES, (type) => `activity.type.${type}`);

const count = (title: string, description: string) =>
  z
    .number({ error: `${title} phải là một số, ví dụ 45.` })
    .int({ error: `${title} phải là số nguyên, ví dụ 45.` })
    .min(0, { error: `${title} không được là số âm.` })
    .max(1_000_000, { error: `${title} quá lớn; hãy kiểm tra lại số đã nhập.` })
    .meta({ title, description, widget: 'number' });

const blank = (value: unknown) => value === undefined || value === null || value === '';

/**
 * The CMS may save a participants group left empty as blank values (`total: ""`, or an empty
 * object): that is no count at all, not a wrong one. Blank parts are dropped the same way.
 */
function blankToAbsent(value: unknown): unknown {
  if (value === null || value === '') return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) return value;
  const given = Object.entries(value as Record<string, unknown>).filter(([, part]) => !blank(part));
  return given.length === 0 ? undefined : Object.fromEntries(given);
}

/** How many people took part, optionally split by sex; women and men together never exceed the total. */
const participantsObject = z
  .object({
    /** Everyone who took part. */
    total: count('Tổng số người tham dự', 'Tổng số người tham dự, theo danh sách điểm danh hoặc ước tính của đơn vị tổ chức.'),
    /** Of them, women and girls (optional). */
    women: count('Trong đó nữ', 'Số người tham dự là nữ (không bắt buộc).').optional(),
    /** Of them, men and boys (optional). */
    men: count('Trong đó nam', 'Số người tham dự là nam (không bắt buộc).').optional(),
  })
  .superRefine((value, ctx) => {
    const split = (value.women ?? 0) + (value.men ?? 0);
    if (split > value.total) {
      ctx.addIssue({
        code: 'custom',
        path: ['total'],
        message: `Số nữ và số nam cộng lại (${split}) lớn hơn tổng số người tham dự (${value.total}). Hãy kiểm tra lại các số.`,
      });
    }
  })
  .meta({
    title: 'Số người tham dự',
    description:
      'Ghi sau khi hoạt động diễn ra. Chỉ dùng cho báo cáo; trang công khai không hiện số này, trừ khi cơ quan bật trong Cài đặt trang.',
  });

/** How many people took part in one activity, as the report counts them. */
export type Participants = z.infer<typeof participantsObject>;

/** The participants of an activity, absent when the editor left every number blank. */
export const participantsSchema = z.preprocess(blankToAbsent, participantsObject.optional()).meta({
  title: 'Số người tham dự',
  description:
    'Ghi sau khi hoạt động diễn ra. Chỉ dùng cho báo cáo; trang công khai không hiện số này, trừ khi cơ quan bật trong Cài đặt trang.',
});
