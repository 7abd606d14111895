import { describe, expect, it } from 'vitest';
import { mediaSrc, parseMediaFileName } from '#app/modules/media/core/media-file-name.ts';
import { sniffMediaFormat, svgHasEntities } from '#app/modules/media/core/sniff.ts';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('sniffMediaFormat', () => {
  it('reads the format from the first bytes, whatever the name or declared type', () => {
    expect(sniffMediaFormat(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniffMediaFormat(bytes([0x89], 'PNG\r\n', [0x1a, 0x0a]))).toBe('png');
    expect(sniffMediaFormat(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))).toBe('webp');
    expect(sniffMediaFormat(bytes('GIF89a'))).toBe('gif');
    expect(sniffMediaFormat(bytes('GIF87a'))).toBe('gif');
  });

  it('knows SVG behind a BOM, an XML declaration, comments and a doctype, and nothing else', () => {
    expect(sniffMediaFormat(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('svg');
    expect(
      sniffMediaFormat(
        bytes(
          '\uFEFF <?xml version="1.0" encoding="UTF-8"?>\n<!-- logo -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x">\n<svg>',
        ),
      ),
    ).toBe('svg');
    for (const text of [
      '<html><svg></svg></html>',
      '<svgx>',
      'hello',
      '%PDF-1.7',
      '<?xml version="1.0"?><rss>',
      '',
    ])
      expect(sniffMediaFormat(bytes(text)), text).toBeNull();
    expect(sniffMediaFormat(bytes('RIFF', [0, 0, 0, 0], 'WAVE'))).toBeNull();
  });

  it('flags SVG that declares entities', () => {
    expect(svgHasEntities(bytes('<!DOCTYPE svg [<!ENTITY x "y">]><svg/>'))).toBe(true);
    expect(svgHasEntities(bytes('<svg><text>&amp;</text></svg>'))).toBe(false);
  });
});

describe('media file names', () => {
  it('round-trips the names mediaSrc makes, and only those', () => {
    const digest = 'ab'.repeat(32);
    expect(mediaSrc(42, digest)).toBe('/media/42-abababababababab');
    expect(parseMediaFileName('42-abababababababab-800.webp')).toEqual({
      id: 42,
      digest16: 'abababababababab',
      width: 800,
    });
    for (const name of [
      '42-abababababababab-801.webp',
      '42-ABABABABABABABAB-800.webp',
      '042-abababababababab-800.webp',
      '0-abababababababab-800.webp',
      '42-abababababababa-800.webp',
      '42-abababababababab-800.png',
      '42-abababababababab-800.webp.html',
      '9999999999-abababababababab-800.webp',
      '../42-abababababababab-800.webp',
    ])
      expect(parseMediaFileName(name), name).toBeNull();
  });
});
