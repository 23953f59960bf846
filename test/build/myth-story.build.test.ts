/**
 * "Hiểu đúng – hiểu sai" and "Gương điển hình" in the built sample: each claim carries its verdict,
 * its legal basis as working links and schema.org ClaimReview, in every language (Vietnamese text
 * in the languages nobody translated); each story names its person, commune and consent, and
 * stories reach their campaign page and the feeds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/astro.ts';
import { SAMPLE_DIST, page, pageExists } from '../helpers/sample.ts';
import { loadLinks } from '../../src/permalinks/links-data.ts';
import { campaignFeedUrl, campaignUrl, feedUrl, materialUrl, materialsKindUrl } from '../../src/site/routes.ts';

const links = loadLinks(ROOT, 'content');
const vietnamese = links.entries.filter((e) => e.file.collection === 'materials' && e.file.lang === 'vi' && e.data.draft !== true);
const myths = vietnamese.filter((e) => e.data.kind === 'myth');
const stories = vietnamese.filter((e) => e.data.kind === 'story');
const languages = links.settings.languages;

interface MythData {
  claim: string;
  verdict: string;
}

const claimReview = (path: string) => {
  const script = page(path)
    .querySelectorAll('script[type="application/ld+json"]')
    .map((s) => JSON.parse(s.textContent) as Record<string, unknown>)
    .find((json) => json['@type'] === 'ClaimReview');
  return script as
    { claimReviewed: string; inLanguage: string; reviewRating: { ratingValue: number; alternateName: string }; url: string } | undefined;
};

describe('myth versus fact', () => {
  it('the sample ships at least six claims', () => {
    expect(myths.length).toBeGreaterThanOrEqual(6);
  });

  it.each(myths.map((e) => [e.file.slug, e.data.myth as MythData, e.data.legal as string[]]))(
    '%s: claim, verdict, basis links and ClaimReview',
    (slug, myth, legal) => {
      const html = page(materialUrl('vi', slug));
      const card = html.querySelector('.myth')!;
      expect(card.querySelector('q')!.text).toBe(myth.claim);
      expect(card.querySelector('.myth__verdict strong')!.text).toBe(
        { false: 'Sai', misleading: 'Chưa đúng hẳn', true: 'Đúng' }[myth.verdict],
      );
      const anchors = card.querySelectorAll('.myth__basis a');
      expect(anchors.map((a) => a.text)).toEqual(legal);
      for (const anchor of anchors) expect(pageExists(anchor.getAttribute('href')!), anchor.getAttribute('href')).toBe(true);
      // The answer's article-level basis: LegalRef links in the body, each to an explained provision.
      const refs = html.querySelectorAll('article .legal-ref').filter((a) => a.getAttribute('href')!.includes('#'));
      for (const ref of refs) {
        const [path, hash] = ref.getAttribute('href')!.split('#');
        expect(page(path!).querySelector(`#${hash}`), `${path}#${hash}`).not.toBeNull();
      }
      const json = claimReview(materialUrl('vi', slug))!;
      expect(json.claimReviewed).toBe(myth.claim);
      expect(json.inLanguage).toBe('vi');
      expect(json.reviewRating.ratingValue).toBe({ false: 1, misleading: 2, true: 3 }[myth.verdict]);
      expect(json.url).toBe(`${links.settings.baseUrl}${materialUrl('vi', slug)}`);
    },
  );

  it.each(languages.filter((l) => l !== 'vi'))(
    '%s: every claim is published, in Vietnamese where untranslated, with its ClaimReview',
    (lang) => {
      for (const myth of myths) {
        const json = claimReview(materialUrl(lang, myth.file.slug));
        expect(json, `${lang}/${myth.file.slug}`).toBeDefined();
        expect(json!.claimReviewed).toBe((myth.data.myth as MythData).claim);
      }
    },
  );

  it('the list of the kind shows every claim', () => {
    const hrefs = page(materialsKindUrl('vi', 'myth'))
      .querySelectorAll('a')
      .map((a) => a.getAttribute('href'));
    for (const myth of myths) expect(hrefs).toContain(materialUrl('vi', myth.file.slug));
  });
});

describe('local role models', () => {
  interface StoryData {
    person: string;
    commune: string;
    consent: { given: boolean };
  }

  it('the sample ships stories, each marked as a sample', () => {
    expect(stories.length).toBeGreaterThanOrEqual(2);
    for (const story of stories)
      expect(page(materialUrl('vi', story.file.slug)).querySelector('article')!.text).toContain('câu chuyện mẫu');
  });

  it.each(stories.map((e) => [e.file.slug, e.data.story as StoryData, String(e.data.campaign)]))(
    '%s: person, commune and consent on the page; listed on its campaign page and in the feeds',
    (slug, story, campaign) => {
      const facts = page(materialUrl('vi', slug)).querySelector('.story-facts')!.text;
      expect(facts).toContain(story.person);
      expect(facts).toContain(story.commune);
      expect(facts).toContain('Nhân vật đã đồng ý cho đăng câu chuyện này');
      const section = page(campaignUrl('vi', campaign))
        .querySelectorAll('section')
        .find((s) => s.querySelector('h3')?.text === 'Gương điển hình');
      expect(section, `${campaign}: section "Gương điển hình"`).toBeDefined();
      expect(section!.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(materialUrl('vi', slug));
      const read = (path: string) => readFileSync(join(ROOT, SAMPLE_DIST, path.replace(/^\//, '')), 'utf8');
      expect(read(campaignFeedUrl('vi', campaign))).toContain(materialUrl('vi', slug));
      expect(read(feedUrl('vi'))).toContain(materialUrl('vi', slug));
    },
  );
});
