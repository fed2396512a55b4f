import { crc32 } from 'node:zlib';
import type { MediaKind } from '@shared/domain';

interface SniffedFile {
  kind: MediaKind;
  mimeType: string;
  /** The extension the stored copy gets; it matches the content, never the name the file came with. */
  extension: string;
}

/** A picture, with its size in pixels as its header gives it. */
export interface SniffedPicture extends SniffedFile {
  kind: 'image';
  width: number;
  height: number;
}

export interface SniffedVideo extends SniffedFile {
  kind: 'video';
}

export type SniffedMedia = SniffedPicture | SniffedVideo;

type Bytes = Uint8Array;

const ascii = (bytes: Bytes, start: number, length: number): string =>
  start + length <= bytes.length ? String.fromCharCode(...bytes.subarray(start, start + length)) : '';

const startsWith = (bytes: Bytes, signature: readonly number[], offset = 0): boolean =>
  bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);

const u16be = (b: Bytes, at: number): number => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
const u16le = (b: Bytes, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u24le = (b: Bytes, at: number): number => u16le(b, at) | ((b[at + 2] ?? 0) << 16);
const u32be = (b: Bytes, at: number): number => u16be(b, at) * 0x10000 + u16be(b, at + 2);
const u32le = (b: Bytes, at: number): number => u16le(b, at) + u16le(b, at + 2) * 0x10000;

/** A four-character code of letters, digits, spaces (as chunk and box types are). */
const FOURCC = /^[A-Za-z0-9 ©]{4}$/;

const picture = (
  mimeType: string,
  extension: string,
  width: number,
  height: number,
): SniffedPicture | null =>
  width > 0 && height > 0 ? { kind: 'image', mimeType, extension, width, height } : null;

/** PNG: IHDR first (with a correct checksum), chunks that fit the file, image data, and the end chunk. */
function readPng(b: Bytes): SniffedPicture | null {
  if (u32be(b, 8) !== 13 || ascii(b, 12, 4) !== 'IHDR' || b.length < 33) return null;
  if (crc32(b.subarray(12, 29)) !== u32be(b, 29)) return null;
  const depth = b[24] ?? 0;
  const colour = b[25] ?? 0;
  if (![1, 2, 4, 8, 16].includes(depth) || ![0, 2, 3, 4, 6].includes(colour)) return null;
  let at = 33;
  let sawData = false;
  while (at + 12 <= b.length) {
    const length = u32be(b, at);
    const type = ascii(b, at + 4, 4);
    if (!FOURCC.test(type) || at + 12 + length > b.length) return null;
    if (type === 'IDAT') sawData = true;
    if (type === 'IEND') return sawData ? picture('image/png', 'png', u32be(b, 16), u32be(b, 20)) : null;
    at += 12 + length;
  }
  return null;
}

/** JPEG: segments that fit the file up to the scan, with a frame header (SOFn) giving the size first. */
function readJpeg(b: Bytes): SniffedPicture | null {
  let at = 2;
  let size: { width: number; height: number } | null = null;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    const length = u16be(b, at + 2);
    if (length < 2 || at + 2 + length > b.length) return null;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isFrame) {
      if (length < 8) return null;
      size = { height: u16be(b, at + 5), width: u16be(b, at + 7) };
    }
    if (marker === 0xda) {
      // Start of scan: the compressed picture follows; there must be some, and a frame before it.
      return size && at + 2 + length < b.length
        ? picture('image/jpeg', 'jpg', size.width, size.height)
        : null;
    }
    if (marker === 0xd9) return null;
    at += 2 + length;
  }
  return null;
}

/** Skips GIF data sub-blocks from `at`; answers where they end, or -1 when they run past the file. */
function skipGifSubBlocks(b: Bytes, at: number): number {
  let next = at;
  while (next < b.length) {
    const size = b[next] ?? 0;
    if (size === 0) return next + 1;
    next += 1 + size;
  }
  return -1;
}

