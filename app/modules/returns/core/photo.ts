/**
 * Photos a shopper attaches to a return: the type is read from the bytes (never the name or the
 * declared type), the size is capped, and metadata that can identify a person or a place (EXIF
 * with GPS, XMP, IPTC, comments, text chunks) is removed before anything is stored. The pixels
 * and colour profile are kept byte for byte; nothing is re-encoded, so no image library (and no
 * native addon) is needed.
 */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;

export type PhotoType = 'image/jpeg' | 'image/png' | 'image/webp';

export type PhotoResult =
  | { ok: true; contentType: PhotoType; bytes: Uint8Array }
  | { ok: false; problem: 'photoType' | 'photoSize' | 'photoBroken' };

export function sniffPhotoType(b: Uint8Array): PhotoType | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v))
    return 'image/png';
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return 'image/webp';
  return null;
}

export function cleanPhoto(bytes: Uint8Array): PhotoResult {
  if (bytes.length > PHOTO_MAX_BYTES) return { ok: false, problem: 'photoSize' };
  const type = sniffPhotoType(bytes);
  if (!type) return { ok: false, problem: 'photoType' };
  const cleaned =
    type === 'image/jpeg' ? cleanJpeg(bytes) : type === 'image/png' ? cleanPng(bytes) : cleanWebp(bytes);
  return cleaned ? { ok: true, contentType: type, bytes: cleaned } : { ok: false, problem: 'photoBroken' };
}

function ascii(b: Uint8Array, at: number, length: number): string {
  return String.fromCharCode(...b.subarray(at, at + length));
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** JPEG: drops APP1 (EXIF, XMP), APP12–APP15 (IPTC and vendor blocks) and comments; keeps the rest. */
function cleanJpeg(b: Uint8Array): Uint8Array | null {
  const parts: Uint8Array[] = [b.subarray(0, 2)];
  let at = 2;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1]!;
    // Entropy-coded data starts after SOS and runs to EOI: copied as is.
    if (marker === 0xda) {
      parts.push(b.subarray(at));
      return concat(parts);
    }
    if (marker === 0xd9) {
      parts.push(b.subarray(at, at + 2));
      return concat(parts);
    }
    const length = (b[at + 2]! << 8) | b[at + 3]!;
    if (length < 2 || at + 2 + length > b.length) return null;
    const drop = marker === 0xe1 || (marker >= 0xec && marker <= 0xef) || marker === 0xfe;
    if (!drop) parts.push(b.subarray(at, at + 2 + length));
    at += 2 + length;
  }
  return null;
}

const PNG_DROP = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt', 'tIME']);

/** PNG: drops EXIF, text and time chunks; every kept chunk keeps its own CRC. */
function cleanPng(b: Uint8Array): Uint8Array | null {
  const parts: Uint8Array[] = [b.subarray(0, 8)];
  let at = 8;
  let ended = false;
  while (at + 12 <= b.length && !ended) {
    const length = ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + (b[at + 2]! << 8) + b[at + 3]!;
    const type = ascii(b, at + 4, 4);
    const end = at + 12 + length;
    if (end > b.length) return null;
    if (!PNG_DROP.has(type)) parts.push(b.subarray(at, end));
    ended = type === 'IEND';
    at = end;
  }
  return ended ? concat(parts) : null;
}

/** WebP: drops the EXIF and XMP chunks and clears their flags in VP8X; the RIFF size follows. */
function cleanWebp(b: Uint8Array): Uint8Array | null {
  const parts: Uint8Array[] = [];
  let at = 12;
  while (at + 8 <= b.length) {
    const type = ascii(b, at, 4);
    // Unsigned: a length with the top bit set must not turn negative and walk backwards.
    const length = (b[at + 4]! | (b[at + 5]! << 8) | (b[at + 6]! << 16) | (b[at + 7]! << 24)) >>> 0;
    const end = at + 8 + length + (length % 2);
    if (at + 8 + length > b.length) return null;
    if (type === 'VP8X') {
      const chunk = b.slice(at, Math.min(end, b.length));
      chunk[8] = chunk[8]! & ~(0x08 | 0x04);
      parts.push(chunk);
    } else if (type !== 'EXIF' && type !== 'XMP ') parts.push(b.subarray(at, Math.min(end, b.length)));
    at = end;
  }
  const body = concat(parts);
  const header = new Uint8Array(12);
  header.set(b.subarray(0, 12));
  const size = body.length + 4;
  header[4] = size & 0xff;
  header[5] = (size >> 8) & 0xff;
  header[6] = (size >> 16) & 0xff;
  header[7] = (size >>> 24) & 0xff;
  return concat([header, body]);
}
