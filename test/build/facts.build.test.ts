/**
 * Facts a reader relies on, on the built sample site: every place that prints the paid line
 * 1900 969 680 says it may cost money and is not a state switchboard (the strip on every page,
 * hotline cards, posters, prose, and the poster PDFs' list); every legal document shows where it
 * was checked and when; a programme whose period has ended says so, and so do materials citing it.
 */
import { describe, expect, it } from 'vitest';
import type { HTMLElement, Node } from 'node-html-parser';
import { formatShortDate } from '../../src/calendar/dates.ts';
import { loadLinks } from '../../src/permalinks/links-data.ts';
import { posterJobs, printedHotlines } from '../../src/permalinks/posters.ts';
import { legalUrl, materialUrl } from '../../src/site/routes.ts';
import { ROOT } from '../helpers/astro.ts';
import { allPages, page } from '../helpers/sample.ts';
import { LANGUAGE_TAGS } from '../../src/i18n/languages.ts';

const PAID = '1900 969 680';
const BLOCKS = new Set(['P', 'LI', 'DIV', 'TD', 'DD', 'SECTION', 'ASIDE']);
const links = loadLinks(ROOT, 'content');

/** The nearest block around a text node: what a reader sees together with the number. */
function blockOf(node: Node): HTMLElement | undefined {
  let parent = node.parentNode;
  while (parent && !BLOCKS.has(parent.tagName)) parent = parent.parentNode;
  return parent ?? undefined;
}

function textNodes(node: Node): Node[] {
  return node.nodeType === 3 ? [node] : node.childNodes.flatMap(textNodes);
}

describe('the paid line 1900 969 680', () => {
  const pages = allPages();
  it('is printed on the sample site, in the strip of every page', () => {
    expect(pages.length).toBeGreaterThan(100);
    for (const path of pages) {
      const strip = page(path).querySelectorAll('.strip li').find((li) => li.text.includes(PAID));
      expect(strip, path).toBeDefined();
      const caveat = strip!.querySelector('.strip__caveat')?.text.replace(/\s+/g, ' ').trim();
      // In Vietnamese exactly; in another language its words come beside the Vietnamese ones.
      if (!LANGUAGE_TAGS.some((tag) => path.startsWith(`/${tag}/`))) expect(caveat, path).toBe('(có thể mất cước, không phải tổng đài Nhà nước)');
      else expect(caveat, path).toMatch(/có thể mất cước.*không phải tổng đài Nhà nước/);
    }
  });

  it('comes with "may cost money" and "not a state switchboard" wherever a page prints it', () => {
    let places = 0;
    for (const path of pages) {
      const html = page(path);
      for (const text of textNodes(html.querySelector('body')!).filter((n) => n.text.includes(PAID))) {
        const block = blockOf(text);
        expect(block, `${path}: ${text.text}`).toBeDefined();
        const said = block!.text.toLowerCase();
        expect(said, `${path}: ${block!.text}`).toMatch(/(mất|trả) cước/);
        expect(said, `${path}: ${block!.text}`).toMatch(/không phải tổng đài (của )?nhà nước/);
        places++;
      }
    }
    // Strip on every page, plus the hotline page's card, the posters and the Q&A answer.
    expect(places).toBeGreaterThan(pages.length);
  });

  it('carries the caveat in the list every poster PDF prints, in the poster’s language', () => {
    const langs = new Set(posterJobs(links.entries, links).map((job) => job.lang));
    expect(langs.size).toBeGreaterThan(1);
    for (const lang of langs) {
      const list = printedHotlines(links.entries, links.settings.featuredHotlines, lang);
      expect(list.find((h) => h.number === PAID)?.caveat, lang).toBe('có thể mất cước, không phải tổng đài Nhà nước');
      expect(list.find((h) => h.number === '111')?.caveat, lang).toBe('');
    }
  });
});

describe('legal documents', () => {
  const docs = links.entries.filter((e) => e.file.collection === 'legal' && e.file.lang === 'vi');
  it('each show where the facts were checked and when', () => {
    expect(docs.length).toBeGreaterThan(10);
    for (const { file, data } of docs) {
      const meta = page(legalUrl('vi', file.slug)).querySelector('dl.meta')!;
      const row = (label: string) => meta.querySelectorAll('dt').find((dt) => dt.text === label)?.nextElementSibling?.text;
      expect(row('Nguồn đối chiếu'), file.slug).toBe(String(data.source));
      expect(row('Ngày kiểm tra'), file.slug).toBe(formatShortDate(data.checked as Date));
    }
  });

  it('a programme whose period has ended says so, and so does a material citing it', () => {
    const html = page(legalUrl('vi', 'quyet-dinh-2232-qd-ttg'));
    const period = html.querySelectorAll('dl.meta dt').find((dt) => dt.text === 'Giai đoạn')!.nextElementSibling!.text;
    expect(period).toBe('2021–2025 (đã kết thúc)');
    expect(html.querySelector('.notice--legal-status')!.text).toContain('Giai đoạn 2021–2025 của văn bản này đã kết thúc');
    const notice = page(materialUrl('vi', 'bao-luc-tren-co-so-gioi-la-gi')).querySelector('.notice--legal-status')!;
    expect(notice.text).toContain('2232/QĐ-TTg');
    expect(notice.text).toContain('Giai đoạn 2021–2025 của văn bản đã kết thúc.');
    const running = page(legalUrl('vi', 'quyet-dinh-2282-qd-ttg'));
    expect(running.querySelectorAll('dl.meta dt').find((dt) => dt.text === 'Giai đoạn')!.nextElementSibling!.text).toBe('2021–2030');
    expect(running.querySelector('.notice--legal-status')).toBeNull();
  });
});
