import { z } from 'astro/zod';
import { dateField, enumField, longTextField, textField } from './fields.ts';
import { legalNumberField } from './legal.ts';
import { vietnameseLabels } from '../i18n/index.ts';

/** How an indicator stands at its assessment, in the words the plans use. */
export const INDICATOR_STATUSES = ['dat', 'chua-dat', 'khong-danh-gia'] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

/** Vietnamese names of the statuses (vi.json `indicator.status.*`). */
export const INDICATOR_STATUS_LABELS = vietnameseLabels(INDICATOR_STATUSES, (status) => `indicator.status.${status}`);

/**
 * One indicator (chỉ tiêu) of a plan the agency reports on: what the plan asks, what was
 * achieved, and whether it is met. "Chưa đạt" and "không đánh giá được" need the reason, as the
 * plans ask ("nêu rõ chỉ tiêu đạt, chưa đạt, không đánh giá được, nguyên nhân").
 */
export const indicatorSchema = z
  .object({
    /** The indicator as the plan words it. */
    title: textField(
      {
        title: 'Chỉ tiêu',
        description: 'Tên chỉ tiêu, chép đúng như trong kế hoạch, ví dụ "Tỷ lệ xã tổ chức truyền thông trong Tháng hành động".',
      },
      300,
    ),
    /** Number of the plan or legal document that sets it, from the legal library. */
    plan: legalNumberField({
      title: 'Văn bản giao chỉ tiêu',
      description: 'Số hiệu kế hoạch hoặc văn bản đặt ra chỉ tiêu; văn bản phải có trong thư viện văn bản.',
    }).meta({
      title: 'Văn bản giao chỉ tiêu',
      description: 'Số hiệu kế hoạch hoặc văn bản đặt ra chỉ tiêu; văn bản phải có trong thư viện văn bản.',
      reference: 'legal',
    }),
    /** What the plan sets as the target, e.g. "100% xã". */
    target: textField(
      { title: 'Mục tiêu', description: 'Mức kế hoạch đặt ra, ví dụ "100% xã, phường" hoặc "Ít nhất 2 hội nghị mỗi năm".' },
      300,
    ),
    /** What was achieved, as measured on the assessment date. */
    result: textField(
      { title: 'Kết quả', description: 'Kết quả đạt được đến ngày đánh giá, ví dụ "18/20 xã (90%)". Bỏ trống nếu không đánh giá được.' },
      300,
    ).optional(),
    /** Met, not met, or not assessable. */
    status: enumField(INDICATOR_STATUSES, INDICATOR_STATUS_LABELS, {
      title: 'Đánh giá',
      description: 'Đạt, chưa đạt, hoặc không đánh giá được.',
    }),
    /** Why it is not met or cannot be assessed; required for those two. */
    reason: longTextField(
      { title: 'Nguyên nhân', description: 'Bắt buộc khi "Chưa đạt" hoặc "Không đánh giá được": nêu rõ nguyên nhân.' },
      2000,
    ).optional(),
    /** The day the result was assessed; the report of a period lists the indicators assessed in it. */
    assessed: dateField({
      title: 'Ngày đánh giá',
      description: 'Ngày chốt kết quả. Báo cáo của một kỳ liệt kê các chỉ tiêu được đánh giá trong kỳ đó.',
    }),
  })
  .superRefine((data, ctx) => {
    if (data.status !== 'dat' && (data.reason ?? '').trim() === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: `Chỉ tiêu được đánh giá "${INDICATOR_STATUS_LABELS[data.status]}" cần ghi "Nguyên nhân". Hãy nêu rõ vì sao chỉ tiêu ${data.status === 'chua-dat' ? 'chưa đạt' : 'không đánh giá được'}.`,
      });
    }
    if (data.status !== 'khong-danh-gia' && (data.result ?? '').trim() === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['result'],
        message: `Chỉ tiêu được đánh giá "${INDICATOR_STATUS_LABELS[data.status]}" cần ghi "Kết quả" đạt được. Nếu không có số liệu, hãy chọn "Không đánh giá được" và ghi nguyên nhân.`,
      });
    }
  });
