import type { SeedOption, SeedProduct } from '../catalog-types.ts';
import { COLORS, buildVariants, option } from './vocabulary.ts';

/** Yardage: sold by length, so every variant shows its price per metre (EU price indication). */
const linenColors: SeedOption = {
  key: 'color',
  name: {
    en: 'Color',
    de: 'Farbe',
    fr: 'Couleur',
    es: 'Color',
    it: 'Colore',
    nl: 'Kleur',
    ja: 'カラー',
    'zh-CN': '颜色',
    ar: 'اللون',
  },
  values: (['natural', 'indigo', 'rust'] as const).map((key) => ({
    key,
    label: COLORS[key].label,
    swatch: COLORS[key].swatch,
    swatchTexture: 'linen' as const,
  })),
};

const cutLengths: SeedOption = option(
  'length',
  {
    en: 'Length',
    de: 'Länge',
    fr: 'Longueur',
    es: 'Largo',
    it: 'Lunghezza',
    nl: 'Lengte',
    ja: '長さ',
    'zh-CN': '长度',
    ar: 'الطول',
  },
  [
    {
      key: 'half-metre',
      label: {
        en: '50 cm cut',
        de: 'Zuschnitt 50 cm',
        fr: 'Coupe de 50 cm',
        es: 'Corte de 50 cm',
        it: 'Taglio da 50 cm',
        nl: 'Coupon van 50 cm',
        ja: '50cmカット',
        'zh-CN': '50厘米裁剪',
        ar: 'قطعة 50 سم',
      },
    },
    {
      key: 'two-metres',
      label: {
        en: '2 m cut',
        de: 'Zuschnitt 2 m',
        fr: 'Coupe de 2 m',
        es: 'Corte de 2 m',
        it: 'Taglio da 2 m',
        nl: 'Coupon van 2 m',
        ja: '2mカット',
        'zh-CN': '2米裁剪',
        ar: 'قطعة 2 م',
      },
    },
  ],
);

const fabricOptions = [linenColors, cutLengths];

