import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { mdxGuard } from '../../../src/build/integrations/mdx-guard.ts';
import { checkMdxSafety, isDangerousUrl } from '../../../src/collections/mdx-safety.ts';
import { ROOT } from '../../helpers/astro.ts';

describe('isDangerousUrl', () => {
  it.each(['javascript:alert(1)', ' JavaScript:x', 'java\tscript:x', 'DATA:text/html,x', 'vbscript:x'])('rejects %j', (url) => {
    expect(isDangerousUrl(url)).toBe(true);
  });
  it.each(['https://example.org', '/tai-lieu/x/', '../../media/a.jpg', 'mailto:a@example.org', 'tel:111', '#muc'])('accepts %j', (url) => {
    expect(isDangerousUrl(url)).toBe(false);
  });
});

describe('checkMdxSafety', () => {
  it('accepts the author components and plain markdown', () => {
    const body = '## Mục\n\n<Callout type="info" title="Lưu ý">\nChữ **đậm** và [liên kết](/tai-lieu/x/).\n</Callout>\n\n<Hotline id="111" />';
    expect(checkMdxSafety(body).problems).toEqual([]);
  });
  it('reports every problem with its line, not only the first', () => {
    const lines = checkMdxSafety('import a from "b"\n\n{x}\n\n<script>1</script>').problems.map((p) => p.line);
    expect(lines).toEqual([1, 3, 5]);
  });
});

describe('mdxGuard in the Sätteri pipeline', () => {
  const root = join(ROOT, 'test/fixtures/minimal/content');
  const compile = async (source: string, file: string) => mdxToJs(source, { mdastPlugins: [mdxGuard(root)], fileURL: pathToFileURL(file) });

  it('fails a content file with code, in Vietnamese, naming file and line', async () => {
    await expect(compile('Chữ.\n\n<iframe src="https://example.org"></iframe>\n', join(root, 'pages/vi/x.mdx'))).rejects.toThrow(
      /pages\/vi\/x\.mdx:3: Thẻ <iframe> không được dùng/,
    );
  });
  it('turns a syntax error in a content file into the Vietnamese message', async () => {
    await expect(compile('Giá {100.000đ}\n', join(root, 'pages/vi/x.mdx'))).rejects.toThrow(/x\.mdx:1: Dấu ngoặc nhọn/);
  });
  it('leaves files outside the content folder alone', async () => {
    const result = await compile('export const a = 1\n\n{a}\n', join(ROOT, 'src/pages/x.mdx'));
    expect(result.code).toContain('MDXContent');
  });
  it('lets safe content through', async () => {
    const result = await compile('<Hotline id="111" />\n', join(root, 'pages/vi/x.mdx'));
    expect(result.code).toContain('Hotline');
  });
});
