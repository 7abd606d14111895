import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripNul } from '#app/lib/strip-nul.ts';

const through = async (chunks: (Buffer | string)[]) => {
  const out: Buffer[] = [];
  for await (const chunk of Readable.from(chunks).pipe(stripNul())) out.push(chunk as Buffer);
  return Buffer.concat(out).toString('utf8');
};

describe('stripNul', () => {
  it('drops NUL bytes and keeps every other character, split across chunks anywhere', async () => {
    expect(await through(['33,31 \0\0€', '<b>\0</b>'])).toBe('33,31 €<b></b>');
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme' }),
        fc.integer({ min: 0, max: 64 }),
        async (text, cut) => {
          const withNul = Buffer.from([...text.replaceAll('\0', '')].join('\0'));
          const at = Math.min(cut, withNul.length);
          expect(await through([withNul.subarray(0, at), withNul.subarray(at)])).toBe(
            text.replaceAll('\0', ''),
          );
        },
      ),
    );
  });

  it('passes a chunk without NUL on as it is', async () => {
    const chunk = Buffer.from('<p>日本語 ¥9,980</p>');
    const out: Buffer[] = [];
    for await (const c of Readable.from([chunk]).pipe(stripNul())) out.push(c as Buffer);
    expect(out[0]).toBe(chunk);
  });
});
