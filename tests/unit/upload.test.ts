import { describe, expect, it } from 'vitest';
import { limitedFormData } from '#app/lib/upload.server.ts';

/** A multipart body sent in chunks with no Content-Length, as a client streaming an upload would. */
function streamed(bytes: number, chunk = 64 * 1024): { request: Request; read: () => number } {
  let sent = 0;
  const boundary = 'meridian-test';
  const head = new TextEncoder().encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\n`,
  );
  const tail = new TextEncoder().encode(`\r\n--${boundary}--\r\n`);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(head);
    },
    pull(controller) {
      if (sent >= bytes) {
        controller.enqueue(tail);
        controller.close();
        return;
      }
      const n = Math.min(chunk, bytes - sent);
      sent += n;
      controller.enqueue(new Uint8Array(n).fill(97));
    },
  });
  const request = new Request('https://shop.test/upload', {
    method: 'POST',
    body,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    duplex: 'half',
  } as RequestInit);
  return { request, read: () => sent };
}

describe('limitedFormData', () => {
  it('parses a body under the limit', async () => {
    const { request } = streamed(10_000);
    const form = await limitedFormData(request, 1_000_000);
    expect((form?.get('file') as File).size).toBe(10_000);
  });

  it('stops reading a chunked body once it passes the limit, whatever Content-Length says', async () => {
    const { request, read } = streamed(50_000_000);
    expect(await limitedFormData(request, 1_000_000)).toBeNull();
    expect(read()).toBeLessThan(2_000_000);
  });

  it('refuses at once when Content-Length already says too much', async () => {
    const request = new Request('https://shop.test/upload', {
      method: 'POST',
      body: 'x',
      headers: { 'content-length': '5000000' },
    });
    expect(await limitedFormData(request, 1_000_000)).toBeNull();
  });
});
