import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** What a page asks the browser to load and run before it is interactive, read from its HTML. */
export interface PageScripts {
  /** Same-origin JavaScript URLs (paths) the HTML loads at once: module scripts, modulepreloads, and imports in inline modules. */
  modules: string[];
  /** UTF-8 bytes of inline executable <script> content (hydration data, the route manifest, bootstrap code). */
  inlineScriptBytes: number;
  /**
   * Of those, the hydration data: React Router's `window.__reactRouterContext` and its stream chunks,
   * which carry the loaders' data (as the e2e budget counts it; the manifest and bootstrap are apart).
   */
  hydrationBytes: number;
  /** UTF-8 bytes of inline JSON-LD: structured data for search engines, not run by the page. */
  jsonLdBytes: number;
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const ATTR = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');
const attr = (attrs: string, name: string) => {
  const m = ATTR(name).exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : null;
};
/** `import x from "/a.js"`, `import "/a.js"`, `import("/a.js")` with a root-relative specifier. */
const IMPORT = /\bimport\s*(?:[\w*{}\s,$]+?\s*from\s*)?\(?\s*["'](\/[^"']+)["']/g;

export function pageScripts(html: string): PageScripts {
  const modules = new Set<string>();
  let inlineScriptBytes = 0;
  let hydrationBytes = 0;
  let jsonLdBytes = 0;
  for (const [, attrs = '', body = ''] of html.matchAll(SCRIPT)) {
    const type = (attr(attrs, 'type') ?? '').toLowerCase();
    const src = attr(attrs, 'src');
    if (src) {
      if (src.startsWith('/') && !src.startsWith('//')) modules.add(src);
    } else if (type === 'application/ld+json') {
      jsonLdBytes += Buffer.byteLength(body);
    } else if (type === '' || type === 'module' || type === 'text/javascript') {
      inlineScriptBytes += Buffer.byteLength(body);
      if (body.includes('window.__reactRouterContext')) hydrationBytes += Buffer.byteLength(body);
      if (type === 'module') for (const [, spec] of body.matchAll(IMPORT)) if (spec) modules.add(spec);
    }
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase();
    const href = attr(tag, 'href');
    if (rel === 'modulepreload' && href?.startsWith('/') && !href.startsWith('//')) modules.add(href);
  }
  return {
    modules: [...modules].map((m) => m.split(/[?#]/)[0]!),
    inlineScriptBytes,
    hydrationBytes,
    jsonLdBytes,
  };
}

export interface PageWeight extends PageScripts {
  /** Sum of each module's gzipped size (zlib default level, as a compressing server sends it). */
  jsGzipBytes: number;
  jsRawBytes: number;
  /** Modules found in neither the build nor over HTTP. */
  missing: string[];
}

/**
 * The first-load JavaScript of a page: each module the HTML references, read from the built
 * client directory (`clientDir` + URL path), else fetched from `origin`, and gzipped here.
 */
export async function pageWeight(html: string, clientDir: string, origin: string): Promise<PageWeight> {
  const scripts = pageScripts(html);
  let jsGzipBytes = 0;
  let jsRawBytes = 0;
  const missing: string[] = [];
  for (const url of scripts.modules) {
    const file = path.join(clientDir, decodeURIComponent(url));
    let bytes: Buffer | null = null;
    if (file.startsWith(clientDir + path.sep) && existsSync(file)) bytes = readFileSync(file);
    else {
      const res = await fetch(origin + url).catch(() => null);
      if (res?.ok) bytes = Buffer.from(await res.arrayBuffer());
    }
    if (!bytes) {
      missing.push(url);
      continue;
    }
    jsRawBytes += bytes.length;
    jsGzipBytes += gzipSync(bytes).length;
  }
  return { ...scripts, jsGzipBytes, jsRawBytes, missing };
}
