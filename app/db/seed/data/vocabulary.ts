/**
 * Shared vocabulary for the demo catalog: translated option names, colour
 * names with their swatches, and a small helper that expands options into
 * variants (SKUs, prices, stock) so the product files stay readable.
 */
import type { UnitMeasurement } from '#app/modules/catalog/core/unit-price.ts';
import type { Localized, SeedOption, SeedOptionValue, SeedVariant } from '../catalog-types.ts';

/** Sold by weight: `grams` per item, unit price per kilogram (PAngV quotes 1 kg). */
export function perKilogram(grams: number): UnitMeasurement {
  return {
    measuredType: 'WEIGHT',
    quantityValue: String(grams),
    quantityUnit: 'G',
    referenceValue: 1,
    referenceUnit: 'KG',
  };
}

/** The same text in every language (sizes such as "M" or "A5"). */
export function same(text: string): Localized {
  return { en: text, de: text, fr: text, es: text, it: text, nl: text, ja: text, 'zh-CN': text, ar: text };
}

export const OPTION_NAMES = {
  color: {
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
  /** Garment size. */
  size: {
    en: 'Size',
    de: 'Größe',
    fr: 'Taille',
    es: 'Talla',
    it: 'Taglia',
    nl: 'Maat',
    ja: 'サイズ',
    'zh-CN': '尺码',
    ar: 'المقاس',
  },
  /** Size of a thing that is not worn (towels, cushions, candles). */
  format: {
    en: 'Size',
    de: 'Größe',
    fr: 'Format',
    es: 'Tamaño',
    it: 'Formato',
    nl: 'Formaat',
    ja: 'サイズ',
    'zh-CN': '规格',
    ar: 'الحجم',
  },
  /** Pack size for consumables. */
  pack: {
    en: 'Pack size',
    de: 'Packungsgröße',
    fr: 'Contenance',
    es: 'Formato',
    it: 'Confezione',
    nl: 'Verpakking',
    ja: '内容量',
    'zh-CN': '规格',
    ar: 'حجم العبوة',
  },
} satisfies Record<string, Localized>;

export const COLORS = {
  navy: {
    swatch: '#26324D',
    label: {
      en: 'Navy',
      de: 'Marineblau',
      fr: 'Bleu marine',
      es: 'Azul marino',
      it: 'Blu navy',
      nl: 'Marineblauw',
      ja: 'ネイビー',
      'zh-CN': '藏青色',
      ar: 'كحلي',
    },
  },
  oat: {
    swatch: '#D8C9AC',
    label: {
      en: 'Oat',
      de: 'Haferbeige',
      fr: 'Avoine',
      es: 'Avena',
      it: 'Avena',
      nl: 'Haver',
      ja: 'オートミール',
      'zh-CN': '燕麦色',
      ar: 'شوفاني',
    },
  },
  sage: {
    swatch: '#9DAF8C',
    label: {
      en: 'Sage',
      de: 'Salbeigrün',
      fr: 'Vert sauge',
      es: 'Verde salvia',
      it: 'Verde salvia',
      nl: 'Saliegroen',
      ja: 'セージ',
      'zh-CN': '鼠尾草绿',
      ar: 'أخضر مريمية',
    },
  },
  charcoal: {
    swatch: '#3D3D40',
    label: {
      en: 'Charcoal',
      de: 'Anthrazit',
      fr: 'Anthracite',
      es: 'Carbón',
      it: 'Antracite',
      nl: 'Antraciet',
      ja: 'チャコール',
      'zh-CN': '炭灰色',
      ar: 'فحمي',
    },
  },
  'off-white': {
    swatch: '#F2EEE6',
    label: {
      en: 'Off-white',
      de: 'Naturweiß',
      fr: 'Blanc cassé',
      es: 'Blanco roto',
      it: 'Bianco panna',
      nl: 'Gebroken wit',
      ja: 'オフホワイト',
      'zh-CN': '米白色',
      ar: 'أبيض عاجي',
    },
  },
  black: {
    swatch: '#1E1E20',
    label: {
      en: 'Black',
      de: 'Schwarz',
      fr: 'Noir',
      es: 'Negro',
      it: 'Nero',
      nl: 'Zwart',
      ja: 'ブラック',
      'zh-CN': '黑色',
      ar: 'أسود',
    },
  },
  rust: {
    swatch: '#B0552F',
    label: {
      en: 'Rust',
      de: 'Rostrot',
      fr: 'Rouille',
      es: 'Óxido',
      it: 'Ruggine',
      nl: 'Roestrood',
      ja: 'ラスト',
      'zh-CN': '铁锈红',
      ar: 'بني صدئي',
    },
  },
  forest: {
    swatch: '#2F4B3B',
    label: {
      en: 'Forest green',
      de: 'Waldgrün',
      fr: 'Vert forêt',
      es: 'Verde bosque',
      it: 'Verde bosco',
      nl: 'Bosgroen',
      ja: 'フォレストグリーン',
      'zh-CN': '森林绿',
      ar: 'أخضر غابي',
    },
  },
  ecru: {
    swatch: '#EBE2CF',
    label: {
      en: 'Ecru',
      de: 'Ecru',
      fr: 'Écru',
      es: 'Crudo',
      it: 'Ecrù',
      nl: 'Ecru',
      ja: 'エクリュ',
      'zh-CN': '本白色',
      ar: 'أبيض خام',
    },
  },
  'heather-grey': {
    swatch: '#A6A7A9',
    label: {
      en: 'Heather grey',
      de: 'Grau meliert',
      fr: 'Gris chiné',
      es: 'Gris jaspeado',
      it: 'Grigio mélange',
      nl: 'Grijs gemêleerd',
      ja: '杢グレー',
      'zh-CN': '麻灰色',
      ar: 'رمادي مبرقش',
    },
  },
  mustard: {
    swatch: '#C7992F',
    label: {
      en: 'Mustard',
      de: 'Senfgelb',
      fr: 'Moutarde',
      es: 'Mostaza',
      it: 'Senape',
      nl: 'Mosterdgeel',
      ja: 'マスタード',
      'zh-CN': '芥末黄',
      ar: 'خردلي',
    },
  },
  olive: {
    swatch: '#5E5F36',
    label: {
      en: 'Olive',
      de: 'Oliv',
      fr: 'Vert olive',
      es: 'Verde oliva',
      it: 'Verde oliva',
      nl: 'Olijfgroen',
      ja: 'オリーブ',
      'zh-CN': '橄榄绿',
      ar: 'زيتي',
    },
  },
  tobacco: {
    swatch: '#7A5233',
    label: {
      en: 'Tobacco',
      de: 'Tabakbraun',
      fr: 'Tabac',
      es: 'Tabaco',
      it: 'Tabacco',
      nl: 'Tabaksbruin',
      ja: 'タバコブラウン',
      'zh-CN': '烟草棕',
      ar: 'بني تبغي',
    },
  },
  stone: {
    swatch: '#B8AD9A',
    label: {
      en: 'Stone',
      de: 'Steingrau',
      fr: 'Pierre',
      es: 'Piedra',
      it: 'Pietra',
      nl: 'Steengrijs',
      ja: 'ストーン',
      'zh-CN': '岩灰色',
      ar: 'حجري',
    },
  },
  natural: {
    swatch: '#E4D9C3',
    label: {
      en: 'Natural',
      de: 'Natur',
      fr: 'Naturel',
      es: 'Natural',
      it: 'Naturale',
      nl: 'Naturel',
      ja: 'ナチュラル',
      'zh-CN': '原色',
      ar: 'طبيعي',
    },
  },
  terracotta: {
    swatch: '#BF6A45',
    label: {
      en: 'Terracotta',
      de: 'Terrakotta',
      fr: 'Terre cuite',
      es: 'Terracota',
      it: 'Terracotta',
      nl: 'Terracotta',
      ja: 'テラコッタ',
      'zh-CN': '陶土红',
      ar: 'تيراكوتا',
    },
  },
  rose: {
    swatch: '#D3A29A',
    label: {
      en: 'Dusty rose',
      de: 'Altrosa',
      fr: 'Vieux rose',
      es: 'Rosa palo',
      it: 'Rosa antico',
      nl: 'Oudroze',
      ja: 'ダスティローズ',
      'zh-CN': '灰粉色',
      ar: 'وردي هادئ',
    },
  },
  camel: {
    swatch: '#BF9766',
    label: {
      en: 'Camel',
      de: 'Camel',
      fr: 'Camel',
      es: 'Camel',
      it: 'Cammello',
      nl: 'Camel',
      ja: 'キャメル',
      'zh-CN': '驼色',
      ar: 'جملي',
    },
  },
  celadon: {
    swatch: '#A7C0A5',
    label: {
      en: 'Celadon',
      de: 'Seladon',
      fr: 'Céladon',
      es: 'Celadón',
      it: 'Celadon',
      nl: 'Celadon',
      ja: '青磁',
      'zh-CN': '青瓷色',
      ar: 'أخضر سيلادون',
    },
  },
  ash: {
    swatch: '#8C8882',
    label: {
      en: 'Ash glaze',
      de: 'Ascheglasur',
      fr: 'Émail cendre',
      es: 'Esmalte de ceniza',
      it: 'Smalto cenere',
      nl: 'Asglazuur',
      ja: '灰釉',
      'zh-CN': '灰釉',
      ar: 'طلاء الرماد',
    },
  },
  speckled: {
    swatch: '#EDE7DA',
    label: {
      en: 'Speckled white',
      de: 'Weiß gesprenkelt',
      fr: 'Blanc moucheté',
      es: 'Blanco moteado',
      it: 'Bianco puntinato',
      nl: 'Gespikkeld wit',
      ja: '粉引',
      'zh-CN': '斑点白',
      ar: 'أبيض منقّط',
    },
  },
  'sea-blue': {
    swatch: '#6F8FA5',
    label: {
      en: 'Sea blue',
      de: 'Meerblau',
      fr: 'Bleu océan',
      es: 'Azul mar',
      it: 'Blu mare',
      nl: 'Zeeblauw',
      ja: 'シーブルー',
      'zh-CN': '海蓝色',
      ar: 'أزرق البحر',
    },
  },
  chalk: {
    swatch: '#EEEAE1',
    label: {
      en: 'Chalk',
      de: 'Kreideweiß',
      fr: 'Craie',
      es: 'Tiza',
      it: 'Gesso',
      nl: 'Krijtwit',
      ja: 'チョーク',
      'zh-CN': '粉笔白',
      ar: 'طباشيري',
    },
  },
  moss: {
    swatch: '#6C7A4C',
    label: {
      en: 'Moss',
      de: 'Moosgrün',
      fr: 'Vert mousse',
      es: 'Verde musgo',
      it: 'Verde muschio',
      nl: 'Mosgroen',
      ja: 'モス',
      'zh-CN': '苔绿色',
      ar: 'أخضر طحلبي',
    },
  },
  blush: {
    swatch: '#E5C1B5',
    label: {
      en: 'Blush',
      de: 'Zartrosa',
      fr: 'Rose poudré',
      es: 'Rosa empolvado',
      it: 'Cipria',
      nl: 'Poederroze',
      ja: 'ブラッシュピンク',
      'zh-CN': '裸粉色',
      ar: 'وردي فاتح',
    },
  },
  clay: {
    swatch: '#B8836B',
    label: {
      en: 'Clay',
      de: 'Tonbraun',
      fr: 'Argile',
      es: 'Arcilla',
      it: 'Argilla',
      nl: 'Kleibruin',
      ja: 'クレイ',
      'zh-CN': '陶土色',
      ar: 'طيني',
    },
  },
  ochre: {
    swatch: '#C48B2C',
    label: {
      en: 'Ochre',
      de: 'Ocker',
      fr: 'Ocre',
      es: 'Ocre',
      it: 'Ocra',
      nl: 'Oker',
      ja: 'オーカー',
      'zh-CN': '赭黄色',
      ar: 'أصفر مغري',
    },
  },
  cognac: {
    swatch: '#A86B3C',
    label: {
      en: 'Cognac',
      de: 'Cognac',
      fr: 'Cognac',
      es: 'Coñac',
      it: 'Cognac',
      nl: 'Cognac',
      ja: 'コニャック',
      'zh-CN': '干邑棕',
      ar: 'كونياك',
    },
  },
  espresso: {
    swatch: '#4A3026',
    label: {
      en: 'Espresso',
      de: 'Dunkelbraun',
      fr: 'Chocolat',
      es: 'Café',
      it: 'Testa di moro',
      nl: 'Donkerbruin',
      ja: 'ダークブラウン',
      'zh-CN': '深咖色',
      ar: 'بني داكن',
    },
  },
  brass: {
    swatch: '#B9974A',
    label: {
      en: 'Brass',
      de: 'Messing',
      fr: 'Laiton',
      es: 'Latón',
      it: 'Ottone',
      nl: 'Messing',
      ja: '真鍮',
      'zh-CN': '黄铜色',
      ar: 'نحاسي',
    },
  },
  tortoise: {
    swatch: '#6E4427',
    label: {
      en: 'Tortoiseshell',
      de: 'Schildpatt',
      fr: 'Écaille',
      es: 'Carey',
      it: 'Tartarugato',
      nl: 'Schildpad',
      ja: 'べっ甲',
      'zh-CN': '玳瑁色',
      ar: 'صدف السلحفاة',
    },
  },
  sand: {
    swatch: '#D4C19E',
    label: {
      en: 'Sand',
      de: 'Sand',
      fr: 'Sable',
      es: 'Arena',
      it: 'Sabbia',
      nl: 'Zand',
      ja: 'サンド',
      'zh-CN': '沙色',
      ar: 'رملي',
    },
  },
  indigo: {
    swatch: '#34456E',
    label: {
      en: 'Indigo',
      de: 'Indigo',
      fr: 'Indigo',
      es: 'Índigo',
      it: 'Indaco',
      nl: 'Indigo',
      ja: '藍',
      'zh-CN': '靛蓝色',
      ar: 'نيلي',
    },
  },
} satisfies Record<string, { swatch: string; label: Localized }>;

export type ColorKey = keyof typeof COLORS;

export function colorOption(keys: ColorKey[]): SeedOption {
  return {
    key: 'color',
    name: OPTION_NAMES.color,
    values: keys.map((key) => ({ key, label: COLORS[key].label, swatch: COLORS[key].swatch })),
  };
}

/** Garment sizes ("XS"…"XL") or any labels that read the same in every language. */
export function sizeOption(labels: string[], name: Localized = OPTION_NAMES.size): SeedOption {
  return {
    key: 'size',
    name,
    values: labels.map((label) => ({
      key: label
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, ''),
      label: same(label),
    })),
  };
}

