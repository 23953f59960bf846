import { existsSync, mkdirSync, readdirSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import HotlineCard from '../../src/components/HotlineCard.astro';
import Callout from '../../src/components/mdx/Callout.astro';
import Download from '../../src/components/mdx/Download.astro';
import FAQ from '../../src/components/mdx/FAQ.astro';
import Figure from '../../src/components/mdx/Figure.astro';
import Hotline from '../../src/components/mdx/Hotline.astro';
import LegalRef from '../../src/components/mdx/LegalRef.astro';
import Steps from '../../src/components/mdx/Steps.astro';
import { calendarDate } from '../../src/calendar/dates.ts';
import { ROOT } from '../helpers/astro.ts';
import { routeLocals } from '../../src/site/route-data.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
/** Renders with the dev-only data-astro-source-* attributes removed, so markup can be compared as written. */
const render = async (
  component: Parameters<AstroContainer['renderToString']>[0],
  props: Record<string, unknown>,
  slot?: string,
  lang = 'vi',
) =>
  (await container.renderToString(component, { props, slots: slot ? { default: slot } : {}, locals: routeLocals({ lang, languageLinks: [] }) })).replace(
    / data-astro-source-(?:file|loc)="[^"]*"/g,
    '',
  );

describe('Hotline', () => {
  it('renders a click-to-call link from the fixture registry', async () => {
    const html = await render(Hotline, { id: '111' });
    expect(html).toContain('href="tel:111"');
    expect(html).toContain('Tổng đài quốc gia bảo vệ trẻ em');
  });
  it('shows the hours, that the call is free, and the source with its check date as dd/mm/yyyy', async () => {
    const html = await render(Hotline, { id: '111' });
    expect(html).toContain('<a class="hotline__call" href="tel:111">Gọi 111</a>');
    expect(html).toContain('Giờ trực: 24/7');
    expect(html).toContain('<span>Miễn phí</span>');
    expect(html).toContain('Nguồn: Dữ kiện thử nghiệm. Kiểm tra 23/11/2026.');
  });
  it('refuses an id that is not in the registry', async () => {
    await expect(render(Hotline, { id: '999' })).rejects.toThrow('<Hotline id="999" />: không có đường dây này trong danh bạ');
  });
  it('refuses an unknown attribute', async () => {
    await expect(render(Hotline, { id: '111', number: '113' })).rejects.toThrow(
      'Thẻ <Hotline> có thuộc tính không hợp lệ: thuộc tính không dùng được: number',
    );
  });
});

describe('HotlineCard (what Hotline renders)', () => {
  const paid = {
    id: 'ngoi-nha-binh-yen',
    name: 'Ngôi nhà Bình yên',
    number: '1900 969 680',
    scope: 'national',
    hours: '24/7',
    free: false,
    operator: 'Trung tâm Phụ nữ và Phát triển',
    source: 'Nguồn thử nghiệm',
    checked: calendarDate(2026, 3, 5),
  };
  it('dials the number without spaces and says the call may cost money', async () => {
    const html = await render(HotlineCard, { hotline: paid, lang: 'vi' });
    expect(html).toContain('<a class="hotline__call" href="tel:1900969680">Gọi 1900 969 680</a>');
    expect(html).toContain('<span>Có thể mất cước</span>');
    expect(html).not.toContain('Miễn phí');
    expect(html).toContain('Kiểm tra 05/03/2026.');
  });
  it('can leave the source out', async () => {
    expect(await render(HotlineCard, { hotline: paid, lang: 'vi', withSource: false })).not.toContain('hotline__source');
  });
});

describe('LegalRef', () => {
  it('links to the document and article', async () => {
    const html = await render(LegalRef, { number: '73/2006/QH11', article: '5' });
    expect(html).toContain('href="/van-ban/luat-binh-dang-gioi-2006/#dieu-5"');
  });
  it('names the article and number in the link text and the document title in title', async () => {
    const link = parse(await render(LegalRef, { number: '73/2006/QH11', article: '5' })).querySelector('a.legal-ref')!;
    expect(link.text).toBe('Điều 5 73/2006/QH11');
    expect(link.getAttribute('title')).toBe('Luật Bình đẳng giới');
  });
  it('without an article links to the document itself, finding it under another spelling', async () => {
    const link = parse(await render(LegalRef, { number: '73 / 2006 / qh11' })).querySelector('a')!;
    expect(link.getAttribute('href')).toBe('/van-ban/luat-binh-dang-gioi-2006/');
    expect(link.text).toBe('73/2006/QH11');
  });
  it('uses the text written inside as the link text', async () => {
    const link = parse(await render(LegalRef, { number: '73/2006/QH11' }, 'Luật Bình đẳng giới')).querySelector('a')!;
    expect(link.text).toBe('Luật Bình đẳng giới');
  });
  it('links within the reader language', async () => {
    const html = await render(LegalRef, { number: '73/2006/QH11', article: '5' }, undefined, 'tyz');
    expect(html).toContain('href="/tyz/van-ban/luat-binh-dang-gioi-2006/#dieu-5"');
  });
  it('refuses a number that is not in the library', async () => {
    await expect(render(LegalRef, { number: '13/2022/QH15' })).rejects.toThrow(
      '<LegalRef number="13/2022/QH15" />: văn bản này chưa có trong thư viện văn bản',
    );
  });
  it('refuses something that is not a document number', async () => {
    await expect(render(LegalRef, { number: '15/11/2025' })).rejects.toThrow('Thẻ <LegalRef> có thuộc tính không hợp lệ');
  });
});

