import { describe, expect, it } from 'vitest';
import { carriedHref, textSizeOf, withTextSize } from '../../../src/site/text-size.ts';

const PAGE = 'https://site.example/tai-lieu/tong-dai-111/?chu=lon';

describe('text size in the address', () => {
  it('reads ?chu=lon and ?chu=rat-lon, and anything else as the default size', () => {
    expect(textSizeOf('?chu=lon')).toBe('lon');
    expect(textSizeOf('?a=1&chu=rat-lon')).toBe('rat-lon');
    expect(textSizeOf('')).toBe('vua');
    expect(textSizeOf('?chu=khong-co')).toBe('vua');
    expect(textSizeOf(new URLSearchParams('chu=LON'))).toBe('vua');
  });
  it('sets the size in an address, and removes it for the default size, keeping the rest', () => {
    expect(withTextSize('https://site.example/tai-lieu/?trang=2#a', 'rat-lon')).toBe('https://site.example/tai-lieu/?trang=2&chu=rat-lon#a');
    expect(withTextSize('https://site.example/tai-lieu/?chu=lon&trang=2', 'vua')).toBe('https://site.example/tai-lieu/?trang=2');
  });
});

describe('carriedHref', () => {
  it('carries the size onto the site’s own pages, relative or absolute, in every language', () => {
    expect(carriedHref('/ho-tro/', PAGE, 'lon')).toBe('https://site.example/ho-tro/?chu=lon');
    expect(carriedHref('https://site.example/km/tai-lieu/tong-dai-111/', PAGE, 'rat-lon')).toBe('https://site.example/km/tai-lieu/tong-dai-111/?chu=rat-lon');
    expect(carriedHref('de-doc/', PAGE, 'lon')).toBe('https://site.example/tai-lieu/tong-dai-111/de-doc/?chu=lon');
    expect(carriedHref('/404.html', PAGE, 'lon')).toBe('https://site.example/404.html?chu=lon');
  });
  it('replaces a size a link already carries, and takes it off once the reader is back to the default', () => {
    expect(carriedHref('/ho-tro/?chu=lon', PAGE, 'rat-lon')).toBe('https://site.example/ho-tro/?chu=rat-lon');
    expect(carriedHref('/ho-tro/?chu=lon', 'https://site.example/', 'vua')).toBe('https://site.example/ho-tro/');
    expect(carriedHref('/ho-tro/?chu=lon', PAGE, 'lon')).toBeUndefined();
    expect(carriedHref('/ho-tro/', 'https://site.example/', 'vua')).toBeUndefined();
  });
  it('leaves other sites, files, other schemes and jumps within the page alone', () => {
    expect(carriedHref('https://www.google.com/', PAGE, 'lon')).toBeUndefined();
    expect(carriedHref('https://site.example.evil/ho-tro/', PAGE, 'lon')).toBeUndefined();
    expect(carriedHref('/tai-lieu/x/phat-thanh.txt', PAGE, 'lon')).toBeUndefined();
    expect(carriedHref('/files/to-gap.pdf', PAGE, 'lon')).toBeUndefined();
    expect(carriedHref('/rss.xml', PAGE, 'lon')).toBeUndefined();
    expect(carriedHref('tel:111', PAGE, 'lon')).toBeUndefined();
    expect(carriedHref('mailto:a@site.example', PAGE, 'lon')).toBeUndefined();
    expect(carriedHref('#noi-dung', PAGE, 'lon')).toBeUndefined();
  });
});
