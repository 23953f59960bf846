/** Loudspeaker scripts in the built sample: a printable page and a .txt per material and language that has one. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/astro.ts';
import { SAMPLE_DIST, page, pageExists } from '../helpers/sample.ts';
import { loadLinks } from '../../src/permalinks/links-data.ts';
import { readingTime } from '../../src/site/loudspeaker.ts';
import { loudspeakerTextUrl, loudspeakerUrl, materialUrl } from '../../src/site/routes.ts';

const links = loadLinks(ROOT, 'content');
const materials = links.entries.filter(
  (e) => e.file.collection === 'materials' && e.data.draft !== true && links.settings.languages.includes(e.file.lang),
);
const withScript = materials.filter((e) => typeof e.data.loudspeaker === 'string');

describe('loudspeaker scripts', () => {
  it('the sample has at least two scripts', () => {
    expect(withScript.length).toBeGreaterThanOrEqual(2);
  });

  it.each(withScript.map((e) => [e.file.lang, e.file.slug, e.data.loudspeaker as string]))(
    '%s/%s: page with reading time, and a .txt equal to the source text',
    (lang, slug, script) => {
      const html = page(loudspeakerUrl(lang, slug));
      const time = readingTime(script, lang);
      expect(time.seconds).toBeGreaterThan(30);
      const shown = html.querySelector('[data-reading-seconds]')!;
      expect(Number(shown.getAttribute('data-reading-seconds'))).toBe(time.seconds);
      expect(shown.text).toBe(
        time.restSeconds === 0 ? `khoảng ${time.minutes} phút` : `khoảng ${time.minutes} phút ${time.restSeconds} giây`,
      );
      expect(html.querySelector('main')!.text).toContain(`${time.words} tiếng`);
      expect(html.querySelector('.loudspeaker__text')!.text.replace(/\s+/g, ' ')).toContain(script.split('\n')[0]!.trim());

      const download = html.querySelectorAll('a').find((a) => a.getAttribute('href') === loudspeakerTextUrl(lang, slug));
      expect(download?.getAttribute('download')).toBe(`phat-thanh-${slug}.txt`);
      const bytes = readFileSync(join(ROOT, SAMPLE_DIST, loudspeakerTextUrl(lang, slug)));
      const text = bytes.toString('utf8');
      expect(Buffer.from(text, 'utf8').equals(bytes)).toBe(true);
      expect(text).toBe(script);
      expect(text).toBe(text.normalize('NFC'));

      const material = page(materialUrl(lang, slug));
      const link = material.querySelector(`a[href="${loudspeakerUrl(lang, slug)}"]`);
      expect(link?.text).toContain(shown.text);
    },
  );

  it('no page or .txt for a material without a script', () => {
    const without = materials.find((e) => e.file.lang === 'vi' && e.data.loudspeaker === undefined)!;
    expect(pageExists(materialUrl('vi', without.file.slug))).toBe(true);
    expect(pageExists(loudspeakerUrl('vi', without.file.slug))).toBe(false);
    expect(existsSync(join(ROOT, SAMPLE_DIST, loudspeakerTextUrl('vi', without.file.slug)))).toBe(false);
    expect(page(materialUrl('vi', without.file.slug)).querySelector('.loudspeaker-link')).toBeNull();
  });

  it('a reader of another language without its own script is sent to the Vietnamese script', () => {
    const { slug } = withScript.find((e) => e.file.lang === 'vi')!.file;
    expect(pageExists(loudspeakerUrl('tyz', slug))).toBe(false);
    expect(page(materialUrl('tyz', slug)).querySelector(`a[href="${loudspeakerUrl('vi', slug)}"]`)).not.toBeNull();
  });
});
