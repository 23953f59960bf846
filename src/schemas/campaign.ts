import { z } from 'astro/zod';
import { booleanField, dateField, enumField, imageWithAlt, longTextField, textField, type ImageHelper } from './fields.ts';
import { translationField } from './translation.ts';
import { vietnameseLabels } from '../i18n/index.ts';

/** The kinds of campaign the site serves. */
export const CAMPAIGN_KINDS = ['action-month', 'family-day', 'legal-dissemination', 'other'] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];

/** Vietnamese names of the campaign kinds (vi.json `campaign.kind.*`), for the CMS and editors' messages. */
export const CAMPAIGN_KIND_LABELS = vietnameseLabels(CAMPAIGN_KINDS, (kind) => `campaign.kind.${kind}`);

/** A campaign: one year's Action Month, Family Day, a legal-dissemination drive, or another activity. */
export const campaignSchema = (image: ImageHelper) =>
  z
    .object({
      /** Campaign name as printed in the agency's plan. */
      title: textField({ title: 'Tiêu đề', description: 'Tên chiến dịch như trong kế hoạch của cơ quan.' }),
      /** Which recurring campaign this is; drives the home page's choice of current campaign. */
      kind: enumField(CAMPAIGN_KINDS, CAMPAIGN_KIND_LABELS, {
        title: 'Loại chiến dịch',
        description: 'Tháng hành động, Ngày Gia đình Việt Nam, phổ biến pháp luật hoặc hoạt động khác.',
      }),
      /** The year the campaign belongs to. */
      year: z
        .number({ error: 'Năm phải là một số, ví dụ 2026.' })
        .int({ error: 'Năm phải là số nguyên, ví dụ 2026.' })
        .min(2000, { error: 'Năm phải từ 2000 trở đi.' })
        .max(2100, { error: 'Năm không hợp lệ.' })
        .meta({ title: 'Năm', description: 'Năm của chiến dịch, ví dụ 2026.', widget: 'number' }),
      /** First day of the campaign. */
      start: dateField({ title: 'Ngày bắt đầu', description: 'Ngày đầu tiên của chiến dịch.' }),
      /** Last day of the campaign; not before the start. */
      end: dateField({ title: 'Ngày kết thúc', description: 'Ngày cuối cùng của chiến dịch; không được trước ngày bắt đầu.' }),
      /** The official theme (slogan), word for word. */
      theme: longTextField({ title: 'Chủ đề', description: 'Chủ đề (khẩu hiệu) chính thức, chép đúng từng chữ theo văn bản.' }, 300).optional(),
      /** Two or three sentences shown in lists and on the home page. */
      summary: longTextField({ title: 'Tóm tắt', description: 'Hai, ba câu giới thiệu chiến dịch, hiện trong danh sách và trang chủ.' }),
      /** Banner image with its alternative text. */
      cover: imageWithAlt(image, { title: 'Ảnh bìa', description: 'Ảnh đại diện của chiến dịch, kèm mô tả ảnh.' }).optional(),
      /** Hashtags added to every social-media post of the campaign's materials, e.g. #BinhDangGioi. */
      hashtags: z
        .array(
          z
            .string()
            .trim()
            .normalize('NFC')
            .regex(/^#[\p{L}\p{M}\p{N}_]+$/u, { error: 'Mỗi hashtag bắt đầu bằng dấu # và chỉ có chữ, số hoặc dấu gạch dưới, không có dấu cách, ví dụ #BinhDangGioi.' }),
        )
        .max(5, { error: 'Chỉ dùng tối đa 5 hashtag cho một chiến dịch.' })
        .default([])
        .meta({
          title: 'Hashtag',
          description: 'Không bắt buộc, tối đa 5. Hashtag thêm vào cuối mỗi bài đăng Zalo, Facebook của tài liệu thuộc chiến dịch, ví dụ #BinhDangGioi.',
          widget: 'list',
        }),
      /** Unpublished campaigns never reach the public site. */
      draft: booleanField({ title: 'Bản nháp', description: 'Bật để ẩn chiến dịch khỏi trang công khai.' }, false),
      /** Translation bookkeeping, for language versions other than Vietnamese. */
      translation: translationField.optional(),
    })
    .superRefine((data, ctx) => {
      if (data.start instanceof Date && data.end instanceof Date && data.end < data.start) {
        ctx.addIssue({
          code: 'custom',
          path: ['end'],
          message: 'Ngày kết thúc đứng trước ngày bắt đầu. Hãy kiểm tra lại hai ngày này.',
        });
      }
    });

