import { copyFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../../src/collections/check.ts';
import { ROOT, prepareFixture } from '../../helpers/astro.ts';
import { invalidCases, looksVietnamese, prepareInvalidCase, prepareValidCases, validCases } from '../../helpers/invalid-cases.ts';

describe('the minimal fixture and the sample content', () => {
  it('the minimal fixture passes', () => {
    const dir = prepareFixture('minimal', 'check-minimal');
    expect(checkContent(ROOT, relative(ROOT, `${dir}/content`)).problems).toEqual([]);
  });
  it('the shipped sample content passes', () => {
    const result = checkContent(ROOT, 'content');
    expect(formatProblems(result.problems)).toBe(formatProblems([]));
    expect(result.entries.length).toBeGreaterThan(30);
  });
});

describe('the corpus', () => {
  it('has at least 40 invalid cases and a set of valid look-alikes', () => {
    expect(invalidCases().length).toBeGreaterThanOrEqual(40);
    expect(validCases().length).toBeGreaterThanOrEqual(8);
  });
});

describe.each(invalidCases())('invalid content: $name', (testCase) => {
  it('is reported in Vietnamese with the file and the field or line', () => {
    const contentDir = prepareInvalidCase(testCase);
    const { problems } = checkContent(ROOT, relative(ROOT, contentDir));
    const match = problems.find((p) => p.path.endsWith(testCase.file) && p.message.includes(testCase.message));
    expect(match, formatProblems(problems)).toBeDefined();
    if (testCase.field) expect(match!.field).toBe(testCase.field);
    if (testCase.line) expect(match!.line).toBe(testCase.line);
    expect(looksVietnamese(match!.message)).toBe(true);
  });
});

describe.each(validCases())('valid look-alike: $name', (testCase) => {
  it('passes the content check', () => {
    const contentDir = prepareValidCases([testCase], `valid-${testCase.name}`);
    expect(formatProblems(checkContent(ROOT, relative(ROOT, contentDir)).problems)).toBe(formatProblems([]));
  });
});

describe('reserved material names', () => {
  it('a material named like the lists by kind (/tai-lieu/loai/) is refused with its file named', () => {
    const dir = prepareFixture('minimal', 'check-reserved-loai');
    const materials = join(dir, 'content/materials/vi');
    const [first] = readdirSync(materials);
    copyFileSync(join(materials, first!), join(materials, 'loai.mdx'));
    const { problems } = checkContent(ROOT, relative(ROOT, `${dir}/content`));
    const problem = problems.find((p) => p.path.endsWith('materials/vi/loai.mdx'));
    expect(problem?.message).toMatch(/trùng với mục "Tài liệu theo loại"/);
  });
});