describe('Callout', () => {
  it('renders its type label', async () => {
    const html = await render(Callout, { type: 'warning' }, 'Nội dung');
    expect(html).toContain('Lưu ý');
  });
  it.each([
    ['info', 'Thông tin'],
    ['tip', 'Mẹo'],
    ['warning', 'Lưu ý'],
    ['danger', 'Quan trọng'],
  ])('type %s is titled %s', async (type, title) => {
    const html = await render(Callout, { type }, '<p>Nội dung</p>');
    expect(html).toContain(`<aside class="callout callout--${type}">`);
    expect(html).toContain(`<p class="callout__title"><strong>${title}</strong></p>`);
    expect(html).toContain('<p>Nội dung</p>');
  });
  it('is an info box by default', async () => {
    expect(await render(Callout, {}, 'x')).toContain('<strong>Thông tin</strong>');
  });
  it('uses a custom title instead of the type label', async () => {
    const html = await render(Callout, { type: 'danger', title: 'Gọi ngay 113' }, 'x');
    expect(html).toContain('<strong>Gọi ngay 113</strong>');
    expect(html).not.toContain('Quan trọng');
  });
  it('falls back to Vietnamese labels for a language without UI strings', async () => {
    expect(await render(Callout, { type: 'tip' }, 'x', 'tyz')).toContain('<strong>Mẹo</strong>');
  });
  it('refuses an unknown type', async () => {
    await expect(render(Callout, { type: 'note' }, 'x')).rejects.toThrow('Thẻ <Callout> có thuộc tính không hợp lệ: type:');
  });
});

describe('Figure', () => {
  const image = '<img src="/anh.jpg" alt="Hình khối màu tím">';
  it('wraps the image with its caption', async () => {
    const html = await render(Figure, { caption: 'Chú thích ảnh' }, image);
    expect(html).toBe(`<figure class="figure">${image}<figcaption>Chú thích ảnh</figcaption></figure>`);
  });
  it('has no figcaption without a caption', async () => {
    expect(await render(Figure, {}, image)).not.toContain('figcaption');
  });
});

describe('Download', () => {
  const dir = join(ROOT, 'public/files');
  const file = `kiem-thu-render-${process.pid}.pdf`;
  let createdDir = false;
  beforeAll(() => {
    createdDir = !existsSync(dir);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, file), Buffer.alloc(1500));
  });
  afterAll(() => {
    rmSync(join(dir, file), { force: true });
    // Remove the folder only if this test made it and nobody has put anything else there since.
    if (createdDir && readdirSync(dir).length === 0) rmdirSync(dir);
  });

  it('links to the file and shows its format and size', async () => {
    const html = await render(Download, { file, title: 'Tờ gấp thử nghiệm' });
    expect(html).toContain(`<a href="/files/${file}" download>Tải về: Tờ gấp thử nghiệm</a>`);
    expect(html).toContain('<span class="download__meta">(PDF, 1,5 KB)</span>');
  });
  it('says in Vietnamese when the file has not been uploaded', async () => {
    await expect(render(Download, { file: 'chua-tai-len.pdf', title: 'x' })).rejects.toThrow(
      'không tìm thấy tệp public/files/chua-tai-len.pdf',
    );
  });
});

describe('Steps', () => {
  it('wraps the ordered list written inside', async () => {
    const list = '<ol><li>Bước một</li><li>Bước hai</li></ol>';
    expect(await render(Steps, {}, list)).toBe(`<div class="steps">${list}</div>`);
  });
  it('refuses attributes', async () => {
    await expect(render(Steps, { start: 2 }, '<ol></ol>')).rejects.toThrow('Thẻ <Steps> có thuộc tính không hợp lệ');
  });
});

describe('FAQ', () => {
  it('renders the question as a heading with an id made from it, labelling the section', async () => {
    const section = parse(await render(FAQ, { question: 'Bình đẳng giới là gì?' }, 'Trả lời')).querySelector('section.faq')!;
    const heading = section.querySelector('h2')!;
    expect(heading.id).toBe('hoi-binh-dang-gioi-la-gi');
    expect(heading.text).toBe('Bình đẳng giới là gì?');
    expect(section.getAttribute('aria-labelledby')).toBe('hoi-binh-dang-gioi-la-gi');
    expect(section.querySelector('.faq__answer')!.text).toBe('Trả lời');
  });
});
