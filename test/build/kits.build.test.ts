/**
 * Communicators' kits in the built sample: the meeting kit (A4 page and read-aloud text) and the
 * social-media pack (posts, three share images with a QR code that decodes to the short link, a
 * ZIP) of every material that has a kit; noindex, out of the sitemap and the search index, and
 * linked from the material and its campaign.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/astro.ts';
import { SAMPLE_DIST, page, pageExists } from '../helpers/sample.ts';
import { loadLinks } from '../../src/permalinks/links-data.ts';
import { kitJobs, packPosts, postFile } from '../../src/permalinks/social-pack.ts';
import { SHARE_IMAGE_NAMES, SHARE_IMAGE_SIZES, shareImageFile } from '../../src/permalinks/share-images.ts';
import { POST_MAX_CHARS } from '../../src/site/kit.ts';
import {
  campaignUrl,
  materialUrl,
  meetingKitTextUrl,
  meetingKitUrl,
  socialPackFileUrl,
  socialPackUrl,
  socialPackZipUrl,
} from '../../src/site/routes.ts';

const links = loadLinks(ROOT, 'content');
const jobs = kitJobs(links);
const file = (urlPath: string) => readFileSync(join(ROOT, SAMPLE_DIST, decodeURIComponent(urlPath)));

describe('communicators’ kits in the sample', () => {
  it('the sample gives at least two Vietnamese materials a kit', () => {
    expect(jobs.filter((j) => j.lang === 'vi').map((j) => j.slug)).toEqual(
      expect.arrayContaining(['lam-gi-khi-bi-bao-luc-gia-dinh', 'ngay-gia-dinh-viet-nam-28-6']),
    );
  });

  describe.each(jobs.map((j) => [`${j.lang}/${j.slug}`, j] as const))('%s', (_, job) => {
    const { lang, slug } = job;

    it('meeting kit: title, messages, questions, hotlines with caveats, QR of the short link; noindex', () => {
      const html = page(meetingKitUrl(lang, slug));
      expect(html.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      expect(html.querySelector('h1')!.text).toContain(job.title);
      expect(html.querySelectorAll('.kit__messages li').map((li) => li.text)).toEqual(job.kit.messages);
      expect(html.querySelectorAll('.kit__questions li').map((li) => li.text)).toEqual(job.kit.questions);
      const hotlines = html.querySelector('.kit__hotlines')!.text;
      expect(hotlines).toContain('111');
      expect(hotlines).toContain('1900 969 680');
      expect(hotlines).toContain('(có thể mất cước, không phải tổng đài Nhà nước)');
      expect(hotlines).not.toContain('1800 1567');
      expect(html.querySelector('.kit__qr svg')?.getAttribute('aria-label')).toContain(job.shortUrl);
      expect(html.querySelector('.kit__url')!.text).toBe(job.shortUrl.replace(/^https:\/\//, '').replace(/\/$/, ''));
    });

    it('read-aloud text: the loudspeaker script where there is one, else the kit', () => {
      const text = file(meetingKitTextUrl(lang, slug)).toString('utf8');
      expect(text).toBe(text.normalize('NFC'));
      if (job.loudspeaker) expect(text).toBe(job.loudspeaker);
      else for (const m of [...job.kit.messages, ...job.kit.questions]) expect(text).toContain(m);
      const link = page(meetingKitUrl(lang, slug)).querySelector(`a[href="${meetingKitTextUrl(lang, slug)}"]`);
      expect(link?.getAttribute('download')).toBe(`bo-hop-thon-${slug}.txt`);
    });

    it('social pack: noindex page with both posts (≤ 2,000 characters, short link, hashtags)', () => {
      const html = page(socialPackUrl(lang, slug));
      expect(html.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      const posts = packPosts(job);
      for (const network of ['zalo', 'facebook'] as const) {
        const shown = html.querySelector(`textarea[data-network="${network}"]`)!.text;
        expect(shown).toBe(posts[network]);
        expect([...shown].length).toBeLessThanOrEqual(POST_MAX_CHARS);
        expect(shown.match(/https?:\/\/\S+/g)).toEqual([job.shortUrl]);
        for (const tag of job.hashtags) expect(shown).toContain(tag);
      }
    });

    it('three images at their sizes, each with a QR code that decodes to the short link', async () => {
      for (const size of SHARE_IMAGE_NAMES) {
        const bytes = file(socialPackFileUrl(lang, slug, shareImageFile(slug, size)));
        const { data, info } = await sharp(bytes).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
        expect([info.width, info.height]).toEqual([SHARE_IMAGE_SIZES[size].width, SHARE_IMAGE_SIZES[size].height]);
        const qr = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height);
        expect(qr?.data.toLowerCase(), size).toBe(job.shortUrl.replace(/\/$/, '').toLowerCase());
      }
    });

    it('the ZIP holds the three images and the two posts, byte for byte', () => {
      const zip = unzipSync(file(socialPackZipUrl(lang, slug)));
      const posts = packPosts(job);
      expect(Object.keys(zip).sort()).toEqual(
        [...SHARE_IMAGE_NAMES.map((s) => shareImageFile(slug, s)), postFile(slug, 'zalo'), postFile(slug, 'facebook')].sort(),
      );
      for (const size of SHARE_IMAGE_NAMES) {
        expect(Buffer.from(zip[shareImageFile(slug, size)]!).equals(file(socialPackFileUrl(lang, slug, shareImageFile(slug, size))))).toBe(
          true,
        );
      }
      expect(new TextDecoder().decode(zip[postFile(slug, 'facebook')])).toBe(posts.facebook);
    });

    it('the material page and the campaign page link the kit and the pack', () => {
      for (const url of [
        materialUrl(lang, slug),
        campaignUrl(
          lang,
          String(
            links.entries.find((e) => e.file.collection === 'materials' && e.file.lang === lang && e.file.slug === slug)!.data.campaign,
          ),
        ),
      ]) {
        const html = page(url);
        expect(html.querySelector(`a[href="${meetingKitUrl(lang, slug)}"]`), url).not.toBeNull();
        expect(html.querySelector(`a[href="${socialPackUrl(lang, slug)}"]`), url).not.toBeNull();
      }
    });
  });

  it('a material without a kit has no kit pages and no link', () => {
    const without = links.entries.find(
      (e) => e.file.collection === 'materials' && e.file.lang === 'vi' && e.data.kit === undefined && e.data.draft !== true,
    )!;
    expect(pageExists(materialUrl('vi', without.file.slug))).toBe(true);
    expect(pageExists(meetingKitUrl('vi', without.file.slug))).toBe(false);
    expect(pageExists(socialPackUrl('vi', without.file.slug))).toBe(false);
    expect(page(materialUrl('vi', without.file.slug)).querySelector('.kit-links')).toBeNull();
  });

  it('a reader of another language is sent to the Vietnamese kit', () => {
    const { slug } = jobs.find((j) => j.lang === 'vi')!;
    expect(pageExists(meetingKitUrl('tyz', slug))).toBe(false);
    expect(page(materialUrl('tyz', slug)).querySelector(`a[href="${meetingKitUrl('vi', slug)}"]`)).not.toBeNull();
  });

  it('kit pages are out of the sitemap and the search index', () => {
    const sitemaps = readdirSync(join(ROOT, SAMPLE_DIST)).filter((f) => /^sitemap-\d+\.xml$/.test(f));
    const xml = sitemaps.map((f) => readFileSync(join(ROOT, SAMPLE_DIST, f), 'utf8')).join('\n');
    expect(xml).toContain('/tai-lieu/lam-gi-khi-bi-bao-luc-gia-dinh/</loc>');
    expect(xml).not.toContain('/bo-hop-thon/');
    expect(xml).not.toContain('/mang-xa-hoi/');
    const html = readFileSync(join(ROOT, SAMPLE_DIST, 'tai-lieu/lam-gi-khi-bi-bao-luc-gia-dinh/bo-hop-thon/index.html'), 'utf8');
    expect(html).not.toContain('data-pagefind-body');
  });
});
