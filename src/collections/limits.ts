/**
 * Limits on what editors may commit: the kinds and sizes of media and of text files.
 * `mediaProblem` judges one file by its name and size (pure); `checkMediaFolder` walks a media
 * folder with it, for the content check.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { formatFileSize } from '../site/file-size.ts';

// Decimal megabytes, as formatFileSize shows them to editors.
const MB = 1_000_000;

export const MEDIA_LIMITS = {
  /** Images in content/media (JPG, PNG, WebP, AVIF, GIF, SVG is not accepted: it can carry scripts). */
  image: { extensions: ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif'], maxBytes: 10 * MB },
  /** Downloadable documents in public/files. */
  document: { extensions: ['.pdf', '.doc', '.docx', '.odt', '.xls', '.xlsx', '.ods', '.ppt', '.pptx', '.odp', '.txt', '.csv'], maxBytes: 25 * MB },
  /** An MDX or YAML file: text written by an editor, never megabytes. */
  text: { extensions: ['.mdx', '.yaml'], maxBytes: 1 * MB },
} as const;

/** Video is never committed: it is hosted elsewhere and linked. Audio only as a recording, in public/audio (recordings.ts). */
export const STREAMED_EXTENSIONS = ['.mp4', '.m4v', '.mov', '.avi', '.mkv', '.webm', '.wmv', '.flv', '.3gp', '.mp3', '.m4a', '.wav', '.ogg', '.oga', '.flac', '.aac', '.wma'];

export type MediaKind = keyof typeof MEDIA_LIMITS;

/** What is wrong with one file by its name and size, or undefined when it is fine. */
export function mediaProblem(name: string, bytes: number, allowed: readonly MediaKind[]): string | undefined {
  const extension = extname(name).toLowerCase();
  if (STREAMED_EXTENSIONS.includes(extension)) {
    return `Không lưu tệp video hoặc âm thanh (${extension}) ở thư mục này. Bản ghi giọng đọc (MP3 một kênh) hãy tải lên ở mục "Bản ghi âm" của tài liệu; video hãy đăng lên nơi lưu trữ video của cơ quan rồi chèn liên kết [chữ hiển thị](https://…).`;
  }
  const kind = allowed.find((k) => (MEDIA_LIMITS[k].extensions as readonly string[]).includes(extension));
  if (!kind) {
    const accepted = allowed.flatMap((k) => MEDIA_LIMITS[k].extensions).join(', ');
    return `Loại tệp "${extension || name}" không được dùng ở thư mục này. Các loại được dùng: ${accepted}.`;
  }
  const limit = MEDIA_LIMITS[kind].maxBytes;
  if (bytes > limit) {
    const what = kind === 'image' ? 'Ảnh' : kind === 'document' ? 'Tài liệu' : 'Tệp nội dung';
    const fix =
      kind === 'image'
        ? 'Hãy giảm kích thước ảnh (ví dụ còn 2000 điểm ảnh chiều rộng) rồi tải lên lại.'
        : kind === 'document'
          ? 'Hãy nén tệp hoặc chia thành nhiều tệp nhỏ hơn.'
          : 'Hãy chia nội dung thành nhiều bài ngắn hơn.';
    return `${what} nặng ${formatFileSize(bytes)}, vượt giới hạn ${formatFileSize(limit)}. ${fix}`;
  }
  return undefined;
}

export interface FileProblem {
  path: string;
  line?: number;
  message: string;
}

/** Checks every file under `dir` (recursively) against the limits of its folder. */
export function checkMediaFolder(cwd: string, dir: string, allowed: readonly MediaKind[]): FileProblem[] {
  if (!existsSync(dir)) return [];
  const problems: FileProblem[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const absolute = join(dir, entry.name);
    if (entry.isDirectory()) {
      problems.push(...checkMediaFolder(cwd, absolute, allowed));
      continue;
    }
    const message = mediaProblem(entry.name, statSync(absolute).size, allowed);
    if (message) problems.push({ path: relative(cwd, absolute).split('\\').join('/'), message });
  }
  return problems;
}

