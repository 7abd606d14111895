import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseTemplate,
  renderTemplate,
  TEMPLATE_VARIABLES,
  type ParsedTemplate,
} from '#app/modules/seo/core/template.ts';

function parse(source: string, allowed: readonly string[] = TEMPLATE_VARIABLES.product): ParsedTemplate {
  const result = parseTemplate(source, allowed);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.template;
}
const render = (source: string, vars: Record<string, string | null | undefined>, locale = 'en') =>
  renderTemplate(parse(source), vars, locale);
const HOSTILE = [
  '</script><script>alert(1)</script>',
  '"\'`',
  '-->',
  '<!--',
  '\u202eevil',
  '${process.exit()}',
  '&amp;',
];

describe('parseTemplate', () => {
  it('parses Liquid with and without whitespace, and renders every standard filter and tag', () => {
    expect(
      render("{{product.title|truncate:60}} – {{ product.vendor | default: 'Meridian' | upcase }}", {
        'product.title': 'Pullover',
      }),
    ).toBe('Pullover – MERIDIAN');
    expect(
      render('{{ product.title | replace: "Wool", "Merino" | append: "!" }}', {
        'product.title': 'Wool Scarf',
      }),
    ).toBe('Merino Scarf!');
    expect(
      render('{% if product.vendor != blank %}{{ product.vendor }}{% else %}{{ shop.name }}{% endif %}', {
        'shop.name': 'M',
      }),
    ).toBe('M');
    expect(
      render('{% assign words = product.title | split: " " %}{{ words | size }} {{ words.first }}', {
        'product.title': 'a b c',
      }),
    ).toBe('3 a');
  });

  it('reports unknown variables with their position, anywhere in the template', () => {
    const source = '{{ product.price }} {% if shop.name %}{{ collection.title }}{% endif %}';
    expect(parseTemplate(source, TEMPLATE_VARIABLES.product)).toEqual({
      ok: false,
      errors: [
        {
          code: 'unknownVariable',
          params: { name: 'product.price', position: source.indexOf('product.price') + 1 },
        },
        {
          code: 'unknownVariable',
          params: { name: 'collection.title', position: source.indexOf('collection.title') + 1 },
        },
      ],
    });
    expect(parseTemplate('{{ product }}', TEMPLATE_VARIABLES.product)).toMatchObject({
      ok: false,
      errors: [{ code: 'unknownVariable', params: { name: 'product' } }],
    });
    const tooLong = parseTemplate('x'.repeat(501), []);
    expect(tooLong).toEqual({
      ok: false,
      errors: [{ code: 'templateTooLong', params: { length: 501, max: 500 } }],
    });
  });

  it("surfaces the library's own message for what Liquid refuses", () => {
    const liquidError = (source: string) => {
      const result = parseTemplate(source, TEMPLATE_VARIABLES.product);
      expect(result.ok, source).toBe(false);
      if (result.ok) return '';
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]!.code).toBe('liquid');
      return String(result.errors[0]!.params.message);
    };
    expect(liquidError('{{ product.title | shout }}')).toMatch(/^undefined filter: shout/); // strict filters
    expect(liquidError('{{ product.title')).toMatch(/not closed/);
    expect(liquidError('{% if product.title %}x')).toMatch(/not closed/);
    expect(liquidError('{{ }}')).toMatch(/invalid value expression/);
    expect(liquidError('{{ shop.name | truncate: "x" }}')).toMatch(
      /truncate: length must be a positive integer/,
    );
    // No file system: the tags that read partials do not exist.
    for (const tag of ['include', 'render', 'layout'])
      expect(liquidError(`{% ${tag} "../../../etc/passwd" %}`)).toMatch(`tag "${tag}" not found`);
    // Render limits: a loop that would allocate without bound stops with the library's error.
    expect(liquidError('{% for i in (1..100000000) %}{{ i }}{% endfor %}')).toMatch(/limit exceeded/);
  });

  it('does not end a tag at "}}" inside a quoted argument', () => {
    expect(render('{{ product.vendor | default: "}} x" }}!', {})).toBe('}} x!');
  });
});

