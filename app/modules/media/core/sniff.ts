/**
 * The format of uploaded image bytes, read from the bytes themselves: a client's declared type
 * or file name says nothing about what an image library will be asked to parse.
 */
export type MediaFormat = 'png' | 'jpeg' | 'webp' | 'gif' | 'svg';

function ascii(b: Uint8Array, at: number, length: number): string {
  return String.fromCharCode(...b.subarray(at, at + length));
}

/** An SVG document: optional BOM, XML declaration, comments and doctype, then the <svg> root. */
const SVG_START =
  /^\uFEFF?\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:(?:<!--[\s\S]*?-->|<!DOCTYPE[^>[]{0,300}>)\s*)*<svg[\s>/]/;

export function sniffMediaFormat(b: Uint8Array): MediaFormat | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v))
    return 'png';
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return 'webp';
  if (b.length >= 6 && (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a')) return 'gif';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(b.subarray(0, 4096));
  if (SVG_START.test(head)) return 'svg';
  return null;
}

/**
 * SVG that declares entities (the "billion laughs" expansion, external entities) is refused
 * outright: logos and swatches never need them.
 */
export function svgHasEntities(b: Uint8Array): boolean {
  return /<!ENTITY/i.test(new TextDecoder('utf-8', { fatal: false }).decode(b));
}
