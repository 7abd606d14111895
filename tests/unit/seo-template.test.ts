import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTemplate, renderTemplate, TEMPLATE_VARIABLES, type ParsedTemplate } from '#app/modules/seo/core/template.ts';

function parse(source: string, allowed: readonly string[] = TEMPLATE_VARIABLES.product): ParsedTemplate {
  const result = parseTemplate(source, allowed);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.template;
}
const render = (source: string, vars: Record<string, string | null | undefined>, locale = 'en') => renderTemplate(parse(source), vars, locale);
const HOSTILE = ['</script><script>alert(1)</script>', '"\'`', '-->', '<!--', '\u202eevil', '${process.exit()}', '{% raw %}', '&amp;'];

describe('parseTemplate', () => {
  it('parses variables and filters with optional whitespace', () => {
    const t = parse('{{product.title|truncate:60}} – {{ product.vendor | default: \'Meridian\' | upcase }}');
    expect(t.parts).toEqual([
      { kind: 'output', variable: 'product.title', filters: [{ name: 'truncate', length: 60 }] },
      { kind: 'text', text: ' – ' },
      { kind: 'output', variable: 'product.vendor', filters: [{ name: 'default', value: 'Meridian' }, { name: 'upcase' }] },
    ]);
  });

  it('reports every problem with stable codes', () => {
    const source = '{{ product.price }} {{ product.title | shout }} {{ shop.name | truncate: "x" }} {{ }} {{ shop.name | upcase: 2 }} {{ product.title';
    const result = parseTemplate(source, TEMPLATE_VARIABLES.product);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const tags = [...source.matchAll(/\{\{/g)].map((m) => m.index + 1); // 1-based positions of each "{{"
    expect(result.errors).toEqual([
      { code: 'unknownVariable', params: { name: 'product.price', position: tags[0] } },
      { code: 'unknownFilter', params: { name: 'shout', position: tags[1] } },
      { code: 'invalidFilterArgument', params: { filter: 'truncate', expected: 'integer', position: tags[2] } },
      { code: 'emptyTag', params: { position: tags[3] } },
      { code: 'invalidFilterArgument', params: { filter: 'upcase', expected: 'none', position: tags[4] } },
      { code: 'unclosedTag', params: { position: tags[5] } },
    ]);
    const tooLong = parseTemplate('x'.repeat(501), []);
    expect(tooLong).toEqual({ ok: false, errors: [{ code: 'templateTooLong', params: { length: 501, max: 500 } }] });
    expect(parseTemplate('{{ collection.title }}', TEMPLATE_VARIABLES.product)).toMatchObject({ ok: false, errors: [{ code: 'unknownVariable' }] });
    expect(parseTemplate('{{ shop.name shop.name }}', TEMPLATE_VARIABLES.home)).toMatchObject({ ok: false, errors: [{ code: 'invalidExpression' }] });
  });

  it('does not end a tag at "}}" inside a quoted argument', () => {
    expect(render('{{ product.vendor | default: "}} x" }}!', {})).toBe('}} x!');
  });
});

describe('renderTemplate', () => {
  it('renders values and trims separators left by empty ones', () => {
    const source = '{{ product.title }} – {{ product.vendor }} | {{ shop.name }}';
    expect(render(source, { 'product.title': 'Pullover', 'product.vendor': 'Lana', 'shop.name': 'Meridian' })).toBe('Pullover – Lana | Meridian');
    expect(render(source, { 'product.title': 'Pullover', 'shop.name': 'Meridian' })).toBe('Pullover | Meridian');
    expect(render(source, { 'product.vendor': 'Lana', 'shop.name': 'Meridian' })).toBe('Lana | Meridian');
    expect(render(source, { 'product.title': 'Pullover', 'product.vendor': null })).toBe('Pullover');
    expect(render('{{ product.type }}, {{ product.vendor }} · {{ shop.name }}', { 'product.vendor': 'Lana', 'shop.name': 'M' })).toBe('Lana · M');
    expect(render('T-Shirt - 2-Pack  |  {{ shop.name }}', { 'shop.name': ' M ' })).toBe('T-Shirt - 2-Pack | M');
  });

  it('applies filters by locale and counts graphemes', () => {
    expect(render('{{ shop.name | upcase }}', { 'shop.name': 'istanbul' }, 'tr')).toBe('İSTANBUL');
    expect(render('{{ shop.name | downcase }}', { 'shop.name': 'ISTANBUL' }, 'tr')).toBe('ıstanbul');
    expect(render('{{ product.title | capitalize }}', { 'product.title': 'über PULLOVER' }, 'de')).toBe('Über pullover');
    expect(render('{{ product.title | truncate: 5 }}', { 'product.title': 'Merino Wool' })).toBe('Meri…');
    expect(render('{{ product.title | truncate: 3 }}', { 'product.title': '👍🏽👍🏽👍🏽👍🏽' })).toBe('👍🏽👍🏽…');
    expect(render('{{ product.title | truncate: 11 }}', { 'product.title': 'Merino Wool' })).toBe('Merino Wool');
    expect(render('{{ product.vendor | default: "Meridian" }}', { 'product.vendor': '' })).toBe('Meridian');
    expect(render('[{{ product.title | strip }}]', { 'product.title': '  x  ' })).toBe('[x]');
  });

  it('property: a template without variables renders as its whitespace-collapsed literal', () => {
    const literal = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '\n', '\t', '日', '😀', '<', '>', '"', "'", '/', '\u202e', '}', '{', '%'), maxLength: 80 })
      .filter((s) => !s.includes('{{'));
    fc.assert(fc.property(literal, (text) => {
      expect(render(text, {})).toBe(text.replace(/\s+/g, ' ').trim());
    }));
  });

  it('property: hostile values and literals pass through as plain text', () => {
    fc.assert(fc.property(fc.constantFrom(...HOSTILE), fc.constantFrom(...HOSTILE), (value, literal) => {
      expect(render(`${literal} {{ product.title }}`, { 'product.title': value })).toBe(`${literal} ${value}`);
    }));
    expect(render('{{ product.title }}', { 'product.title': '{{ shop.name }}' })).toBe('{{ shop.name }}'); // values are never re-parsed
  });
});
