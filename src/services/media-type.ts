import type { MediaKind } from '@shared/domain';

export interface SniffedMedia {
  kind: MediaKind;
  mimeType: string;
  /** The extension the stored copy gets; it matches the content, never the name the file came with. */
  extension: string;
}

const ascii = (bytes: Uint8Array, start: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(start, start + length));

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0): boolean =>
  bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);

/** ISO base media brands that are ordinary MP4 video (not HEIC or AVIF pictures, not QuickTime). */
const MP4_BRANDS = new Set([
  'isom',
  'iso2',
  'iso3',
  'iso4',
  'iso5',
  'iso6',
  'mp41',
  'mp42',
  'avc1',
  'dash',
  'M4V ',
  'mmp4',
  'MSNV',
]);

/**
 * Tells what a file is from its first bytes: PNG, JPEG, WebP or GIF pictures, MP4 or WebM video. Null for
 * anything else, whatever the file was called or claimed to be.
 */
export function sniffMediaType(bytes: Uint8Array): SniffedMedia | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { kind: 'image', mimeType: 'image/png', extension: 'png' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff]))
    return { kind: 'image', mimeType: 'image/jpeg', extension: 'jpg' };
  if (bytes.length >= 6 && (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a'))
    return { kind: 'image', mimeType: 'image/gif', extension: 'gif' };
  if (bytes.length >= 16 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP')
    return { kind: 'image', mimeType: 'image/webp', extension: 'webp' };
  if (bytes.length >= 12 && ascii(bytes, 4, 4) === 'ftyp' && MP4_BRANDS.has(ascii(bytes, 8, 4)))
    return { kind: 'video', mimeType: 'video/mp4', extension: 'mp4' };
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3]) && isWebmHeader(bytes.subarray(4, 64)))
    return { kind: 'video', mimeType: 'video/webm', extension: 'webm' };
  return null;
}

/** The EBML header names its document type; WebM says "webm" (other Matroska files say "matroska"). */
function isWebmHeader(header: Uint8Array): boolean {
  // DocType element: id 0x4282, a one-byte size 0x84, then the four letters.
  for (let i = 0; i + 6 < header.length; i++) {
    if (header[i] === 0x42 && header[i + 1] === 0x82) {
      return header[i + 2] === 0x84 && ascii(header, i + 3, 4) === 'webm';
    }
  }
  return false;
}
