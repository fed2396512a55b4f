import { describe, expect, it } from 'vitest';
import { sniffMediaType } from '../../../src/services/media-type';
import { SAMPLES, solidPng } from '../../support/media-files';

/** An MP4 that is nothing but its type box and an empty media data box. */
const bareFtyp = (brand: string) =>
  Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from(`ftyp${brand}`), Buffer.alloc(12)]);

/** The sample MP4 with another major brand. */
const rebranded = (brand: string): Buffer => {
  const copy = Buffer.from(SAMPLES.mp4);
  copy.write(brand, 8, 'latin1');
  return copy;
};

describe('media type by content', () => {
  it('recognises each accepted picture and video type, and reads a picture’s size', () => {
    expect(sniffMediaType(solidPng(4, 3))).toEqual({
      kind: 'image',
      mimeType: 'image/png',
      extension: 'png',
      width: 4,
      height: 3,
    });
    expect(sniffMediaType(SAMPLES.jpeg)).toMatchObject({ mimeType: 'image/jpeg', width: 4, height: 3 });
    expect(sniffMediaType(SAMPLES.gif)).toMatchObject({ mimeType: 'image/gif', width: 1, height: 1 });
    expect(sniffMediaType(SAMPLES.webp)).toMatchObject({ mimeType: 'image/webp', width: 4, height: 3 });
    expect(sniffMediaType(SAMPLES.mp4)).toEqual({ kind: 'video', mimeType: 'video/mp4', extension: 'mp4' });
    expect(sniffMediaType(rebranded('mp42'))?.mimeType).toBe('video/mp4');
    expect(sniffMediaType(SAMPLES.webm)).toEqual({
      kind: 'video',
      mimeType: 'video/webm',
      extension: 'webm',
    });
  });

  it('refuses lookalikes and everything else', () => {
    const matroska = Buffer.from(SAMPLES.webm);
    matroska.write('matr', matroska.indexOf('webm', 0, 'latin1'), 'latin1');
    const refused = [
      Buffer.alloc(0),
      Buffer.from([0x89, 0x50, 0x4e, 0x47]), // a PNG signature cut short
      Buffer.from('RIFF\x1a\x00\x00\x00WAVEfmt ', 'latin1'), // audio in a RIFF container
      rebranded('heic'), // a picture in an ISO container
      rebranded('avif'),
      rebranded('qt  '),
      matroska,
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      Buffer.from('%PDF-1.7'),
      Buffer.from('BM\x00\x00', 'latin1'), // BMP
      Buffer.from([0x00, 0x00, 0x01, 0x00]), // ICO
    ];
    for (const bytes of refused) expect(sniffMediaType(bytes), bytes.toString('latin1')).toBeNull();
  });

  it('refuses the right first bytes in front of something else', () => {
    const page = Buffer.from('<!doctype html><script>alert(1)</script>');
    const signatures = [
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
      Buffer.from('GIF89a'),
      Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x40, 0, 0, 0]), Buffer.from('WEBPVP8 ')]),
      SAMPLES.webm.subarray(0, 32),
    ];
    for (const signature of signatures) {
      expect(sniffMediaType(Buffer.concat([signature, page])), signature.toString('latin1')).toBeNull();
    }
    expect(sniffMediaType(bareFtyp('isom')), 'an MP4 without a movie').toBeNull();
    expect(sniffMediaType(Buffer.concat([SAMPLES.mp4, page])), 'an MP4 with a page after it').toBeNull();
  });

  it('refuses a picture whose header is damaged or that is cut short', () => {
    const png = solidPng(4, 3);
    const badChecksum = Buffer.from(png);
    badChecksum[20] = 9; // the height changes, the IHDR checksum does not
    const zeroWide = Buffer.from(SAMPLES.gif);
    zeroWide.writeUInt16LE(0, 6);
    const cut = [
      png.subarray(0, png.length - 12), // no end chunk
      SAMPLES.jpeg.subarray(0, 200), // stops inside the header segments
      SAMPLES.gif.subarray(0, SAMPLES.gif.length - 1), // no trailer
      SAMPLES.webp.subarray(0, 40),
      SAMPLES.mp4.subarray(0, 100),
      SAMPLES.webm.subarray(0, 60),
    ];
    for (const bytes of [badChecksum, zeroWide, ...cut]) {
      expect(sniffMediaType(bytes), bytes.subarray(0, 12).toString('latin1')).toBeNull();
    }
  });
});
