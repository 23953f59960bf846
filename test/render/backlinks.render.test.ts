import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import Backlinks from '../../src/components/legal/Backlinks.astro';
import { routeLocals } from '../../src/site/route-data.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const material = (slug: string, title: string) => ({ lang: 'vi', slug, entry: { data: { title, kind: 'article' } } });
const render = async ({ lang, ...props }: { lang: string } & Record<string, unknown>) =>
  parse(await container.renderToString(Backlinks, { props, locals: routeLocals({ lang, languageLinks: [] }) }));

describe('Backlinks', () => {
  it('lists the citing materials and, when more cite the document, says how many and how to find them', async () => {
    const html = await render({ lang: 'vi', items: [material('moi-nhat', 'Bài mới nhất')], more: 27, number: '13/2022/QH15' });
    expect(html.querySelectorAll('li a').map((a) => a.getAttribute('href'))).toEqual(['/tai-lieu/moi-nhat/']);
    const more = html.querySelector('.backlinks__more')!;
    expect(more.text).toContain('Còn 27 tài liệu cũ hơn dẫn chiếu văn bản này.');
    const link = more.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('/tim-kiem/');
    expect(link.text).toBe('Tìm số hiệu 13/2022/QH15 để xem tất cả');
  });
  it('says nothing more when every citing material is listed', async () => {
    const html = await render({ lang: 'km', items: [material('bai', 'Bài')], more: 0, number: '13/2022/QH15' });
    expect(html.querySelector('.backlinks__more')).toBeNull();
    expect(html.querySelector('li a')!.getAttribute('href')).toBe('/km/tai-lieu/bai/');
  });
});
