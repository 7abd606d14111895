/**
 * A user-supplied path made safe to redirect to: same site only (no "//host", scheme or
 * backslash), percent-encoded as the URL parser does (so "/é" stays "/%C3%A9" and CR/LF or tabs
 * cannot reach a Location header), and under `prefix`; anything else becomes `fallback`.
 */
export function sameSitePath(path: string | null | undefined, fallback: string, prefix = '/'): string {
  if (!path || !path.startsWith('/') || path.startsWith('//') || path.includes('\\') || path.length > 2000)
    return fallback;
  const base = 'http://same-site.invalid';
  let url: URL;
  try {
    url = new URL(path, base);
  } catch {
    return fallback;
  }
  const out = url.pathname + url.search;
  if (url.origin !== base || out.startsWith('//') || !out.startsWith(prefix)) return fallback;
  return out;
}
