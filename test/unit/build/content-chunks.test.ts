import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentChunkName } from '../../../src/build/content-chunks.ts';

const content = join('/site', 'content');

describe('contentChunkName', () => {
  it('groups MDX entries by collection and language, whatever the query suffix', () => {
    expect(contentChunkName(join(content, 'materials/vi/a.mdx'), content)).toBe('content-materials-vi');
    expect(contentChunkName(`${join(content, 'materials/km/b.mdx')}?astroPropagatedAssets`, content)).toBe('content-materials-km');
    expect(contentChunkName(join(content, 'legal/hmn-Latn-VN/c.mdx'), `${content}/`)).toBe('content-legal-hmn-Latn-VN');
  });
  it('leaves every other module to the bundler', () => {
    expect(contentChunkName('/site/src/components/author/hotline/Hotline.astro', content)).toBeNull();
    expect(contentChunkName(join(content, 'hotlines/vi/111.yaml'), content)).toBeNull();
    expect(contentChunkName('/site/content-extra/materials/vi/a.mdx', content)).toBeNull();
    expect(contentChunkName(join(content, 'a.mdx'), content)).toBeNull();
  });
});
