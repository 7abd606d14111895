import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInstance, type Resource } from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createLiteI18n, type Resources } from '#app/i18n/lite-i18n.ts';
import { I18nextProvider, Trans, useTranslation } from '#app/i18n/react.tsx';
import { UI_LANGUAGES } from '#app/i18n/config.ts';

/** Every UI string file, as the server loads them (admin.json included: the admin renders through it too). */
function loadAll(): Resources {
  const out: Resources = {};
  for (const lng of UI_LANGUAGES) {
    out[lng] = {};
    for (const file of readdirSync(path.join('locales', lng)).filter((f) => f.endsWith('.json')))
      out[lng][file.slice(0, -5)] = JSON.parse(readFileSync(path.join('locales', lng, file), 'utf8'));
  }
  return out;
}

function leafKeys(node: unknown, prefix = ''): string[] {
  if (!node || typeof node !== 'object') return [prefix];
  return Object.entries(node).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k));
}

const all = loadAll();

/** i18next as the server sets it up, to compare with. */
function realI18next(lng: string, resources: Resources) {
  const real = createInstance();
  void real.init({
    lng,
    fallbackLng: 'en',
    resources: resources as Resource,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return real;
}
const VALUES = { name: 'Ada', shop: 'Aurora & Oak', currency: 'JPY', amount: '¥1,200', n: 3 };

describe('lite i18n gives what i18next gives', () => {
  for (const lng of UI_LANGUAGES) {
    it(`for every ${lng} key, with and without counts and values`, () => {
      // The client receives only the page language's strings (plus English on the error page).
      const resources: Resources = { [lng]: all[lng]!, ...(lng === 'en' ? {} : { en: all.en! }) };
      const real = realI18next(lng, resources);
      const lite = createLiteI18n(lng, resources);
      let compared = 0;
      for (const [ns, table] of Object.entries(all[lng]!)) {
        const keys = new Set(leafKeys(table).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')));
        for (const key of keys) {
          for (const options of [
            undefined,
            VALUES,
            ...[0, 1, 2, 3, 11, 100].map((count) => ({ ...VALUES, count })),
          ]) {
            expect(lite.t(`${ns}:${key}`, options), `${lng} ${ns}:${key} ${JSON.stringify(options)}`).toBe(
              real.t(`${ns}:${key}`, options),
            );
            compared++;
          }
        }
        expect(lite.getFixedT(null, ns)('no.such.key')).toBe(real.getFixedT(null, ns)('no.such.key'));
      }
      expect(lite.exists('common:navHome')).toBe(true);
      expect(lite.exists('common:no.such.key')).toBe(false);
      expect(compared).toBeGreaterThan(100);
    });
  }

  it('takes fallback key lists and contexts as i18next does (the admin uses both)', () => {
    for (const lng of ['en', 'de', 'zh-CN']) {
      const resources: Resources = { [lng]: all[lng]!, en: all.en! };
      const real = realI18next(lng, resources);
      const lite = createLiteI18n(lng, resources);
      const t = lite.getFixedT(null, 'admin');
      const r = real.getFixedT(null, 'admin');
      const lists = [
        ['promotions.fields.nope.percent', 'promotions.fields.percent'],
        ['promotions.fields.percent', 'promotions.fields.nope'],
        ['no.such.one', 'no.such.two'],
        ['admin:no.such', 'common:navHome'],
      ];
      for (const keys of lists) expect(t(keys), `${lng} ${keys.join(' | ')}`).toBe(r(keys));
      const messages = (all.en!.admin as { seoAudit: { messages: Record<string, string> } }).seoAudit
        .messages;
      const contexts = Object.keys(messages).flatMap((k) => (/_(?!one|other)/.test(k) ? [k.split('_')] : []));
      expect(contexts.length).toBeGreaterThan(2);
      for (const [base, context] of contexts)
        for (const options of [
          { ...VALUES, context },
          { ...VALUES, context, count: 1 },
          { ...VALUES, context, count: 4 },
          { ...VALUES, context: 'unknownContext' },
          { ...VALUES, context: undefined },
        ])
          expect(t(`seoAudit.messages.${base}`, options), `${lng} ${base} ${JSON.stringify(options)}`).toBe(
            r(`seoAudit.messages.${base}`, options),
          );
    }
  });

  it('keeps a missing variable as written, and a passed undefined one empty, as i18next does', () => {
    const resources = { en: { common: { hi: 'Hi {{name}}, {{other}}' } } };
    const lite = createLiteI18n('en', resources);
    const real = createInstance();
    void real.init({
      lng: 'en',
      resources,
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    for (const options of [{}, { name: 'A' }, { name: 'A', other: undefined }, { defaultValue: 'x' }])
      expect(lite.t('hi', options)).toBe(real.t('hi', options));
    expect(lite.t('missing', { defaultValue: 'Fallback {{name}}', name: 'A' })).toBe(
      real.t('missing', { defaultValue: 'Fallback {{name}}', name: 'A' }),
    );
  });
});

describe('Trans', () => {
  it('draws named tags as the given elements, with plural forms (Arabic has six)', () => {
    const i18n = createLiteI18n('ar', { ar: all.ar!, en: all.en! });
    function Body({ count }: { count: number }) {
      const { t } = useTranslation();
      // eslint-disable-next-line jsx-a11y/anchor-has-content -- Trans gives the link its text
      return <Trans i18nKey="home.returnsBody" count={count} t={t} components={{ start: <a href="/r" /> }} />;
    }
    const html = (count: number) =>
      renderToStaticMarkup(
        <I18nextProvider i18n={i18n}>
          <Body count={count} />
        </I18nextProvider>,
      );
    expect(html(2)).toBe(
      'أعِد المنتجات غير المستخدمة خلال يومين من التسليم. <a href="/r">ابدأ عملية الإرجاع عبر الإنترنت</a>.',
    );
    expect(html(14)).toContain('خلال 14 يومًا');
  });
});
