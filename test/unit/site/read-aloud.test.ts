import { describe, expect, it } from 'vitest';
import { pickVoice, speakableChunks } from '../../../src/site/read-aloud.ts';

const vi = { lang: 'vi-VN', localService: true, name: 'vi' };
const viCloud = { lang: 'vi-VN', localService: false, name: 'Google tiếng Việt' };
const km = { lang: 'km-KH', localService: true, name: 'km' };

describe('pickVoice', () => {
  it('takes an on-device voice of the text’s language', () => {
    expect(pickVoice([viCloud, vi, km], 'vi')).toBe(vi);
    expect(pickVoice([vi, km], 'km')).toBe(km);
    expect(pickVoice([{ lang: 'vi_VN', localService: true }], 'vi')).toEqual({ lang: 'vi_VN', localService: true });
  });
  it('never reads a minority language with a Vietnamese voice: no voice of its own, no voice at all', () => {
    for (const lang of ['jra', 'bdq', 'tyz', 'nut', 'hmn-Latn-VN', 'km']) expect(pickVoice([vi, viCloud], lang)).toBeUndefined();
  });
  it('never sends the text to a speech service', () => {
    expect(pickVoice([viCloud], 'vi')).toBeUndefined();
  });
  it('prefers the device’s default voice of that language', () => {
    const other = { lang: 'vi-VN', localService: true, default: true, name: 'mặc định' };
    expect(pickVoice([vi, other], 'vi')).toBe(other);
  });
});

describe('speakableChunks', () => {
  it('splits by sentence and line, Khmer full stops included', () => {
    expect(speakableChunks('Gọi 111. Miễn phí!\nCả ngày đêm')).toEqual(['Gọi 111.', 'Miễn phí!', 'Cả ngày đêm']);
    expect(speakableChunks('ហៅ ១១១។ ឥតគិតថ្លៃ។')).toEqual(['ហៅ ១១១។', 'ឥតគិតថ្លៃ។']);
  });
  it('cuts a long sentence at a comma or space, keeping every word', () => {
    const long = Array.from({ length: 60 }, (_, i) => `từ${i}`).join(' ');
    const chunks = speakableChunks(long, 100);
    expect(chunks.every((chunk) => chunk.length <= 100)).toBe(true);
    expect(chunks.join(' ')).toBe(long);
  });
});
