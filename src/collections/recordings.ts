/**
 * Recordings of language versions (src/schemas/recording.ts): each file named by a material must
 * exist in public/audio, be MP3 or M4A, fit the size limit of the site settings, and be one channel
 * of speech. Size and existence are judged with the rest of the content check (sync); the channels
 * and the duration need the file decoded (music-metadata), so `inspectRecordings` runs after it, in
 * the build's content check and in `npm run check:content`. A file in public/audio that no material
 * names is reported too: it would be published without a transcript.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFile } from 'music-metadata';
import { DEFAULT_RECORDING_MAX_MB, RECORDING_FOLDER, RECORDING_PUBLIC_PATH, type Recording } from '../schemas/recording.ts';
import { recordingFileProblem } from './recording-file.ts';
import type { ContentFile } from './files.ts';
import type { CheckedEntry, ContentProblem } from './problems.ts';

const FIELD = { field: 'recording.file', fieldTitle: 'Bản ghi âm › Tệp ghi âm' };

/** Where a recording's address puts its file in a folder holding public/. */
const inFolder = (folder: string, file: string) => join(folder, RECORDING_FOLDER, file.slice(RECORDING_PUBLIC_PATH.length + 1));

/**
 * The file that a recording's address names: in the project whose folder is `project` (the content
 * folder's parent), or else in the folder the site is built from (`served`, whose public/ Astro
 * copies), as when the content folder is a copy made elsewhere. The project's path when neither has it.
 */
export function recordingPath(project: string, file: string, served = process.cwd()): string {
  const own = inFolder(project, file);
  if (existsSync(own)) return own;
  const built = inFolder(served, file);
  return existsSync(built) ? built : own;
}

/** The materials' recordings, with the entry that names each. */
const recordingsOf = (entries: readonly CheckedEntry[]) =>
  entries.flatMap((entry) => (entry.file.collection === 'materials' && entry.data.recording ? [{ entry, recording: entry.data.recording as Recording }] : []));

/**
 * Existence, format and size of every recording named, and files of public/audio nobody names.
 * `project` is the folder holding content/ and public/; paths in problems are relative to `cwd`.
 */
export function checkRecordings(
  cwd: string,
  project: string,
  files: readonly ContentFile[],
  entries: readonly CheckedEntry[],
  maxMB = DEFAULT_RECORDING_MAX_MB,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  // Named by any file, valid or not: a material with another mistake does not make its recording an orphan.
  const named = new Set<string>(
    files.flatMap((file) => {
      const address = (file.data as { recording?: { file?: unknown } } | null)?.recording?.file;
      return typeof address === 'string' && address.startsWith(`${RECORDING_PUBLIC_PATH}/`) ? [inFolder(project, address)] : [];
    }),
  );
  for (const { entry, recording } of recordingsOf(entries)) {
    const path = recordingPath(project, recording.file, cwd);
    const at = (message: string) => problems.push({ path: entry.file.path, line: entry.file.lineOf(['recording', 'file']), ...FIELD, message });
    if (!existsSync(path)) at(`Không thấy tệp ghi âm ${recording.file} (trong thư mục ${RECORDING_FOLDER}). Hãy tải tệp lên lại bằng ô "Tệp ghi âm".`);
    else {
      const message = recordingFileProblem(recording.file, statSync(path).size, maxMB);
      if (message) at(message);
    }
  }
  const folder = join(project, RECORDING_FOLDER);
  if (existsSync(folder)) {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (name.startsWith('.') || named.has(path) || !statSync(path).isFile()) continue;
      const message = recordingFileProblem(name, statSync(path).size, maxMB);
      problems.push({
        path: relative(cwd, path).split('\\').join('/'),
        message:
          message ??
          `Tệp ghi âm ${RECORDING_PUBLIC_PATH}/${name} không thuộc tài liệu nào, nên sẽ được đăng mà không có lời đọc. Hãy gắn tệp vào mục "Bản ghi âm" của một tài liệu, hoặc xóa tệp.`,
      });
    }
  }
  return problems;
}

export interface RecordingFacts {
  /** Seconds, rounded down. */
  seconds: number;
  channels: number;
  bytes: number;
}

const facts = new Map<string, Promise<RecordingFacts>>();

/** Duration, channels and size of a recording file, decoded once per file, size and time. */
export function recordingFacts(path: string): Promise<RecordingFacts> {
  const { size, mtimeMs } = statSync(path);
  const key = `${path}\0${size}\0${mtimeMs}`;
  if (!facts.has(key)) {
    facts.set(
      key,
      parseFile(path, { duration: true }).then(({ format }) => ({
        seconds: Math.floor(format.duration ?? 0),
        channels: format.numberOfChannels ?? 0,
        bytes: size,
      })),
    );
  }
  return facts.get(key)!;
}

/** Decodes every recording that passed `checkRecordings`: it must be speech in one channel, and playable. */
export async function inspectRecordings(project: string, entries: readonly CheckedEntry[]): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  for (const { entry, recording } of recordingsOf(entries)) {
    const path = recordingPath(project, recording.file);
    if (!existsSync(path)) continue;
    const at = (message: string) => problems.push({ path: entry.file.path, line: entry.file.lineOf(['recording', 'file']), ...FIELD, message });
    try {
      const { channels, seconds } = await recordingFacts(path);
      if (channels !== 1)
        at(`Tệp ghi âm ${recording.file} có ${channels} kênh. Bản ghi giọng nói cần một kênh (mono): nhẹ bằng nửa và loa truyền thanh phát như nhau. Hãy xuất lại thành MP3 mono.`);
      if (seconds < 1) at(`Tệp ghi âm ${recording.file} không có tiếng (dài dưới 1 giây). Hãy kiểm tra lại tệp.`);
    } catch {
      at(`Không đọc được tệp ghi âm ${recording.file}: tệp hỏng hoặc không phải MP3/M4A thật. Hãy xuất lại bản ghi thành MP3 một kênh (mono).`);
    }
  }
  return problems;
}
