/** A real `astro build` stops on each invalid fixture with the editor's message, not a stack trace. */
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/astro.ts';
import { invalidCases, looksVietnamese, prepareInvalidCase } from '../helpers/invalid-cases.ts';

describe.each(invalidCases())('build with invalid content: $name', (testCase) => {
  it('fails, naming the file and the field or line in Vietnamese', () => {
    const contentDir = prepareInvalidCase(testCase);
    const run = buildSite(contentDir, `test/.tmp/dist-invalid-${testCase.name}`, `invalid-${testCase.name}`);
    expect(run.status, run.output).not.toBe(0);
    const line = run.output.split('\n').find((l) => l.includes(testCase.file) && l.includes(testCase.message));
    expect(line, run.output).toBeDefined();
    if (testCase.field) expect(line).toContain(`trường "${testCase.field}"`);
    if (testCase.line) expect(line).toContain(`${testCase.file}:${testCase.line}`);
    expect(looksVietnamese(line!)).toBe(true);
    expect(run.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});
