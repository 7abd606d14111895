/**
 * A copy of `bytes` in a memory block of its own, for a cache to keep. A Buffer is often a view
 * into a larger block: Node's 8 KB pool for small ones, a fetch body's 64 KB chunk (what
 * @whatwg-node's arrayBuffer() returns), a compressor's output chunk. Keeping the view keeps the
 * whole block: 1.5 KB Storefront API answers held 64 KB each, and the caches grew far past their
 * byte limits in the soak. allocUnsafeSlow never takes from the pool.
 */
export function ownBytes(bytes: Uint8Array): Buffer {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength)
    return Buffer.from(bytes.buffer, 0, bytes.byteLength); // already alone in its block: no copy
  const out = Buffer.allocUnsafeSlow(bytes.byteLength);
  out.set(bytes);
  return out;
}
