/** Legal dissemination in the built sample site: citation links, provisions, backlinks, notices, Q&A JSON-LD, quizzes. */
import type { HTMLElement, Node } from 'node-html-parser';
import { NodeType } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/collections/check.ts';
import { libraryIndex } from '../../src/legal/documents.ts';
import { findLegalNumbers } from '../../src/legal/mentions.ts';
import { ROOT } from '../helpers/astro.ts';
import { allPages, page, pageExists } from '../helpers/sample.ts';

const library = libraryIndex(checkContent(ROOT, 'content').entries);
const contentPages = allPages().filter((p) => /\/(tai-lieu|chien-dich|van-ban|trac-nghiem)\/[^/]+\/$/.test(p));
const SKIPPED = new Set(['a', 'code', 'pre', 'script', 'style', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'button', 'textarea']);

/** Text of <main> outside links, headings, code and marked elements. */
function linkableText(node: Node): string[] {
  if (node.nodeType === NodeType.TEXT_NODE) return [node.text];
  if (node.nodeType !== NodeType.ELEMENT_NODE) return [];
  const el = node as HTMLElement;
  if (SKIPPED.has(el.rawTagName?.toLowerCase() ?? '') || el.hasAttribute('data-no-legal-links')) return [];
  return el.childNodes.flatMap(linkableText);
}

describe('citations become links, in every language', () => {
  it('links numbers in material, campaign and legal pages, with the reader language prefix', () => {
    const links = contentPages.flatMap((path) => page(path).querySelectorAll('main a.legal-ref--auto').map((a) => ({ path, href: a.getAttribute('href')! })));
    expect(links.length).toBeGreaterThan(50);
    for (const kind of ['/tai-lieu/', '/chien-dich/', '/van-ban/']) expect(links.some((l) => l.path.startsWith(kind)), kind).toBe(true);
    const translated = links.filter((l) => l.path.startsWith('/km/'));
    expect(translated.length).toBeGreaterThan(0);
    for (const { path, href } of links) {
      expect(pageExists(href), `${path} → ${href}`).toBe(true);
      const lang = /^\/([a-z]{2,3}(?:-[A-Za-z]+)*)\/(tai-lieu|chien-dich|van-ban|trac-nghiem)\//.exec(path)?.[1];
      expect(href.startsWith(lang ? `/${lang}/van-ban/` : '/van-ban/'), `${path} → ${href}`).toBe(true);
    }
  });

  it('leaves no known number unlinked in linkable text (a page may mention itself)', () => {
    for (const path of contentPages) {
      const main = page(path).querySelector('main')!;
      for (const text of linkableText(main)) {
        for (const m of findLegalNumbers(text)) {
          const doc = library.get(m.key);
          if (doc) expect(path.endsWith(`/van-ban/${doc.slug}/`), `${path}: ${m.number} is not linked`).toBe(true);
        }
      }
    }
  });

  it('never links inside headings, code or other links', () => {
    for (const path of contentPages) {
      const nested = page(path).querySelectorAll('main a a, main h1 a.legal-ref--auto, main h2 a.legal-ref--auto, main h3 a.legal-ref--auto, main code a');
      expect(nested.map((n) => n.outerHTML), path).toEqual([]);
    }
  });
});

describe('legal document pages', () => {
  it('show key provisions with anchors citable as "Điều N"', () => {
    const doc = page('/van-ban/luat-phong-chong-bao-luc-gia-dinh-2022/');
    expect(doc.querySelector('#dieu-2 h3')!.text).toContain('Điều 2. Giải thích từ ngữ');
    expect(doc.querySelector('#dieu-3 h3')!.text).toContain('Điều 3. Hành vi bạo lực gia đình');
    expect(page('/van-ban/luat-binh-dang-gioi-2006/').querySelector('#dieu-5 h3')!.text).toContain('Điều 5');
  });

  it('every link to a provision lands on its anchor', () => {
    for (const path of allPages().filter((p) => p.endsWith('/'))) {
      for (const a of page(path).querySelectorAll('main a[href*="#dieu-"]')) {
        const [target, anchor] = a.getAttribute('href')!.split('#');
        const resolved = target === '' ? path : target!;
        expect(page(resolved).querySelector(`#${anchor}`), `${path} → ${a.getAttribute('href')}`).not.toBeNull();
      }
    }
  });

  it('list every material and Q&A that cites them (frontmatter, LegalRef or text)', () => {
    const cited = (path: string) => page(path).querySelectorAll('.backlinks li a').map((a) => a.getAttribute('href'));
    expect(cited('/van-ban/luat-phong-chong-bao-luc-gia-dinh-2007/')).toEqual(
      expect.arrayContaining(['/tai-lieu/noi-tam-lanh-la-gi/', '/tai-lieu/luat-phong-chong-bao-luc-gia-dinh-2022-co-gi-moi/', '/tai-lieu/hoi-dap-phong-chong-bao-luc-gia-dinh/']),
    );
    expect(cited('/van-ban/luat-binh-dang-gioi-2006/')).toContain('/tai-lieu/hoi-dap-binh-dang-gioi/');
    expect(cited('/km/van-ban/luat-phong-chong-bao-luc-gia-dinh-2007/')).toContain('/km/tai-lieu/noi-tam-lanh-la-gi/');
  });

  it('an expired document names its replacement', () => {
    const meta = page('/van-ban/luat-phong-chong-bao-luc-gia-dinh-2007/').querySelector('dl.meta')!.text;
    expect(meta).toContain('Hết hiệu lực');
    expect(meta).toContain('13/2022/QH15');
  });
});

