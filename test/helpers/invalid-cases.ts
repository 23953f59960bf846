/** The invalid-content corpus: test/fixtures/invalid/<case>/ overlays the minimal fixture. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { ROOT, prepareFixture } from './astro.ts';

export interface InvalidCase {
  name: string;
  /** Path of the faulty file, relative to the fixture root (starts with content/). */
  file: string;
  /** Dotted field path the message must name, when the defect is in one field. */
  field?: string;
  /** Part of the Vietnamese message. */
  message: string;
}

const DIR = join(ROOT, 'test/fixtures/invalid');

export function invalidCases(): InvalidCase[] {
  return readdirSync(DIR)
    .sort()
    .map((name) => ({ name, ...(parse(readFileSync(join(DIR, name, 'expected.yaml'), 'utf8')) as Omit<InvalidCase, 'name'>) }));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Copies the minimal fixture with the case's files laid over it; returns the content folder. */
export function prepareInvalidCase(testCase: InvalidCase): string {
  const caseDir = join(DIR, testCase.name);
  const overlay = Object.fromEntries(
    filesUnder(join(caseDir, 'content')).map((file) => [relative(caseDir, file), readFileSync(file)]),
  );
  return join(prepareFixture('minimal', `invalid-${testCase.name}`, overlay), 'content');
}

/** Vietnamese text carries letters English never uses. */
export const looksVietnamese = (text: string) => /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i.test(text);
