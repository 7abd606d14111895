import { getDb } from '#app/db/client.server.ts';
import { requireStaff } from '#app/admin/guard.server.ts';
import { adminT } from '#app/admin/admin-data.server.ts';
import { textStream } from '#app/lib/stream.server.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { translationCsvHead, translationCsvRows } from '#app/modules/seo/core/translation-csv.ts';
import { XLIFF_TAIL, xliffHead, xliffUnit } from '#app/modules/seo/core/xliff.ts';
import { exchangeLanguages, exportUnits, parseExportParams } from '#app/modules/seo/exchange.server.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import type { Route } from './+types/app.seo.exchange.export';

export const handle = { area: 'seo' satisfies AdminArea };

/**
 * Download of one language's SEO units for translators:
 * `?language=de&format=xliff|csv&types=product,collection&untranslated=1`.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'seo');
  const db = getDb();
  const config = await getMarketConfig(db);
  const t = adminT(principal.locale);
  const parsed = parseExportParams(new URL(request.url).searchParams, exchangeLanguages(config));
  if (!parsed.ok) {
    return new Response(t(`seoExchange.exportErrors.${parsed.error}`, parsed.params), {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  const { language, format, types, onlyUntranslated } = parsed.value;
  // Notes are for the translator's context, worded in the exporting staff member's language.
  const batches = exportUnits(db, config, {
    language,
    types,
    onlyUntranslated,
    note: ({ type, title, field, image }) =>
      [
        t(`seoExchange.types.${type}`),
        title,
        image ? t('seoExchange.fields.altImage', { n: image }) : t(`seoExchange.fields.${field}`),
      ].join(' · '),
  });
  // Streamed a batch of resources at a time: a 100k-product catalog never sits in memory whole.
  let n = 0;
  const chunks = (async function* () {
    yield format === 'csv'
      ? translationCsvHead()
      : xliffHead({ sourceLanguage: config.shopLanguage, targetLanguage: language });
    for await (const units of batches)
      yield format === 'csv' ? translationCsvRows(units) : units.map((u) => xliffUnit(u, ++n)).join('');
    if (format !== 'csv') yield XLIFF_TAIL;
  })();
  const body = textStream(chunks);
  // The language was checked against the shop's list, so it is safe in the header.
  const [type, ext] =
    format === 'csv' ? ['text/csv; charset=utf-8', 'csv'] : ['application/xliff+xml; charset=utf-8', 'xlf'];
  return new Response(body, {
    headers: {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="meridian-seo-${language}.${ext}"`,
      'Cache-Control': 'no-store',
    },
  });
}