export const fabricProducts: SeedProduct[] = [
  {
    handle: 'washed-linen-by-the-metre',
    title: {
      en: 'Washed Linen by the Metre',
      de: 'Gewaschenes Leinen als Meterware',
      fr: 'Lin lavé au mètre',
      es: 'Lino lavado por metros',
      it: 'Lino lavato al metro',
      nl: 'Gewassen linnen per meter',
      ja: 'ウォッシュドリネン（切り売り）',
      'zh-CN': '水洗亚麻布（按米销售）',
      ar: 'كتان مغسول بالمتر',
    },
    descriptionHtml: {
      en: '<p>Mid-weight European flax linen, stone-washed in Lithuania until it drapes softly. At 150 cm wide and 190 g/m², it suits cushions, curtains, napkins and loose summer garments.</p><ul><li>100% linen, Oeko-Tex certified</li><li>Cut in one continuous piece</li></ul>',
      de: '<p>Mittelschweres Leinen aus europäischem Flachs, in Litauen steingewaschen, bis es weich fällt. Mit 150 cm Breite und 190 g/m² ideal für Kissen, Vorhänge, Servietten und luftige Sommerkleidung.</p><ul><li>100 % Leinen, Oeko-Tex-zertifiziert</li><li>Am Stück zugeschnitten</li></ul>',
      fr: '<p>Lin de lin européen de grammage moyen, lavé à la pierre en Lituanie pour un tombé tout en souplesse. En 150 cm de large et 190 g/m², il convient aux coussins, rideaux, serviettes et vêtements d’été amples.</p><ul><li>100 % lin, certifié Oeko-Tex</li><li>Coupé d’un seul tenant</li></ul>',
      es: '<p>Lino de lino europeo de gramaje medio, lavado a la piedra en Lituania hasta que cae con suavidad. Con 150 cm de ancho y 190 g/m², es ideal para cojines, cortinas, servilletas y prendas de verano holgadas.</p><ul><li>100 % lino, con certificado Oeko-Tex</li><li>Cortado en una sola pieza</li></ul>',
      it: '<p>Lino di lino europeo di peso medio, lavato a pietra in Lituania finché non cade morbido. Alto 150 cm e da 190 g/m², è perfetto per cuscini, tende, tovaglioli e capi estivi morbidi.</p><ul><li>100% lino, certificato Oeko-Tex</li><li>Tagliato in un unico pezzo</li></ul>',
      nl: '<p>Middelzwaar linnen van Europees vlas, in Litouwen stonewashed tot het soepel valt. Met 150 cm breedte en 190 g/m² geschikt voor kussens, gordijnen, servetten en luchtige zomerkleding.</p><ul><li>100% linnen, Oeko-Tex-gecertificeerd</li><li>In één stuk geknipt</li></ul>',
      ja: '<p>ヨーロッパ産フラックスを使った中厚手のリネンを、リトアニアでストーンウォッシュ加工し、しなやかな落ち感に仕上げました。幅150cm、190g/m²で、クッションやカーテン、ナプキン、ゆったりした夏服に。</p><ul><li>リネン100%、エコテックス認証</li><li>つなぎ目のない一枚でカット</li></ul>',
      'zh-CN':
        '<p>采用欧洲亚麻纤维的中等厚度亚麻布，在立陶宛经石洗处理，垂坠柔软。幅宽150厘米，克重190克/平方米，适合制作靠垫、窗帘、餐巾和宽松的夏季衣物。</p><ul><li>100%亚麻，Oeko-Tex认证</li><li>整块连续裁剪</li></ul>',
      ar: '<p>كتان متوسط الوزن من ألياف الكتان الأوروبية، مغسول بالحجر في ليتوانيا حتى ينسدل بنعومة. بعرض 150 سم ووزن 190 غرامًا للمتر المربع، يناسب الوسائد والستائر والمناديل وملابس الصيف الفضفاضة.</p><ul><li>كتان 100%، معتمد من Oeko-Tex</li><li>يُقص قطعة واحدة متصلة</li></ul>',
    },
    seoDescription: {
      en: 'Stone-washed European linen, 150 cm wide, 190 g/m², cut to length for cushions, curtains and summer sewing.',
      de: 'Steingewaschenes Leinen aus Europa, 150 cm breit, 190 g/m², als Meterware für Kissen, Vorhänge und Sommernähprojekte.',
      fr: 'Lin européen lavé à la pierre, 150 cm de large, 190 g/m², coupé au mètre pour coussins, rideaux et couture d’été.',
      es: 'Lino europeo lavado a la piedra, 150 cm de ancho, 190 g/m², cortado a medida para cojines, cortinas y costura.',
      it: 'Lino europeo lavato a pietra, alto 150 cm, 190 g/m², tagliato al metro per cuscini, tende e cucito estivo.',
      nl: 'Stonewashed Europees linnen, 150 cm breed, 190 g/m², op maat geknipt voor kussens, gordijnen en zomers naaiwerk.',
      ja: 'ストーンウォッシュ加工のヨーロッパ産リネン。幅150cm、190g/m²。クッションやカーテン、夏の手づくりに。',
      'zh-CN': '石洗欧洲亚麻布，幅宽150厘米，190克/平方米，按长度裁剪，适合靠垫、窗帘与夏季缝纫。',
      ar: 'كتان أوروبي مغسول بالحجر بعرض 150 سم ووزن 190 غ/م²، يُقص حسب الطول للوسائد والستائر والخياطة الصيفية.',
    },
    vendor: 'Aurora & Oak',
    productType: 'Fabric',
    tags: ['fabric', 'linen', 'sewing'],
    hsCode: '530911',
    countryOfOrigin: 'LT',
    options: fabricOptions,
    variants: buildVariants(fabricOptions, {
      sku: 'AO-FAB-LIN',
      price: 1400,
      costRatio: 0.4,
      weight: 150,
      unit: {
        measuredType: 'LENGTH',
        quantityValue: '50',
        quantityUnit: 'CM',
        referenceValue: 1,
        referenceUnit: 'M',
      },
      per: {
        'half-metre': { code: '050' },
        'two-metres': {
          code: '200',
          price: 4800,
          weight: 580,
          unit: {
            measuredType: 'LENGTH',
            quantityValue: '2',
            quantityUnit: 'M',
            referenceValue: 1,
            referenceUnit: 'M',
          },
        },
      },
    }),
    art: { motif: 'towel', background: '#EDE8DF', color: '#C9B99A' },
    imageAlt: {
      en: 'Illustration of folded washed linen fabric on a pale stone background',
      de: 'Illustration von gefaltetem, gewaschenem Leinenstoff vor hellem Steingrau',
      fr: 'Illustration d’un tissu de lin lavé plié sur un fond pierre pâle',
      es: 'Ilustración de tela de lino lavado doblada sobre un fondo piedra claro',
      it: 'Illustrazione di tessuto di lino lavato piegato su uno sfondo pietra chiaro',
      nl: 'Illustratie van gevouwen gewassen linnen stof op een lichte steenkleurige achtergrond',
      ja: '淡いストーン色の背景にたたまれたウォッシュドリネン生地のイラスト',
      'zh-CN': '浅石色背景上折叠的水洗亚麻布插画',
      ar: 'رسم توضيحي لقماش كتان مغسول مطوي على خلفية حجرية فاتحة',
    },
    publishedAt: '2026-01-02T09:00:00.000Z',
  },
];
