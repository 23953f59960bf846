import jsQR from 'jsqr';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { QR_OPTIONS, qrPng } from '../../../src/permalinks/qr.ts';

const TEXT = 'HTTPS://BINHDANGGIOI.EXAMPLE.GOV.VN/Q/7K2P';

describe('qrPng', () => {
  it('draws the code in one grey channel, small enough for thousands of codes', async () => {
    const png = await qrPng(TEXT);
    const meta = await sharp(png).metadata();
    expect(meta.format).toBe('png');
    expect(meta.width).toBe((QRCode.create(TEXT, QR_OPTIONS).modules.size + 2 * QR_OPTIONS.margin) * 24);
    // PNG header: bit depth 8, colour type 0 (greyscale).
    expect([png[24], png[25]]).toEqual([8, 0]);
    expect(png.length).toBeLessThan(6_000);
  });

  it('holds exactly the modules of the code, black on white, and decodes to its text', async () => {
    const png = await qrPng(TEXT, 4);
    const { data, info } = await sharp(png).toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
    const { modules } = QRCode.create(TEXT, QR_OPTIONS);
    const margin = QR_OPTIONS.margin;
    for (let y = 0; y < info.height; y++) {
      for (let x = 0; x < info.width; x++) {
        const [my, mx] = [Math.floor(y / 4) - margin, Math.floor(x / 4) - margin];
        const dark = my >= 0 && mx >= 0 && my < modules.size && mx < modules.size && modules.get(my, mx);
        if (data[y * info.width + x] !== (dark ? 0 : 255)) throw new Error(`pixel ${x},${y} is ${data[y * info.width + x]}`);
      }
    }
    const rgba = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const found = jsQR(new Uint8ClampedArray(rgba.data.buffer, rgba.data.byteOffset, rgba.data.length), rgba.info.width, rgba.info.height);
    expect(found?.data).toBe(TEXT);
  });
});
