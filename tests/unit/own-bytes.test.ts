import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownBytes } from '#app/lib/own-bytes.ts';

describe('ownBytes', () => {
  it('copies a view out of a larger block into a block of its own size, bytes unchanged', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.nat(4000), (content, offset) => {
        const block = Buffer.alloc(offset + content.length + 100);
        block.set(content, offset);
        const view = block.subarray(offset, offset + content.length);
        const own = ownBytes(view);
        expect(own.buffer.byteLength).toBe(content.length);
        expect(own.equals(Buffer.from(content))).toBe(true);
      }),
    );
  });

  it('keeps a small pooled Buffer out of the pool', () => {
    const pooled = Buffer.from('a small Storefront API answer');
    expect(pooled.buffer.byteLength).toBeGreaterThan(pooled.length);
    expect(ownBytes(pooled).buffer.byteLength).toBe(pooled.length);
  });

  it('does not copy bytes that already have their block to themselves', () => {
    const alone = new Uint8Array(new ArrayBuffer(16));
    expect(ownBytes(alone).buffer).toBe(alone.buffer);
  });
});
