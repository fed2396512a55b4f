import { describe, expect, it } from 'vitest';
import { sniffMediaType } from '../../../src/services/media-type';
import { SIGNATURES, solidPng } from '../../support/media-files';

const ftyp = (brand: string) =>
  Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from(`ftyp${brand}`), Buffer.alloc(12)]);

describe('media type by content', () => {
  it('recognises each accepted picture and video type', () => {
    expect(sniffMediaType(solidPng())).toEqual({ kind: 'image', mimeType: 'image/png', extension: 'png' });
    expect(sniffMediaType(SIGNATURES.jpeg)?.mimeType).toBe('image/jpeg');
    expect(sniffMediaType(SIGNATURES.gif)?.mimeType).toBe('image/gif');
    expect(sniffMediaType(Buffer.from('GIF87a......'))?.mimeType).toBe('image/gif');
    expect(sniffMediaType(SIGNATURES.webp)?.mimeType).toBe('image/webp');
    expect(sniffMediaType(SIGNATURES.mp4)).toEqual({
      kind: 'video',
      mimeType: 'video/mp4',
      extension: 'mp4',
    });
    expect(sniffMediaType(ftyp('mp42'))?.mimeType).toBe('video/mp4');
    expect(sniffMediaType(SIGNATURES.webm)).toEqual({
      kind: 'video',
      mimeType: 'video/webm',
      extension: 'webm',
    });
  });

  it('refuses lookalikes and everything else', () => {
    const matroska = Buffer.from(SIGNATURES.webm);
    matroska.write('matr', 24, 'latin1');
    const refused = [
      Buffer.alloc(0),
      Buffer.from([0x89, 0x50, 0x4e, 0x47]), // a PNG signature cut short
      Buffer.from('RIFF\x1a\x00\x00\x00WAVEfmt ', 'latin1'), // audio in a RIFF container
      ftyp('heic'), // a picture in an ISO container
      ftyp('avif'),
      ftyp('qt  '),
      matroska,
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      Buffer.from('%PDF-1.7'),
      Buffer.from('BM\x00\x00', 'latin1'), // BMP
      Buffer.from([0x00, 0x00, 0x01, 0x00]), // ICO
    ];
    for (const bytes of refused) expect(sniffMediaType(bytes), bytes.toString('latin1')).toBeNull();
  });
});