describe('materials citing an out-of-force document', () => {
  it('show a notice with the replacing document', () => {
    for (const path of ['/tai-lieu/noi-tam-lanh-la-gi/', '/km/tai-lieu/noi-tam-lanh-la-gi/']) {
      const notice = page(path).querySelector('.notice--legal-status')!;
      expect(notice, path).not.toBeNull();
      const hrefs = notice.querySelectorAll('a').map((a) => a.getAttribute('href'));
      const prefix = path.startsWith('/km/') ? '/km' : '';
      expect(hrefs).toEqual([`${prefix}/van-ban/luat-phong-chong-bao-luc-gia-dinh-2007/`, `${prefix}/van-ban/luat-phong-chong-bao-luc-gia-dinh-2022/`]);
    }
  });
  it('do not show it when every cited document is in force', () => {
    expect(page('/tai-lieu/binh-dang-gioi-la-gi/').querySelector('.notice--legal-status')).toBeNull();
  });
});

describe('Q&A materials', () => {
  const qa = ['/tai-lieu/hoi-dap-binh-dang-gioi/', '/tai-lieu/hoi-dap-phong-chong-bao-luc-gia-dinh/'];
  it('carry FAQPage JSON-LD matching the questions on the page', () => {
    let total = 0;
    for (const path of qa) {
      const doc = page(path);
      const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
      expect(scripts).toHaveLength(1);
      const json = JSON.parse(scripts[0]!.text);
      expect(json['@context']).toBe('https://schema.org');
      expect(json['@type']).toBe('FAQPage');
      const questions = doc.querySelectorAll('h2.faq__question').map((h) => h.text.trim());
      expect(json.mainEntity.map((q: { name: string }) => q.name)).toEqual(questions);
      for (const q of json.mainEntity) {
        expect(q['@type']).toBe('Question');
        expect(q.acceptedAnswer.text.length).toBeGreaterThan(20);
        expect(q.acceptedAnswer.text).not.toMatch(/<|LegalRef/);
      }
      total += questions.length;
    }
    expect(total).toBeGreaterThanOrEqual(10);
  });
  it('other materials carry none', () => {
    expect(page('/tai-lieu/binh-dang-gioi-la-gi/').querySelector('script[type="application/ld+json"]')).toBeNull();
  });
});

describe('quizzes', () => {
  const path = '/trac-nghiem/tim-hieu-luat-binh-dang-gioi-va-phong-chong-bao-luc-gia-dinh/';
  it('is listed and works as plain HTML: fieldsets, legends, explanations with links to provisions', () => {
    expect(page('/trac-nghiem/').querySelector(`a[href="${path}"]`)).not.toBeNull();
    const doc = page(path);
    const questions = doc.querySelectorAll('form[data-quiz] fieldset');
    expect(questions.length).toBeGreaterThanOrEqual(10);
    for (const q of questions) {
      expect(q.querySelector('legend')!.text.trim()).not.toBe('');
      expect(q.querySelectorAll('input[type="radio"]').length).toBeGreaterThanOrEqual(2);
      for (const input of q.querySelectorAll('input')) expect(doc.querySelector(`label[for="${input.id}"]`)).not.toBeNull();
      const link = q.querySelector('details a')!;
      expect(link.getAttribute('href')).toMatch(/^\/van-ban\/[a-z0-9-]+\/#dieu-\d+$/);
      expect(q.querySelector('details')!.text).toContain('Đáp án đúng');
    }
    expect(doc.querySelector('[role="status"][aria-live="polite"]')).not.toBeNull();
  });
  it('exists in every language and ships a script under 3 KB, only on quiz pages', () => {
    expect(pageExists(`/km${path}`)).toBe(true);
    // The page also carries the site-wide quick-exit and search-box scripts; the quiz's own is inline.
    const quiz = page(path)
      .querySelectorAll('script')
      .filter((s) => s.getAttribute('type') !== 'application/ld+json' && s.text.includes('data-quiz'));
    expect(quiz).toHaveLength(1);
    expect(quiz[0]!.getAttribute('src')).toBeFalsy();
    expect(Buffer.byteLength(quiz[0]!.text)).toBeLessThan(3 * 1024);
    expect(page('/tai-lieu/binh-dang-gioi-la-gi/').querySelectorAll('script').filter((s) => s.text.includes('data-quiz'))).toHaveLength(0);
  });
});