/** GIF: the screen size, and blocks that fit the file up to the trailer, with at least one image. */
function readGif(b: Bytes): SniffedPicture | null {
  if (b.length < 13) return null;
  const flags = b[10] ?? 0;
  let at = 13 + (flags & 0x80 ? 3 * 2 ** ((flags & 0x07) + 1) : 0);
  let images = 0;
  while (at > 0 && at < b.length) {
    const block = b[at];
    if (block === 0x3b) return images > 0 ? picture('image/gif', 'gif', u16le(b, 6), u16le(b, 8)) : null;
    if (block === 0x21) {
      at = skipGifSubBlocks(b, at + 2);
    } else if (block === 0x2c) {
      if (at + 11 > b.length) return null;
      const local = b[at + 9] ?? 0;
      at += 10 + (local & 0x80 ? 3 * 2 ** ((local & 0x07) + 1) : 0);
      at = skipGifSubBlocks(b, at + 1); // after the LZW code size
      images += 1;
    } else {
      return null;
    }
  }
  return null;
}

/** WebP: a RIFF container that fits the file, holding a lossy, lossless or extended picture header. */
function readWebp(b: Bytes): SniffedPicture | null {
  const riffEnd = 8 + u32le(b, 4);
  if (riffEnd > b.length || riffEnd < 20) return null;
  let at = 12;
  let canvas: { width: number; height: number } | null = null;
  while (at + 8 <= riffEnd) {
    const type = ascii(b, at, 4);
    const size = u32le(b, at + 4);
    const data = at + 8;
    if (!FOURCC.test(type) || data + size > riffEnd) return null;
    if (type === 'VP8X' && size >= 10) {
      canvas = { width: 1 + u24le(b, data + 4), height: 1 + u24le(b, data + 7) };
    } else if (type === 'VP8 ' && size >= 10) {
      if (!startsWith(b, [0x9d, 0x01, 0x2a], data + 3)) return null;
      const own = { width: u16le(b, data + 6) & 0x3fff, height: u16le(b, data + 8) & 0x3fff };
      return picture('image/webp', 'webp', canvas?.width ?? own.width, canvas?.height ?? own.height);
    } else if (type === 'VP8L' && size >= 5) {
      if (b[data] !== 0x2f) return null;
      const bits = u32le(b, data + 1);
      const own = { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
      return picture('image/webp', 'webp', canvas?.width ?? own.width, canvas?.height ?? own.height);
    } else if (type === 'ANIM' && canvas) {
      return picture('image/webp', 'webp', canvas.width, canvas.height);
    }
    at = data + size + (size % 2);
  }
  return null;
}

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

/** The boxes between `start` and `end`, by type; null when one does not fit exactly. */
function mp4Boxes(b: Bytes, start: number, end: number): Map<string, { start: number; end: number }> | null {
  const boxes = new Map<string, { start: number; end: number }>();
  let at = start;
  while (at < end) {
    if (at + 8 > end) return null;
    const type = ascii(b, at + 4, 4);
    let size = u32be(b, at);
    let header = 8;
    if (size === 1) {
      if (at + 16 > end) return null;
      size = u32be(b, at + 8) * 2 ** 32 + u32be(b, at + 12);
      header = 16;
    } else if (size === 0) {
      size = end - at;
    }
    if (!FOURCC.test(type) || size < header || at + size > end) return null;
    if (!boxes.has(type)) boxes.set(type, { start: at + header, end: at + size });
    at += size;
  }
  return boxes;
}

/** MP4: boxes that tile the file, an ordinary video brand first, and a movie header with a track. */
function isMp4(b: Bytes): boolean {
  if (ascii(b, 4, 4) !== 'ftyp' || !MP4_BRANDS.has(ascii(b, 8, 4))) return false;
  const boxes = mp4Boxes(b, 0, b.length);
  const movie = boxes?.get('moov');
  if (!movie) return false;
  const inMovie = mp4Boxes(b, movie.start, movie.end);
  return inMovie !== null && inMovie.has('mvhd') && inMovie.has('trak');
}

/** An EBML element's id (marker bits kept) and size (marker bit removed; null when unknown). */
function ebmlElement(b: Bytes, at: number): { id: number; size: number | null; data: number } | null {
  const first = b[at] ?? 0;
  const idLength = first >= 0x80 ? 1 : first >= 0x40 ? 2 : first >= 0x20 ? 3 : first >= 0x10 ? 4 : 0;
  if (idLength === 0 || at + idLength >= b.length) return null;
  let id = 0;
  for (let i = 0; i < idLength; i++) id = id * 256 + (b[at + i] ?? 0);
  const sizeAt = at + idLength;
  const lead = b[sizeAt] ?? 0;
  let sizeLength = 1;
  while (sizeLength <= 8 && !(lead & (0x80 >> (sizeLength - 1)))) sizeLength += 1;
  if (sizeLength > 8 || sizeAt + sizeLength > b.length) return null;
  let size = lead & (0xff >> sizeLength);
  let unknown = size === 0xff >> sizeLength;
  for (let i = 1; i < sizeLength; i++) {
    const byte = b[sizeAt + i] ?? 0;
    size = size * 256 + byte;
    unknown &&= byte === 0xff;
  }
  return { id, size: unknown ? null : size, data: sizeAt + sizeLength };
}

const EBML_HEADER = 0x1a45dfa3;
const DOC_TYPE = 0x4282;
const SEGMENT = 0x18538067;
const SEGMENT_INFO = 0x1549a966;
const TRACKS = 0x1654ae6b;
const CLUSTER = 0x1f43b675;

/** WebM: an EBML header naming "webm", then a segment whose elements fit it and that describes its tracks. */
function isWebm(b: Bytes): boolean {
  const header = ebmlElement(b, 0);
  if (header?.id !== EBML_HEADER || header.size === null) return false;
  const headerEnd = header.data + header.size;
  let docType = '';
  for (let at = header.data; at < headerEnd;) {
    const child = ebmlElement(b, at);
    if (!child || child.size === null || child.data + child.size > headerEnd) return false;
    if (child.id === DOC_TYPE && child.size <= 16) docType = ascii(b, child.data, child.size);
    at = child.data + child.size;
  }
  if (docType !== 'webm') return false;
  const segment = ebmlElement(b, headerEnd);
  if (segment?.id !== SEGMENT) return false;
  const segmentEnd = segment.size === null ? b.length : segment.data + segment.size;
  if (segmentEnd > b.length) return false;
  let sawInfo = false;
  for (let at = segment.data; at < segmentEnd;) {
    const child = ebmlElement(b, at);
    if (!child) return false;
    if (child.id === SEGMENT_INFO) sawInfo = true;
    if (child.id === TRACKS) return sawInfo;
    // Clusters come after the tracks; a live recording may not know their size.
    if (child.id === CLUSTER || child.size === null || child.data + child.size > segmentEnd) return false;
    at = child.data + child.size;
  }
  return false;
}

/**
 * Tells what a file is from its content: a PNG, JPEG, WebP or GIF picture whose header gives its size and
 * whose structure holds together, or an MP4 or WebM video in a sound container. Null for anything else,
 * whatever the file was called or claimed to be (a picture's first bytes in front of a web page among them).
 */
export function sniffMediaType(bytes: Bytes): SniffedMedia | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return readPng(bytes);
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return readJpeg(bytes);
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return readGif(bytes);
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return readWebp(bytes);
  if (ascii(bytes, 4, 4) === 'ftyp') {
    return isMp4(bytes) ? { kind: 'video', mimeType: 'video/mp4', extension: 'mp4' } : null;
  }
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) {
    return isWebm(bytes) ? { kind: 'video', mimeType: 'video/webm', extension: 'webm' } : null;
  }
  return null;
}
