import { XMLParser, XMLValidator } from 'fast-xml-parser';
import {
  splitUnitId,
  type ExchangeFile,
  type ExchangeUnit,
  type ImportProblem,
  type ParseResult,
} from './exchange.ts';

/**
 * XLIFF 2.0 (OASIS) exchange of SEO fields, plain text only (no inline codes).
 *
 * Unit ids: XLIFF requires `unit/@id` to be an NMTOKEN, and "gid://…#field" is not one, so units get
 * sequential ids (u1, u2, …) and the real unit id travels in `unit/@name`. Import ignores `@id` and keys on `@name`.
 * The source digest and max length travel as metadata-module (mda) entries in category "meridian".
 */
const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';
const MDA_NS = 'urn:oasis:names:tc:xliff:metadata:2.0';
const CATEGORY = 'meridian';

// XML 1.0 Char production; anything else cannot appear in a document, even as a character reference.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const NOT_XML_CHARS = new RegExp(NOT_XML_CHAR.source, 'gu');

/** Characters XML cannot carry become U+FFFD (the digest still describes the stored source). */
function clean(text: string): string {
  return text.replace(NOT_XML_CHARS, '\uFFFD');
}

// CR must be a reference or XML line-end normalisation turns it into LF.
function escText(text: string): string {
  return clean(text).replace(
    /[&<>\r]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' })[c]!,
  );
}

