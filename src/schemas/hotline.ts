import { z } from 'astro/zod';
import { booleanField, dateField, enumField, longTextField, textField } from './fields.ts';
import { vietnameseLabels } from '../i18n/index.ts';

/** Where a hotline answers. */
export const HOTLINE_SCOPES = ['national', 'province', 'commune'] as const;

/** Vietnamese names of the scopes (vi.json `hotline.scope.*`), for the CMS and editors' messages. */
export const HOTLINE_SCOPE_LABELS = vietnameseLabels(HOTLINE_SCOPES, (scope) => `hotline.scope.${scope}`);

/** Numbers that must never be published again (retired switchboards). */
export const RETIRED_NUMBERS = ['18001567'] as const;

/** One support line in the hotline registry. */
export const hotlineSchema = z.object({
  /** Name of the service as the operator calls it. */
  name: textField({ title: 'Tên đường dây', description: 'Tên dịch vụ, ví dụ Tổng đài quốc gia bảo vệ trẻ em.' }),
  /** The number to dial, digits and spaces only. */
  number: z
    .string({ error: 'Thiếu số điện thoại. Viết bằng chữ số, có thể có dấu cách, ví dụ 111 hoặc 1900 969 680.' })
    .trim()
    .regex(/^\d[\d ]{1,15}\d$/, { error: 'Số điện thoại chỉ gồm chữ số và dấu cách, ví dụ 111 hoặc 1900 969 680.' })
    .refine((value) => !RETIRED_NUMBERS.includes(value.replace(/\s/g, '') as (typeof RETIRED_NUMBERS)[number]), {
      error: 'Số 1800 1567 đã ngừng hoạt động và được thay bằng 111. Không được đăng số này.',
    })
    .meta({ title: 'Số điện thoại', description: 'Số để gọi, chỉ gồm chữ số và dấu cách.' }),
  /** Whether it serves the whole country, a province or a commune. */
  scope: enumField(HOTLINE_SCOPES, HOTLINE_SCOPE_LABELS, { title: 'Phạm vi', description: 'Toàn quốc, cấp tỉnh hoặc cấp xã.' }),
  /** When it answers, e.g. "24/7". */
  hours: textField({ title: 'Giờ trực', description: 'Thời gian nghe máy, ví dụ "24/7" hoặc "7h30–17h00, thứ Hai đến thứ Sáu".' }),
  /** Whether callers pay nothing. */
  free: booleanField({ title: 'Miễn phí', description: 'Bật nếu người gọi không mất cước.' }, false),
  /** Whether a state body runs it; a line run by an association or a company says it is not a state switchboard. */
  stateRun: booleanField(
    { title: 'Tổng đài của Nhà nước', description: 'Bật nếu cơ quan nhà nước vận hành đường dây. Tắt với đường dây của hội, tổ chức, doanh nghiệp: trang sẽ ghi rõ "không phải tổng đài Nhà nước".' },
    false,
  ),
  /** Organisation that runs it. */
  operator: textField({ title: 'Đơn vị vận hành', description: 'Cơ quan, tổ chức trực đường dây.' }),
  /** Where the number was verified (document or official page). */
  source: longTextField({ title: 'Nguồn', description: 'Văn bản hoặc trang chính thức xác nhận số này.' }, 300),
  /** When the number was last verified. */
  checked: dateField({ title: 'Ngày kiểm tra', description: 'Ngày gần nhất đã gọi thử hoặc đối chiếu nguồn.' }),
  /** A short note for callers, e.g. who should call. */
  note: longTextField({ title: 'Ghi chú', description: 'Ghi chú ngắn cho người gọi (không bắt buộc).' }, 300).optional(),
});