describe('renderTemplate', () => {
  it('renders values and trims separators left by empty ones', () => {
    const source = '{{ product.title }} – {{ product.vendor }} | {{ shop.name }}';
    expect(
      render(source, { 'product.title': 'Pullover', 'product.vendor': 'Lana', 'shop.name': 'Meridian' }),
    ).toBe('Pullover – Lana | Meridian');
    expect(render(source, { 'product.title': 'Pullover', 'shop.name': 'Meridian' })).toBe(
      'Pullover | Meridian',
    );
    expect(render(source, { 'product.vendor': 'Lana', 'shop.name': 'Meridian' })).toBe('Lana | Meridian');
    expect(render(source, { 'product.title': 'Pullover', 'product.vendor': null })).toBe('Pullover');
    expect(
      render('{{ product.type }}, {{ product.vendor }} · {{ shop.name }}', {
        'product.vendor': 'Lana',
        'shop.name': 'M',
      }),
    ).toBe('Lana · M');
    expect(render('T-Shirt - 2-Pack  |  {{ shop.name }}', { 'shop.name': ' M ' })).toBe(
      'T-Shirt - 2-Pack | M',
    );
  });

  it('applies filters by locale and counts graphemes', () => {
    expect(render('{{ shop.name | upcase }}', { 'shop.name': 'istanbul' }, 'tr')).toBe('İSTANBUL');
    expect(render('{{ shop.name | downcase }}', { 'shop.name': 'ISTANBUL' }, 'tr')).toBe('ıstanbul');
    expect(render('{{ product.title | capitalize }}', { 'product.title': 'über PULLOVER' }, 'de')).toBe(
      'Über pullover',
    );
    expect(render('{{ product.title | truncate: 5 }}', { 'product.title': 'Merino Wool' })).toBe('Meri…');
    expect(render('{{ product.title | truncate: 3 }}', { 'product.title': '👍🏽👍🏽👍🏽👍🏽' })).toBe('👍🏽👍🏽…');
    expect(render('{{ product.title | truncate: 11 }}', { 'product.title': 'Merino Wool' })).toBe(
      'Merino Wool',
    );
    expect(render('{{ product.title | truncate: 8, "..." }}', { 'product.title': 'Merino Wool' })).toBe(
      'Merin...',
    );
    expect(render('{{ product.vendor | default: "Meridian" }}', { 'product.vendor': '' })).toBe('Meridian');
    expect(render('[{{ product.title | strip }}]', { 'product.title': '  x  ' })).toBe('[x]');
  });

  it('property: a template without variables renders as its whitespace-collapsed literal', () => {
    const literal = fc
      .string({
        unit: fc.constantFrom(
          'a',
          'Z',
          ' ',
          '\n',
          '\t',
          '日',
          '😀',
          '<',
          '>',
          '"',
          "'",
          '/',
          '\u202e',
          '}',
          '{',
          '%',
        ),
        maxLength: 80,
      })
      .filter((s) => !s.includes('{{') && !s.includes('{%'));
    fc.assert(
      fc.property(literal, (text) => {
        expect(render(text, {})).toBe(text.replace(/\s+/g, ' ').trim());
      }),
    );
  });

  it('property: hostile values and literals pass through as plain text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...HOSTILE), fc.constantFrom(...HOSTILE), (value, literal) => {
        expect(render(`${literal} {{ product.title }}`, { 'product.title': value })).toBe(
          `${literal} ${value}`,
        );
      }),
    );
    expect(render('{{ product.title }}', { 'product.title': '{{ shop.name }}' })).toBe('{{ shop.name }}'); // values are never re-parsed
    expect(render('{{ product.title }}', { 'product.title': '{% raw %}' })).toBe('{% raw %}');
  });
});
