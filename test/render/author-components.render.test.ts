import { existsSync, mkdirSync, readdirSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import HotlineCard from '../../src/components/HotlineCard.astro';
import { authorComponents } from '../../src/components/author/astro.ts';
import { AUTHOR_COMPONENT_LIST } from '../../src/components/author/index.ts';
import { editorComponents, propsOf, writeComponent } from '../../admin/editor-components.ts';
import { previewHtml, type PreviewData } from '../../admin/preview-html.ts';
import vi from '../../src/i18n/vi.json';
import { getSiteData } from '../../src/site/data.ts';
import { childrenHtml, outline } from '../helpers/author-examples.ts';
import { calendarDate } from '../../src/calendar/dates.ts';
import { ROOT } from '../helpers/astro.ts';
import { routeLocals } from '../../src/site/route-data.ts';

const { Callout, Download, FAQ, Figure, Hotline, LegalRef, Steps } = authorComponents;

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
  (
    await container.renderToString(component, {
      props,
      slots: slot ? { default: slot } : {},
      locals: routeLocals({ lang, languageLinks: [] }),
    })
  ).replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, '');

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
    expect(html).toContain('<span>Tổng đài Nhà nước</span>');
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
    stateRun: false,
    operator: 'Trung tâm Phụ nữ và Phát triển',
    source: 'Nguồn thử nghiệm',
    checked: calendarDate(2026, 3, 5),
  };
  it('dials the number without spaces and says the call may cost money', async () => {
    const html = await render(HotlineCard, { hotline: paid, lang: 'vi' });
    expect(html).toContain('<a class="hotline__call" href="tel:1900969680">Gọi 1900 969 680</a>');
    expect(html).toContain('<span>Có thể mất cước</span>');
    expect(html).toContain('<span>Không phải tổng đài Nhà nước</span>');
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

describe('every example of every author component', () => {
  // Download reads the size of its file; an example's file is made for the test unless it exists.
  const made: string[] = [];
  beforeAll(() => {
    const dir = join(ROOT, 'public/files');
    for (const { values } of AUTHOR_COMPONENT_LIST.find((c) => c.name === 'Download')!.examples) {
      const path = join(dir, values.file!);
      if (existsSync(path)) continue;
      mkdirSync(dir, { recursive: true });
      writeFileSync(path, Buffer.alloc(1500));
      made.push(path);
    }
  });
  afterAll(() => {
    for (const path of made) rmSync(path, { force: true });
    const dir = join(ROOT, 'public/files');
    if (made.length && existsSync(dir) && readdirSync(dir).length === 0) rmdirSync(dir);
  });

  /** What the site renders from what the CMS writes: the props the form gives and the body as markdown renders it. */
  const renderExample = (name: keyof typeof authorComponents, example: (typeof AUTHOR_COMPONENT_LIST)[number]['examples'][number]) => {
    const editor = editorComponents.find((c) => c.id === name)!;
    return render(
      authorComponents[name],
      propsOf(editor, example.values),
      childrenHtml(name, writeComponent(editor, example.values)),
      example.lang,
    );
  };

  /** The preview's data, as src/pages/admin/index.astro gathers it, from the same content the site renders. */
  const previewData = async (): Promise<PreviewData> => {
    const site = await getSiteData();
    const hotlines = Object.fromEntries(
      [...site.hotlines].map(([id, h]) => [id, { name: h.name, number: h.number, hours: h.hours, free: h.free, stateRun: h.stateRun }]),
    );
    const numbers = AUTHOR_COMPONENT_LIST.flatMap((c) => c.examples.map((e) => e.values.number)).filter((n): n is string => !!n);
    const legal = Object.fromEntries(numbers.map((n) => [n, { title: site.legalByNumber('vi', n)?.entry.data.title ?? '' }]));
    const strings = Object.fromEntries(
      Object.entries(vi as Record<string, string>).filter(([key]) => /^(component|hotlines|legal|admin)\./.test(key)),
    );
    return { strings, hotlines, legal };
  };

  for (const component of AUTHOR_COMPONENT_LIST) {
    for (const example of component.examples) {
      it(`${component.name}, ${example.name}: the site renders its key markup`, async () => {
        const html = await renderExample(component.name, example);
        for (const piece of example.html) expect(html).toContain(piece);
        for (const piece of example.absent ?? []) expect(html).not.toContain(piece);
      });
      // The preview stands in for the site's markup. Compared as an outline (see outline() in
      // test/helpers/author-examples.ts): elements in document order with their classes and own text,
      // links read as spans and lone images unwrapped; the preview may leave parts out but not add,
      // change or reorder any. Example-declared `previewOmits` are left out of both, with the reason.
      it(`${component.name}, ${example.name}: the CMS preview has the site's structure, classes and text`, async () => {
        const site = outline(await renderExample(component.name, example), example.previewOmits);
        const preview = outline(previewHtml(component.name, example.values, await previewData()), example.previewOmits);
        expect(preview.length).toBeGreaterThan(0);
        let at = 0;
        for (const part of preview) {
          const found = site.indexOf(part, at);
          expect(
            found,
            `preview part "${part}" not in the site's outline after position ${at}:\n${site.join('\n')}`,
          ).toBeGreaterThanOrEqual(0);
          at = found + 1;
        }
      });
    }
  }
});
