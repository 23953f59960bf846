import { z } from 'astro/zod';
import { DEFAULT_LANGUAGE, LANGUAGE_TAGS } from '../i18n/languages.ts';
import { textField } from './fields.ts';

/** Site-wide settings kept in content/settings/site.yaml and edited in the CMS. */
export const settingsSchema = z.object({
  /** Full name of the agency that publishes the site. */
  agencyName: textField({ title: 'Tên cơ quan', description: 'Tên đầy đủ của cơ quan chủ quản trang.' }),
  /** Province or city the agency serves. */
  province: textField({ title: 'Tỉnh/thành phố', description: 'Tỉnh, thành phố nơi cơ quan hoạt động.' }),
  /** How citizens reach the agency. */
  contact: z
    .object({
      /** Postal address. */
      address: textField({ title: 'Địa chỉ', description: 'Địa chỉ trụ sở.' }, 300),
      /** Switchboard number, digits and spaces. */
      phone: z
        .string()
        .trim()
        .regex(/^[\d ().+]{3,20}$/, { error: 'Số điện thoại chỉ gồm chữ số, dấu cách và dấu ngoặc.' })
        .optional()
        .meta({ title: 'Điện thoại', description: 'Số điện thoại cơ quan (không bắt buộc).' }),
      /** Contact e-mail. */
      email: z.email({ error: 'Địa chỉ thư điện tử không hợp lệ.' }).optional().meta({ title: 'Thư điện tử', description: 'Thư điện tử liên hệ (không bắt buộc).' }),
    })
    .meta({ title: 'Liên hệ', description: 'Thông tin liên hệ của cơ quan.' }),
  /** Languages the site publishes, Vietnamese first. */
  languages: z
    .array(z.enum(LANGUAGE_TAGS as [string, ...string[]], { error: (issue) => `Mã ngôn ngữ "${String(issue.input)}" chưa được hỗ trợ. Các mã hợp lệ: ${LANGUAGE_TAGS.join(', ')}.` }))
    .min(1)
    .refine((tags) => tags[0] === DEFAULT_LANGUAGE, { error: 'Tiếng Việt (vi) phải đứng đầu danh sách ngôn ngữ.' })
    .refine((tags) => new Set(tags).size === tags.length, { error: 'Danh sách ngôn ngữ có mã bị lặp.' })
    .meta({ title: 'Ngôn ngữ hiển thị', description: 'Các ngôn ngữ trang đăng tải; tiếng Việt luôn đứng đầu.', widget: 'select-multiple' }),
  /** Hotline ids shown in the strip on every page. */
  featuredHotlines: z
    .array(z.string().trim().min(1))
    .min(1, { error: 'Cần ít nhất một đường dây nóng nổi bật.' })
    .meta({ title: 'Đường dây nóng nổi bật', description: 'Các đường dây hiện ở đầu mọi trang.', reference: 'hotlines' }),
  /** Public address of the site, used in QR codes, sitemaps and links. */
  baseUrl: z
    .url({ protocol: /^https?$/, error: 'Địa chỉ trang phải là URL đầy đủ, ví dụ https://binhdanggioi.example.gov.vn' })
    .meta({ title: 'Địa chỉ trang', description: 'Địa chỉ công khai đầy đủ của trang, ví dụ https://binhdanggioi.langson.gov.vn' }),
  /** Neutral page the quick-exit button goes to. */
  quickExitUrl: z
    .url({ protocol: /^https$/, error: 'Trang thoát nhanh phải là URL https đầy đủ.' })
    .default('https://www.google.com/')
    .meta({ title: 'Trang thoát nhanh', description: 'Trang trung tính mở ra khi người đọc bấm nút Thoát nhanh.' }),
});

export type Settings = z.infer<typeof settingsSchema>;
