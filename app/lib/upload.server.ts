/**
 * A request body read with a byte limit: Content-Length can be absent (chunked) or lie, and
 * request.formData() or text() would buffer whatever arrives. Each returns null once the limit
 * is passed, without reading further.
 */
export async function limitedBytes(request: Request, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes) return null;
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    body.set(c, offset);
    offset += c.byteLength;
  }
  return body;
}

export async function limitedFormData(request: Request, maxBytes: number): Promise<FormData | null> {
  if (!request.body) return request.formData();
  const body = await limitedBytes(request, maxBytes);
  if (!body) return null;
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: body as Uint8Array<ArrayBuffer>,
  }).formData();
}

export async function limitedText(request: Request, maxBytes: number): Promise<string | null> {
  const body = await limitedBytes(request, maxBytes);
  return body && new TextDecoder().decode(body);
}
