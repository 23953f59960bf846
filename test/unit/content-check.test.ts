import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/lib/content-check.ts';
import { ROOT, prepareFixture } from '../helpers/astro.ts';
import { invalidCases, looksVietnamese, prepareInvalidCase } from '../helpers/invalid-cases.ts';

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

describe.each(invalidCases())('invalid content: $name', (testCase) => {
  it('is reported in Vietnamese with the file and the field', () => {
    const contentDir = prepareInvalidCase(testCase);
    const { problems } = checkContent(ROOT, relative(ROOT, contentDir));
    const match = problems.find((p) => p.path.endsWith(testCase.file) && p.message.includes(testCase.message));
    expect(match, formatProblems(problems)).toBeDefined();
    if (testCase.field) expect(match!.field).toBe(testCase.field);
    expect(looksVietnamese(match!.message)).toBe(true);
  });
});
