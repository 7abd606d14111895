import { deflateSync, crc32 } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { mediaFiles, mediaRenditions } from '#app/db/schema/index.ts';
import { MediaError, loadMedia, storeImage } from '#app/modules/media/media.server.ts';
import { loader as mediaLoader } from '#app/routes/media.$file.ts';
import { createTestDb } from '#tests/support/test-db.ts';

let db: DbHandle;
beforeAll(async () => {
  db = await createTestDb('empty');
});
afterAll(async () => db?.close());

const gradient = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } }).composite([
    {
      input: Buffer.from(
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><circle cx="${width / 2}" cy="${height / 2}" r="${Math.min(width, height) / 3}" fill="#2a6"/></svg>`,
      ),
    },
  ]);

async function png(width: number, height: number): Promise<Uint8Array> {
  return new Uint8Array(await gradient(width, height).png().toBuffer());
}

/** A JPEG carrying EXIF with a GPS position and a camera name, rotated by its orientation tag. */
async function jpegWithExif(): Promise<Uint8Array> {
  const buf = await gradient(1600, 900)
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: 'SecretCam', Model: 'Spy 3000' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 31/1 0/1' },
    })
    .toBuffer();
  return new Uint8Array(buf);
}

function chunk(type: string, data: Uint8Array): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A few hundred bytes that declare a 30000 × 30000 pixel image (a decompression bomb). */
function pngBomb(): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(30000, 0);
  ihdr.writeUInt32BE(30000, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const idat = deflateSync(Buffer.alloc(30001 * 4));
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', idat),
      chunk('IEND', new Uint8Array()),
    ]),
  );
}

async function counts() {
  const files = await db.db.select().from(mediaFiles);
  const renditions = await db.db.select({ mediaId: mediaRenditions.mediaId }).from(mediaRenditions);
  return { files: files.length, renditions: renditions.length };
}

async function refusal(bytes: Uint8Array): Promise<string> {
  const before = await counts();
  const error = await storeImage(db.db, bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MediaError);
  expect(await counts()).toEqual(before);
  return (error as MediaError).code;
}

async function renditionsOf(id: number) {
  const rows = await db.db.select().from(mediaRenditions);
  return Promise.all(
    rows
      .filter((r) => r.mediaId === id)
      .sort((a, b) => a.width - b.width)
      .map(async (r) => ({ key: r.width, meta: await sharp(r.bytes).metadata() })),
  );
}

function get(name: string) {
  return mediaLoader({
    params: { file: name },
    request: new Request(`http://shop.test/media/${name}`),
  } as never) as Promise<Response>;
}

describe('storeImage', () => {
  it('stores a PNG as three WebP renditions, never upscaled', async () => {
    const file = await storeImage(db.db, await png(1000, 500), { alt: 'Linen weave' });
    expect(file).toMatchObject({ alt: 'Linen weave', width: 1000, height: 500 });
    expect(file.src).toMatch(new RegExp(`^/media/${file.id}-[0-9a-f]{16}$`));
    const r = await renditionsOf(file.id);
    expect(r.map((x) => [x.key, x.meta.format, x.meta.width, x.meta.height])).toEqual([
      [400, 'webp', 400, 200],
      [800, 'webp', 800, 400],
      [1200, 'webp', 1000, 500],
    ]);
    expect(await loadMedia(db.db, [file.id, 999_999])).toEqual(new Map([[file.id, file]]));
  });

  it('strips EXIF (camera, GPS) and applies the orientation', async () => {
    const bytes = await jpegWithExif();
    expect((await sharp(bytes).metadata()).exif).toBeDefined();
    const file = await storeImage(db.db, bytes);
    // Orientation 6 turns the 1600 × 900 landscape into a 900 × 1600 portrait.
    expect(file).toMatchObject({ width: 900, height: 1600 });
    for (const { meta } of await renditionsOf(file.id)) {
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
    }
    const stored = await db.db.select().from(mediaRenditions);
    for (const r of stored) expect(Buffer.from(r.bytes).includes('SecretCam')).toBe(false);
  });

  it('rasterizes SVG and keeps none of its markup', async () => {
    const svg = new TextEncoder().encode(
      `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="300" height="150"><script>alert(1)</script><rect width="300" height="150" fill="#c33"/></svg>`,
    );
    const file = await storeImage(db.db, svg, { alt: 'Logo' });
    expect(file).toMatchObject({ width: 300, height: 150 });
    const r = await renditionsOf(file.id);
    expect(r.map((x) => x.meta.format)).toEqual(['webp', 'webp', 'webp']);
    const bytes = (await db.db.select().from(mediaRenditions)).filter((x) => x.mediaId === file.id);
    for (const b of bytes) expect(Buffer.from(b.bytes).includes('script')).toBe(false);
  });

  it('accepts WebP and GIF (first frame)', async () => {
    const webp = new Uint8Array(await gradient(64, 64).webp().toBuffer());
    const gif = new Uint8Array(await gradient(48, 32).gif().toBuffer());
    expect(await storeImage(db.db, webp)).toMatchObject({ width: 64, height: 64 });
    expect(await storeImage(db.db, gif)).toMatchObject({ width: 48, height: 32 });
  });

  it('dedupes the same pixels: the existing file comes back and nothing new is written', async () => {
    const bytes = await png(640, 480);
    const first = await storeImage(db.db, bytes, { alt: 'first' });
    const before = await counts();
    const again = await storeImage(db.db, bytes, { alt: 'second' });
    expect(again).toEqual(first);
    expect(await counts()).toEqual(before);
  });

  it('refuses what is not an image, is broken, or is too big, writing nothing', async () => {
    expect(await refusal(new TextEncoder().encode('hello, this is a text file\n'))).toBe('unsupported');
    expect(await refusal(new Uint8Array())).toBe('unsupported');
    const realPng = await png(100, 100);
    const corrupt = realPng.slice(0, 60);
    expect(await refusal(corrupt)).toBe('corrupt');
    const garbage = new Uint8Array(500).fill(7);
    garbage.set([0xff, 0xd8, 0xff], 0);
    expect(await refusal(garbage)).toBe('corrupt');
    // A PDF renamed .png: sharp is never asked to guess.
    expect(await refusal(new TextEncoder().encode('%PDF-1.7\n1 0 obj'))).toBe('unsupported');
    const huge = new Uint8Array(10 * 1024 * 1024 + 1);
    huge.set(realPng);
    expect(await refusal(huge)).toBe('too_large');
    expect(await refusal(pngBomb())).toBe('too_large');
    const svgBomb = new TextEncoder().encode(
      '<svg xmlns="http://www.w3.org/2000/svg" width="50000" height="50000"><rect width="10" height="10"/></svg>',
    );
    expect(await refusal(svgBomb)).toBe('too_large');
    const entities = new TextEncoder().encode(
      '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">]><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>&a;</text></svg>',
    );
    expect(await refusal(entities)).toBe('unsupported');
  });
});

describe('/media/<id>-<digest16>-<width>.webp', () => {
  it('serves each rendition as immutable WebP that is never sniffed', async () => {
    const file = await storeImage(db.db, await png(900, 300));
    const name = file.src.replace('/media/', '');
    for (const width of [400, 800, 1200]) {
      const res = await get(`${name}-${width}.webp`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/webp');
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      const meta = await sharp(new Uint8Array(await res.arrayBuffer())).metadata();
      expect([meta.format, meta.width]).toEqual(['webp', Math.min(width, 900)]);
    }
  });

  it('404s a wrong digest, width, id or shape', async () => {
    const file = await storeImage(db.db, await png(120, 120));
    const [, id, digest] = /^\/media\/(\d+)-([0-9a-f]{16})$/.exec(file.src)!;
    const wrongDigest = digest!.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    for (const name of [
      `${id}-${wrongDigest}-400.webp`,
      `${id}-${digest}-600.webp`,
      `${Number(id) + 1000}-${digest}-400.webp`,
      `${id}-${digest}-400.png`,
      `${id}-${digest!.toUpperCase()}-400.webp`,
      `0${id}-${digest}-400.webp`,
      `99999999999-${digest}-400.webp`,
      `${id}-${digest}-400.webp/../x`,
      '',
    ]) {
      const res = await get(name);
      expect(res.status, name).toBe(404);
    }
  });
});