/** An option whose value labels need translating (e.g. "Hand towel"). */
export function option(key: string, name: Localized, values: SeedOptionValue[]): SeedOption {
  return { key, name, values };
}

interface VariantOverride {
  unit?: UnitMeasurement;
  price?: number;
  compareAtPrice?: number | null;
  weight?: number;
  /** Replaces the value's part of the SKU. */
  code?: string;
}

export interface VariantSpec {
  /** SKU prefix, e.g. "AO-TEE". */
  sku: string;
  price: number;
  compareAtPrice?: number | null;
  /** Unit cost as a share of the price, e.g. 0.36. */
  costRatio: number;
  /** grams */
  weight: number;
  /** Extra grams per garment size step (XS → XL). */
  weightStep?: number;
  /** Unit price measurement (EU price indication) of every variant, unless a value overrides it. */
  unit?: UnitMeasurement;
  /** Overrides keyed by option value key. */
  per?: Record<string, VariantOverride>;
  /** SKUs (full) that are out of stock. */
  soldOut?: string[];
  /** Every variant out of stock. */
  allSoldOut?: boolean;
  inventoryPolicy?: 'deny' | 'continue';
  /** Fixed inventory for every variant (e.g. 0 for made-to-order). */
  inventory?: number;
}

/** Deterministic stock level between 5 and 60, so the seed is reproducible. */
function stockFor(sku: string): number {
  let h = 2166136261;
  for (const ch of sku) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return 5 + (h % 56);
}

