import { request as httpRequest } from 'node:http';

/**
 * One HTTP request with the path sent byte for byte (fetch would normalise `..`, encode and
 * validate it), for requests no browser sends: the edge tests and the route fuzz suite.
 */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  sent: number;
}

/** One request; a body of `chunks` × `chunkSize` bytes is streamed (chunked unless a length is declared). */
export function rawRequest(
  baseURL: string,
  method: string,
  path: string,
  options: {
    headers?: Record<string, string>;
    body?: string | Uint8Array;
    chunks?: number;
    chunkSize?: number;
  } = {},
): Promise<RawResponse> {
  // Host and port from the base only: a path such as //evil.example must not move the request.
  const url = new URL(baseURL);
  return new Promise((resolve, reject) => {
    let sent = 0;
    const req = httpRequest(
      { host: url.hostname, port: url.port, method, path, headers: options.headers ?? {} },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body, sent }));
      },
    );
    // The server may close the connection while a refused body is still being sent: status 0.
    req.on('error', (e: NodeJS.ErrnoException) =>
      e.code === 'EPIPE' || e.code === 'ECONNRESET'
        ? resolve({ status: 0, headers: {}, body: '', sent })
        : reject(e),
    );
    if (options.body !== undefined) {
      req.end(options.body);
      return;
    }
    const chunk = Buffer.alloc(options.chunkSize ?? 64 * 1024, 'a');
    let left = options.chunks ?? 0;
    const pump = () => {
      while (left > 0) {
        left--;
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    // Stop sending once the answer has come (the server closes the connection after a 413).
    req.on('response', () => (left = 0));
    req.on('error', () => (left = 0));
    pump();
  });
}
