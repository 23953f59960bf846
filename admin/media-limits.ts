/**
 * Upload limits: images ≤ 10 MB, other documents ≤ 25 MB. Decap only knows one limit per
 * field, so the admin also checks every file chosen anywhere in the CMS, before Decap sees it.
 */
import { MAX_DOCUMENT_BYTES, MAX_IMAGE_BYTES } from './config.ts';

const IMAGE_EXTENSIONS = /\.(jpe?g|png|webp|avif|gif|svg)$/i;
const megabytes = (bytes: number) => (bytes / 1_000_000).toLocaleString('vi-VN', { maximumFractionDigits: 1 });

/** A Vietnamese message when the file is too large, or undefined when it may be uploaded. */
export function mediaProblem(file: { name: string; size: number; type?: string }): string | undefined {
  const isImage = (file.type ?? '').startsWith('image/') || IMAGE_EXTENSIONS.test(file.name);
  const limit = isImage ? MAX_IMAGE_BYTES : MAX_DOCUMENT_BYTES;
  if (file.size <= limit) return undefined;
  const kind = isImage ? 'ảnh' : 'tài liệu';
  const advice = isImage
    ? 'Hãy giảm kích thước ảnh (ví dụ lưu lại với chiều rộng khoảng 2000 điểm ảnh) rồi tải lên lại.'
    : 'Hãy nén tệp hoặc chia thành nhiều tệp nhỏ hơn rồi tải lên lại.';
  return `Tệp "${file.name}" nặng ${megabytes(file.size)} MB, vượt giới hạn ${megabytes(limit)} MB cho ${kind}. ${advice}`;
}

/** Refuses oversized files in every file input of the page, before Decap's own handlers run. */
export function guardUploads(doc: Document, warn: (message: string) => void = (message) => window.alert(message)): void {
  doc.addEventListener(
    'change',
    (event) => {
      const input = event.target as HTMLInputElement | null;
      if (!input || input.type !== 'file' || !input.files) return;
      const problems = [...input.files].map(mediaProblem).filter((p): p is string => !!p);
      if (problems.length === 0) return;
      event.stopImmediatePropagation();
      input.value = '';
      warn(problems.join('\n'));
    },
    true,
  );
}