// Attribute values are also whitespace-normalised by XML parsers, so tab and newlines become references.
function escAttr(text: string): string {
  return clean(text).replace(/[&<>"\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** xml:space="preserve" when a whitespace-collapsing reader could change the text. */
function space(text: string): string {
  return /^\s|\s$|\s\s|[\t\n\r]/.test(text) ? ' xml:space="preserve"' : '';
}

/** One unit's XML; n numbers it within the file (unit ids must be NMTOKENs; the real id is its name). */
export function xliffUnit(u: ExchangeUnit, n: number): string {
  const meta =
    `<mda:meta type="sourceDigest">${escText(u.sourceDigest)}</mda:meta>` +
    (u.maxLength != null ? `<mda:meta type="maxLength">${u.maxLength}</mda:meta>` : '');
  const notes =
    u.note != null ? `      <notes><note${space(u.note)}>${escText(u.note)}</note></notes>\n` : '';
  const target = u.target != null ? `<target${space(u.target)}>${escText(u.target)}</target>` : '';
  const state = u.target != null ? ' state="translated"' : '';
  return (
    `    <unit id="u${n}" name="${escAttr(u.id)}">\n` +
    `      <mda:metadata><mda:metaGroup category="${CATEGORY}">${meta}</mda:metaGroup></mda:metadata>\n` +
    notes +
    `      <segment${state}><source${space(u.source)}>${escText(u.source)}</source>${target}</segment>\n` +
    '    </unit>\n'
  );
}

/** The document up to the first unit; with xliffUnit and XLIFF_TAIL a big file can be streamed. */
export function xliffHead(languages: Pick<ExchangeFile, 'sourceLanguage' | 'targetLanguage'>): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<xliff xmlns="${XLIFF_NS}" xmlns:mda="${MDA_NS}" version="2.0" srcLang="${escAttr(languages.sourceLanguage)}" trgLang="${escAttr(languages.targetLanguage)}">\n` +
    '  <file id="meridian-seo">\n'
  );
}

export const XLIFF_TAIL = '  </file>\n</xliff>\n';

export function toXliff(file: ExchangeFile): string {
  return xliffHead(file) + file.units.map((u, i) => xliffUnit(u, i + 1)).join('') + XLIFF_TAIL;
}

// --- parsing -----------------------------------------------------------------------------------

type XNode = Record<string, unknown>;
interface El {
  ns: string;
  local: string;
  attrs: Record<string, string>;
  children: XNode[];
  scope: Map<string, string>;
  line?: number;
}

const META = XMLParser.getMetaDataSymbol() as unknown as symbol;
// Entities are decoded here, not by the parser: only the five XML ones and character references exist
// without a DTD, and an unknown one (an HTML &nbsp;) must be an error, not literal text.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  preserveOrder: true,
  processEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
  ignorePiTags: true,
  captureMetaData: true,
});
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };

class Reader {
  problems: ImportProblem[] = [];
  private lineStarts: number[] = [0];

  constructor(xml: string) {
    for (let i = 0; i < xml.length; i++) {
      if (xml[i] === '\n' || (xml[i] === '\r' && xml[i + 1] !== '\n')) this.lineStarts.push(i + 1);
    }
  }

  lineAt(index: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  problem(
    code: ImportProblem['code'],
    unitId: string | null,
    line: number | undefined,
    params?: ImportProblem['params'],
  ) {
    this.problems.push({ unitId, code, ...(line != null ? { line } : {}), ...(params ? { params } : {}) });
  }

  decode(raw: string, line: number | undefined): string {
    return raw.replace(/&([^&;]*);|&/g, (_m, ref: string | undefined) => {
      const named = ref != null ? NAMED[ref] : undefined;
      if (named) return named;
      const num = ref != null ? /^#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}))$/.exec(ref) : null;
      const cp = num ? parseInt(num[1] ?? num[2]!, num[1] ? 16 : 10) : NaN;
      const ch = cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
      if (ch && !NOT_XML_CHAR.test(ch)) return ch;
      this.problem('malformedXml', null, line, { reason: `&${ref ?? ''}` });
      return '';
    });
  }

  /** Element children with namespaces resolved; text, CDATA and comments are skipped. */
  elements(children: XNode[], scope: Map<string, string>): El[] {
    const out: El[] = [];
    for (const node of children) {
      const name = Object.keys(node).find((k) => k !== ':@');
      if (!name || name.startsWith('#')) continue;
      const meta = (node as Record<symbol, { startIndex?: number } | undefined>)[META];
      const line = meta?.startIndex != null ? this.lineAt(meta.startIndex) : undefined;
      const rawAttrs = (node[':@'] ?? {}) as Record<string, string>;
      const attrs: Record<string, string> = {};
      let inner = scope;
      for (const [k, v] of Object.entries(rawAttrs)) {
        if (v.includes('<')) this.problem('malformedXml', null, line, { reason: '<' });
        const value = this.decode(v, line);
        if (k === 'xmlns' || k.startsWith('xmlns:')) {
          if (inner === scope) inner = new Map(scope);
          inner.set(k === 'xmlns' ? '' : k.slice(6), value);
        } else attrs[k] = value;
      }
      const colon = name.indexOf(':');
      const prefix = colon > 0 ? name.slice(0, colon) : '';
      out.push({
        ns: inner.get(prefix) ?? '',
        local: name.slice(colon + 1),
        attrs,
        children: node[name] as XNode[],
        scope: inner,
        line,
      });
    }
    return out;
  }

  /** Plain text content; any child element (ph, pc, mrk…) is inline markup we do not support. */
  text(el: El, unitId: string | null): string {
    let out = '';
    for (const node of el.children) {
      if (typeof node['#text'] === 'string') out += this.decode(node['#text'], el.line);
      else if (Array.isArray(node['#cdata']))
        out += (node['#cdata'] as XNode[]).map((t) => String(t['#text'] ?? '')).join('');
    }
    const inline = this.elements(el.children, el.scope)[0];
    if (inline) this.problem('inlineMarkup', unitId, inline.line ?? el.line, { element: inline.local });
    return out;
  }

  unit(el: El): ExchangeUnit | null {
    const name = el.attrs.name;
    if (name == null || name === '') {
      this.problem('missingUnitName', null, el.line);
      return null;
    }
    const key = splitUnitId(name);
    if (!key) {
      this.problem('unknownUnit', name, el.line);
      return null;
    }
    const unit: ExchangeUnit = {
      id: name,
      ...key,
      source: '',
      sourceDigest: '',
      target: null,
      ...(el.line != null ? { line: el.line } : {}),
    };
    const parts: { source: string; target: string | null; ignorable: boolean }[] = [];
    for (const child of this.elements(el.children, el.scope)) {
      if (child.ns === MDA_NS && child.local === 'metadata') this.metadata(child, unit);
      else if (child.ns !== XLIFF_NS) continue;
      else if (child.local === 'notes') {
        const notes = this.elements(child.children, child.scope).filter(
          (n) => n.ns === XLIFF_NS && n.local === 'note',
        );
        if (notes.length) unit.note = notes.map((n) => this.text(n, name)).join('\n');
      } else if (child.local === 'segment' || child.local === 'ignorable') {
        const inner = this.elements(child.children, child.scope).filter((n) => n.ns === XLIFF_NS);
        const source = inner.find((n) => n.local === 'source');
        const target = inner.find((n) => n.local === 'target');
        parts.push({
          source: source ? this.text(source, name) : '',
          target: target ? this.text(target, name) : null,
          ignorable: child.local === 'ignorable',
        });
      }
    }
    // Several segments (and ignorables between them) make one text, in document order.
    // An ignorable without a target stands for itself in the target.
    unit.source = parts.map((p) => p.source).join('');
    const segments = parts.filter((p) => !p.ignorable);
    const translated = segments.filter((p) => p.target != null).length;
    if (translated > 0 && translated < segments.length) this.problem('partialTarget', name, el.line);
    else if (translated > 0) unit.target = parts.map((p) => p.target ?? p.source).join('');
    return unit;
  }

  metadata(el: El, unit: ExchangeUnit) {
    for (const group of this.elements(el.children, el.scope)) {
      if (group.ns !== MDA_NS || group.local !== 'metaGroup' || group.attrs.category !== CATEGORY) continue;
      for (const meta of this.elements(group.children, group.scope)) {
        if (meta.ns !== MDA_NS || meta.local !== 'meta') continue;
        const value = this.text(meta, unit.id);
        if (meta.attrs.type === 'sourceDigest') unit.sourceDigest = value;
        // Informational only (the stored limit is what import checks), so a mangled value is dropped.
        else if (meta.attrs.type === 'maxLength' && /^\d{1,9}$/.test(value)) unit.maxLength = Number(value);
      }
    }
  }

  /** Units of a file or group, nested groups included, in document order. */
  units(el: El, out: ExchangeUnit[]) {
    for (const child of this.elements(el.children, el.scope)) {
      if (child.ns !== XLIFF_NS) continue;
      if (child.local === 'group') this.units(child, out);
      else if (child.local === 'unit') {
        const u = this.unit(child);
        if (u) out.push(u);
      }
    }
  }
}

export function parseXliff(input: string): ParseResult {
  const xml = input.replace(/^\uFEFF/, '');
  const reader = new Reader(xml);
  const malformed = (index: number, reason: string): ParseResult => ({
    ok: false,
    problems: [{ unitId: null, code: 'malformedXml', line: reader.lineAt(index), params: { reason } }],
  });
  // No DTDs at all: entity declarations are how XXE and "billion laughs" attacks get in.
  const dtd = /<!(DOCTYPE|ENTITY)/i.exec(xml);
  if (dtd) return malformed(dtd.index, dtd[1]!.toUpperCase());
  const bad = NOT_XML_CHAR.exec(xml);
  if (bad)
    return malformed(bad.index, `U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    return {
      ok: false,
      problems: [
        { unitId: null, code: 'malformedXml', line: valid.err.line, params: { reason: valid.err.msg } },
      ],
    };

  let parsed: XNode[];
  try {
    parsed = parser.parse(xml) as XNode[];
  } catch (error) {
    // The parser has its own limits (nesting depth, …): over them the file is refused, not a 500.
    return malformed(0, error instanceof Error ? error.message.slice(0, 200) : 'parse');
  }
  const roots = reader.elements(parsed, new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]));
  if (roots.length !== 1) return malformed(0, 'root');
  const root = roots[0]!;
  if (root.ns !== XLIFF_NS || root.local !== 'xliff' || !/^2\.\d+$/.test(root.attrs.version ?? '')) {
    return {
      ok: false,
      problems: [{ unitId: null, code: 'notXliff2', ...(root.line != null ? { line: root.line } : {}) }],
    };
  }
  const units: ExchangeUnit[] = [];
  for (const file of reader.elements(root.children, root.scope)) {
    if (file.ns === XLIFF_NS && file.local === 'file') reader.units(file, units);
  }
  if (reader.problems.length) return { ok: false, problems: reader.problems };
  return {
    ok: true,
    file: { sourceLanguage: root.attrs.srcLang ?? '', targetLanguage: root.attrs.trgLang ?? '', units },
  };
}