function skuPart(optionKey: string, valueKey: string, per?: Record<string, VariantOverride>): string {
  const override = per?.[valueKey]?.code;
  if (override) return override;
  const clean = valueKey.replace(/[^a-z0-9]/gi, '').toUpperCase();
  return optionKey === 'color' ? clean.slice(0, 3) : clean;
}

/** Every combination of the options' values, in option order. */
export function buildVariants(options: SeedOption[], spec: VariantSpec): SeedVariant[] {
  let combos: string[][] = [[]];
  for (const opt of options) combos = combos.flatMap((combo) => opt.values.map((v) => [...combo, v.key]));
  const sizeOpt = options.find((o) => o.key === 'size');
  return combos.map((keys) => {
    const sku = [spec.sku, ...keys.map((k, i) => skuPart(options[i]!.key, k, spec.per))].join('-');
    let price = spec.price;
    let compareAtPrice = spec.compareAtPrice ?? null;
    let weight = spec.weight;
    let unit = spec.unit;
    for (const k of keys) {
      const o = spec.per?.[k];
      if (o?.unit) unit = o.unit;
      if (o?.price !== undefined) {
        // Keep the sale discount proportional when a value changes the price.
        if (compareAtPrice !== null && o.compareAtPrice === undefined)
          compareAtPrice = Math.round((compareAtPrice * o.price) / price / 100) * 100;
        price = o.price;
      }
      if (o?.compareAtPrice !== undefined) compareAtPrice = o.compareAtPrice;
      if (o?.weight !== undefined) weight = o.weight;
    }
    if (spec.weightStep && sizeOpt) {
      const idx = sizeOpt.values.findIndex((v) => keys.includes(v.key));
      weight += Math.round((idx - (sizeOpt.values.length - 1) / 2) * spec.weightStep);
    }
    const soldOut = spec.allSoldOut || spec.soldOut?.includes(sku);
    const variant: SeedVariant = {
      options: keys,
      price,
      compareAtPrice,
      unitCost: Math.round(price * spec.costRatio),
      inventory: soldOut ? 0 : (spec.inventory ?? stockFor(sku)),
      inventoryPolicy: spec.inventoryPolicy ?? 'deny',
      weight,
      sku,
      ...(unit ? { unitMeasurement: unit } : {}),
    };
    return variant;
  });
}
