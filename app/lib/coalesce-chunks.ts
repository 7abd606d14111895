import { Transform } from 'node:stream';

/**
 * Joins the chunks written in one turn of the event loop into one. React's streaming renderer
 * writes a page in many small pieces, and React Router's Node adapter flushes the response (and so
 * the compressor) after each piece: a brotli flush every few kilobytes cost more CPU than rendering
 * the page (docs/research/issue-17-page-profile.md) and compresses worse. A burst goes out whole at
 * setImmediate, so streaming is unchanged: the shell first, each deferred part when it resolves.
 */
export function coalesceChunks(): Transform {
  let pending: Buffer[] = [];
  let scheduled = false;
  const release = () => {
    scheduled = false;
    if (pending.length === 0) return;
    const chunk = pending.length === 1 ? pending[0]! : Buffer.concat(pending);
    pending = [];
    out.push(chunk);
  };
  const out = new Transform({
    transform(chunk: Buffer | string, _encoding, callback) {
      pending.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      if (!scheduled) {
        scheduled = true;
        setImmediate(release);
      }
      callback();
    },
    flush(callback) {
      release();
      callback();
    },
  });
  return out;
}
