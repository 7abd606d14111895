/**
 * Image bytes for the returns tests: a JPEG carrying an EXIF block with GPS coordinates (as a
 * phone camera writes it), a PNG with text chunks, and things that only pretend to be images.
 */

/**
 * A JPEG's segment structure (SOI, JFIF APP0, DQT, SOF0, DHT, SOS with scan data, EOI): what the
 * metadata stripper walks. The browser tests upload real camera-like JPEGs drawn by Chromium.
 */
export const TINY_JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8]),
  segment(0xe0, [...Buffer.from('JFIF\0', 'binary'), 1, 1, 0, 0, 1, 0, 1, 0, 0]),
  segment(0xdb, [0, ...new Array<number>(64).fill(1)]),
  segment(0xc0, [8, 0, 1, 0, 1, 1, 1, 0x11, 0]),
  segment(0xc4, [0, ...new Array<number>(16).fill(0).map((_, i) => (i === 0 ? 1 : 0)), 0]),
  Buffer.from([0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00, 0xd2, 0xcf, 0x20, 0xff, 0xd9]),
]);

function segment(marker: number, body: number[]): Buffer {
  const length = body.length + 2;
  return Buffer.from([0xff, marker, (length >> 8) & 0xff, length & 0xff, ...body]);
}

/** An APP1 Exif segment whose IFD0 points to a GPS IFD holding a latitude reference 'N' and the marker text. */
export function exifWithGps(marker = 'GPS-SECRET'): Uint8Array {
  const tiff: number[] = [];
  const le16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
  const le32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
  // TIFF header, IFD0 at 8 with one entry: GPSInfo (0x8825) → GPS IFD at 26.
  tiff.push(0x49, 0x49, 0x2a, 0x00, ...le32(8));
  tiff.push(...le16(1), ...le16(0x8825), ...le16(4), ...le32(1), ...le32(26), ...le32(0));
  // GPS IFD: GPSLatitudeRef 'N', GPSProcessingMethod pointing at the marker text.
  const text = [...Buffer.from(marker, 'ascii')];
  tiff.push(...le16(2));
  tiff.push(...le16(0x0001), ...le16(2), ...le32(2), 0x4e, 0x00, 0x00, 0x00);
  tiff.push(...le16(0x001b), ...le16(7), ...le32(text.length), ...le32(56));
  tiff.push(...le32(0));
  tiff.push(...text);
  const body = [...Buffer.from('Exif\0\0', 'binary'), ...tiff];
  const length = body.length + 2;
  return Uint8Array.from([0xff, 0xe1, (length >> 8) & 0xff, length & 0xff, ...body]);
}

/** A JPEG with GPS EXIF inserted right after its start-of-image marker. */
export function jpegWithGps(jpeg: Uint8Array = TINY_JPEG, marker?: string): Uint8Array {
  return Buffer.concat([jpeg.subarray(0, 2), exifWithGps(marker), jpeg.subarray(2)]);
}

/** A 1×1 PNG with a tEXt chunk ("Location" → the marker) before its image data. */
export function pngWithText(marker = 'PNG-SECRET'): Uint8Array {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII=',
    'base64',
  );
  const data = Buffer.from(`Location\0${marker}`, 'latin1');
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write('tEXt', 4, 'ascii');
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(Buffer.concat([Buffer.from('tEXt'), data])), 8 + data.length);
  // After IHDR (8 + 25 bytes).
  return Buffer.concat([png.subarray(0, 33), chunk, png.subarray(33)]);
}

function crc32(buf: Uint8Array): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

export const containsText = (bytes: Uint8Array, text: string) =>
  Buffer.from(bytes).includes(Buffer.from(text));
