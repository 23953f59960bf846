/**
 * The invalid-content corpus: test/fixtures/invalid/<case>/ overlays the minimal fixture with its
 * content/ files (and, for big files, files generated at test time, so megabytes are never
 * committed). test/fixtures/valid/<case>/ holds look-alikes that must pass and build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { ROOT, prepareFixture } from './astro.ts';

/** A file made at test time: `bytes` long; an MDX page of that size when `mdx` is set. */
export interface GeneratedFile {
  path: string;
  bytes: number;
  mdx?: boolean;
}

export interface InvalidCase {
  name: string;
  /** What the case is, in a few Vietnamese words (for the corpus list). */
  about?: string;
  /** Path of the faulty file, relative to the fixture root (starts with content/ or public/). */
  file: string;
  /** Dotted field path the message must name, when the defect is in one field. */
  field?: string;
  /** Line the message must name, when the defect is on one line. */
  line?: number;
  /** Part of the Vietnamese message. */
  message: string;
  generate?: GeneratedFile[];
}

export interface ValidCase {
  name: string;
  about: string;
}

const DIR = join(ROOT, 'test/fixtures/invalid');
const VALID_DIR = join(ROOT, 'test/fixtures/valid');

export function invalidCases(): InvalidCase[] {
  return readdirSync(DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, ...(parse(readFileSync(join(DIR, name, 'expected.yaml'), 'utf8')) as Omit<InvalidCase, 'name'>) }));
}

export function validCases(): ValidCase[] {
  return readdirSync(VALID_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, ...(parse(readFileSync(join(VALID_DIR, name, 'about.yaml'), 'utf8')) as Omit<ValidCase, 'name'>) }));
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Text of exactly `bytes` bytes: a valid page whose body repeats one Vietnamese paragraph. */
export function generatedContent(file: GeneratedFile): Buffer {
  if (!file.mdx) return Buffer.alloc(file.bytes, 0x61);
  const head = Buffer.from('---\ntitle: Trang rất dài\nsummary: Trang được tạo khi chạy thử.\n---\n\n');
  const paragraph = Buffer.from('Bình đẳng giới là việc nam, nữ có vị trí, vai trò ngang nhau.\n\n');
  const body = Buffer.alloc(file.bytes - head.length, 0x0a);
  for (let offset = 0; offset + paragraph.length <= body.length; offset += paragraph.length) paragraph.copy(body, offset);
  return Buffer.concat([head, body]);
}

function overlayOf(caseDir: string, generate: readonly GeneratedFile[] = []): Record<string, Buffer> {
  return {
    ...Object.fromEntries([...filesUnder(join(caseDir, 'content')), ...filesUnder(join(caseDir, 'public'))].map((file) => [relative(caseDir, file), readFileSync(file)])),
    ...Object.fromEntries(generate.map((file) => [file.path, generatedContent(file)])),
  };
}

/** Copies the minimal fixture with the case's files laid over it; returns the content folder. */
export function prepareInvalidCase(testCase: InvalidCase): string {
  return join(prepareFixture('minimal', `invalid-${testCase.name}`, overlayOf(join(DIR, testCase.name), testCase.generate)), 'content');
}

/** The minimal fixture with one valid look-alike, or all of them at once (for a single build). */
export function prepareValidCases(cases: readonly ValidCase[], target: string): string {
  const overlay = Object.assign({}, ...cases.map((c) => overlayOf(join(VALID_DIR, c.name)))) as Record<string, Buffer>;
  return join(prepareFixture('minimal', target, overlay), 'content');
}

/** Vietnamese text carries letters English never uses. */
export const looksVietnamese = (text: string) => /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i.test(text);
