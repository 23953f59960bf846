/**
 * Recordings: the size limit of the settings (5 MB by default; a 6 MB file is refused in
 * Vietnamese), the formats every phone plays, one channel, and what a page shows of a file.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/collections/check.ts';
import { recordingFileProblem } from '../../../src/collections/recording-file.ts';
import { inspectRecordings, recordingFacts } from '../../../src/collections/recordings.ts';
import { ROOT, prepareFixture } from '../../helpers/astro.ts';

const SAMPLE = join(ROOT, 'public/audio/lam-gi-khi-bi-bao-luc-gia-dinh-vi.mp3');

describe('recordingFileProblem', () => {
  it('refuses a 6 MB file under the default 5 MB limit, in Vietnamese, with what to do', () => {
    expect(recordingFileProblem('bai-doc.mp3', 6_000_000)).toBe(
      'Tệp ghi âm "bai-doc.mp3" nặng 6 MB, vượt giới hạn 5 MB (Cài đặt trang › Dung lượng tối đa của tệp ghi âm). Hãy lưu lại ở chất lượng giọng nói: MP3 một kênh (mono), 32–64 kbps; hoặc chia bài thành nhiều bản ghi ngắn.',
    );
    expect(recordingFileProblem('bai-doc.mp3', 5_000_000)).toBeUndefined();
  });
  it('follows the limit of the settings', () => {
    expect(recordingFileProblem('bai-doc.m4a', 6_000_000, 8)).toBeUndefined();
    expect(recordingFileProblem('bai-doc.m4a', 3_000_000, 2)).toMatch(/vượt giới hạn 2 MB/);
  });
  it.each(['bai.wav', 'bai.ogg', 'bai.flac', 'bai'])('refuses %s: only MP3 and M4A play on every phone', (name) => {
    expect(recordingFileProblem(name, 1000)).toMatch(/chỉ nhận MP3 \(\.mp3\) hoặc M4A \(\.m4a\)/);
  });
});

describe('recordingFacts', () => {
  it('reads the shipped sample: one channel, about a minute, its size', async () => {
    const facts = await recordingFacts(SAMPLE);
    expect(facts.channels).toBe(1);
    expect(facts.seconds).toBeGreaterThan(30);
    expect(facts.seconds).toBeLessThan(180);
    expect(facts.bytes).toBeLessThan(5_000_000);
  });
});

describe('inspectRecordings', () => {
  /** The minimal fixture whose Tày material carries a recording of `source`. */
  function fixtureWith(source: string | Buffer) {
    const recording = '---\ntitle: Bài mẫu (bản tiếng Tày thử nghiệm)\nsummary: Bản dịch thử nghiệm.\ncampaign: thang-hanh-dong-2026\nkind: article\npublished: 2026-03-05\ntranslation:\n  sourceVersion: 0123abcd\n  reviewed: false\nrecording:\n  file: /audio/bai-doc.mp3\n  transcript: Bản ghi thử.\n---\n\nVăn bản thử nghiệm.\n';
    const dir = prepareFixture('minimal', `recording-${typeof source === 'string' ? 'file' : 'bytes'}-${Math.random().toString(36).slice(2)}`, {
      'content/materials/tyz/bai-mau.mdx': recording,
      ...(typeof source === 'string' ? {} : { 'public/audio/bai-doc.mp3': source }),
    });
    if (typeof source === 'string') {
      mkdirSync(join(dir, 'public/audio'), { recursive: true });
      copyFileSync(source, join(dir, 'public/audio/bai-doc.mp3'));
    }
    const result = checkContent(ROOT, relative(ROOT, join(dir, 'content')));
    return { dir, result };
  }
  it('accepts the mono sample', async () => {
    const { dir, result } = fixtureWith(SAMPLE);
    expect(result.problems).toEqual([]);
    expect(await inspectRecordings(dir, result.entries)).toEqual([]);
  });
  it('refuses a stereo file, naming the material and the field', async () => {
    const { dir, result } = fixtureWith(join(ROOT, 'test/fixtures/recordings/stereo.mp3'));
    expect(result.problems).toEqual([]);
    const problems = await inspectRecordings(dir, result.entries);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'recording.file', fieldTitle: 'Bản ghi âm › Tệp ghi âm' });
    expect(problems[0]!.path).toMatch(/content\/materials\/tyz\/bai-mau\.mdx$/);
    expect(problems[0]!.message).toMatch(/có 2 kênh\. Bản ghi giọng nói cần một kênh \(mono\)/);
  });
  it('refuses a file that is not audio at all', async () => {
    const { dir, result } = fixtureWith(Buffer.from('không phải âm thanh'.repeat(100)));
    const problems = await inspectRecordings(dir, result.entries);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/Không đọc được tệp ghi âm \/audio\/bai-doc\.mp3|không có tiếng/);
  });
});
