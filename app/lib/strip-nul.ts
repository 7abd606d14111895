import { Transform } from 'node:stream';

/**
 * A stream that drops NUL bytes. React 18.3's streaming renderer can emit stray `\0` bytes into
 * HTML (fixed only in React 19): "33,31 \0\0€" on a French review page, seen by shoppers without
 * JavaScript and by crawlers. HTML never holds NUL legitimately, and in UTF-8 a 0x00 byte is never
 * part of another character, so dropping it cannot damage text. Chunks without NUL pass untouched.
 */
export function stripNul(): Transform {
  return new Transform({
    transform(chunk: Buffer | string, _encoding, callback) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      if (!bytes.includes(0)) return callback(null, bytes);
      const out = Buffer.allocUnsafe(bytes.length);
      let n = 0;
      for (const byte of bytes) if (byte !== 0) out[n++] = byte;
      callback(null, out.subarray(0, n));
    },
  });
}
