/**
 * Upload limits: images ≤ 10 MB, other documents ≤ 25 MB, recordings as the site settings say
 * (5 MB by default, MP3 or M4A). Decap only knows one limit per field, so the admin also checks
 * every file chosen anywhere in the CMS, before Decap sees it.
 */
import { recordingFileProblem } from '../src/collections/recording-file.ts';
import { DEFAULT_RECORDING_MAX_MB } from '../src/schemas/recording.ts';
import { MAX_DOCUMENT_BYTES, MAX_IMAGE_BYTES } from './config.ts';

const AUDIO_EXTENSIONS = /\.(mp3|m4a|aac|wav|ogg|oga|opus|flac|wma|amr|3ga)$/i;

const IMAGE_EXTENSIONS = /\.(jpe?g|png|webp|avif|gif|svg)$/i;
const megabytes = (bytes: number) => (bytes / 1_000_000).toLocaleString('vi-VN', { maximumFractionDigits: 1 });

/** A Vietnamese message when the file is too large (or audio the site cannot play), or undefined when it may be uploaded. */
export function mediaProblem(file: { name: string; size: number; type?: string }, recordingMaxMB = DEFAULT_RECORDING_MAX_MB): string | undefined {
  if ((file.type ?? '').startsWith('audio/') || AUDIO_EXTENSIONS.test(file.name)) return recordingFileProblem(file.name, file.size, recordingMaxMB);
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
export function guardUploads(doc: Document, recordingMaxMB = DEFAULT_RECORDING_MAX_MB, warn: (message: string) => void = (message) => window.alert(message)): void {
  doc.addEventListener(
    'change',
    (event) => {
      const input = event.target as HTMLInputElement | null;
      if (!input || input.type !== 'file' || !input.files) return;
      const problems = [...input.files].map((file) => mediaProblem(file, recordingMaxMB)).filter((p): p is string => !!p);
      if (problems.length === 0) return;
      event.stopImmediatePropagation();
      input.value = '';
      warn(problems.join('\n'));
    },
    true,
  );
}
