/** Posters of the sample site: one per material and real language, in A4 and A3, with their PDFs. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/astro.ts';
import { SAMPLE_DIST, page } from '../helpers/sample.ts';
import { loadLinks } from '../../src/permalinks/links-data.ts';
import { mmToPt, POSTER_SIZES, type PosterSize } from '../../src/permalinks/poster-pdf.ts';
import { ownCode, posterJobs, posterPdfUrl, posterUrl, shortUrlText } from '../../src/permalinks/posters.ts';

const links = loadLinks(ROOT, 'content');
const jobs = posterJobs(links.entries, links);
const sizes = Object.keys(POSTER_SIZES) as PosterSize[];

describe('posters', () => {
  it('exist for every material in Vietnamese and in each language it is really translated into, and nowhere else', () => {
    const materials = links.entries.filter((e) => e.file.collection === 'materials' && e.file.lang === 'vi' && e.data.draft !== true);
    expect(jobs.filter((j) => j.lang === 'vi')).toHaveLength(materials.length);
    expect(jobs.some((j) => j.lang === 'km')).toBe(true);
    expect(existsSync(join(ROOT, SAMPLE_DIST, posterUrl('tyz', 'noi-tam-lanh-la-gi', 'a4')))).toBe(false);
  });

  it('carry title, summary, cover, the QR at its size in mm, the short URL, the featured hotlines and the agency', () => {
    for (const job of jobs) {
      for (const size of sizes) {
        const html = page(posterUrl(job.lang, job.slug, size));
        const poster = html.querySelector('article.poster')!;
        expect(poster.querySelector('h1')!.text).toBe(job.title);
        expect(poster.text).toContain(job.summary);
        expect(poster.text).toContain(links.settings.agencyName);
        expect(poster.text).toContain(shortUrlText(links.settings.baseUrl, ownCode(links, `materials/${job.slug}`, job.lang)!));
        // Sized by class (a style attribute would break the CSP); the class's rule carries the size in mm.
        expect(poster.classList.contains(`poster--${size}`)).toBe(true);
        const { width, height, qrMm } = POSTER_SIZES[size];
        expect(html.toString()).toMatch(
          new RegExp(`\\.poster--${size}\\[[^\\]]+\\]\\{--poster-width:${width}mm;--poster-height:${height}mm;--qr-size:${qrMm}mm\\}`),
        );
        expect(poster.querySelector('.poster__qr svg')).not.toBeNull();
        expect(poster.querySelector('.poster__qr figcaption')!.text).toContain(`${POSTER_SIZES[size].qrMm} mm`);
        expect(poster.querySelectorAll('.poster__band li').map((li) => li.querySelector('strong')!.text)).toEqual([
          '111',
          '113',
          '1900 969 680',
        ]);
        if (job.coverPath) expect(poster.querySelector('img.poster__cover')!.getAttribute('alt')).toBeTruthy();
        expect(html.querySelector('html')!.getAttribute('lang')).toBe(job.lang);
        expect(html.querySelector(`a[href="${posterPdfUrl(job.lang, job.slug, size)}"][download]`)).not.toBeNull();
        expect(html.toString()).toContain(`@page poster-${size}{size:${POSTER_SIZES[size].label};margin:0}`);
      }
    }
  });

  it('have a PDF in A4 and A3 with the fonts embedded', () => {
    for (const job of jobs) {
      for (const size of sizes) {
        const pdf = readFileSync(join(ROOT, SAMPLE_DIST, posterPdfUrl(job.lang, job.slug, size))).toString('latin1');
        expect(pdf.startsWith('%PDF-')).toBe(true);
        const box = /MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf)!;
        expect(Number(box[1])).toBeCloseTo(mmToPt(POSTER_SIZES[size].width), 1);
        expect(Number(box[2])).toBeCloseTo(mmToPt(POSTER_SIZES[size].height), 1);
        expect(pdf).toContain('/FontFile2');
        if (job.coverPath) expect(pdf).toContain('/DCTDecode'); // the cover photo
      }
    }
  });
});
