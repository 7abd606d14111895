import type { SeedMenu } from '../catalog-types.ts';

export const menus: SeedMenu[] = [
  {
    handle: 'main-menu',
    title: { en: 'Main menu', de: 'Hauptmenü', fr: 'Menu principal', es: 'Menú principal', it: 'Menu principale', nl: 'Hoofdmenu', ja: 'メインメニュー', 'zh-CN': '主菜单', ar: 'القائمة الرئيسية' },
    items: [
      {
        title: { en: 'Shop', de: 'Shop', fr: 'Boutique', es: 'Tienda', it: 'Negozio', nl: 'Winkel', ja: 'ショップ', 'zh-CN': '商店', ar: 'المتجر' },
        target: 'collections',
        items: [
          { title: { en: 'Apparel', de: 'Bekleidung', fr: 'Vêtements', es: 'Ropa', it: 'Abbigliamento', nl: 'Kleding', ja: 'アパレル', 'zh-CN': '服饰', ar: 'الملابس' }, target: 'collection:apparel' },
          { title: { en: 'Knitwear', de: 'Strick', fr: 'Maille', es: 'Punto', it: 'Maglieria', nl: 'Breiwerk', ja: 'ニットウェア', 'zh-CN': '针织', ar: 'الملابس المحاكة' }, target: 'collection:knitwear' },
          { title: { en: 'Home & Kitchen', de: 'Wohnen & Küche', fr: 'Maison & Cuisine', es: 'Hogar y cocina', it: 'Casa e cucina', nl: 'Wonen & Keuken', ja: 'ホーム＆キッチン', 'zh-CN': '家居与厨房', ar: 'المنزل والمطبخ' }, target: 'collection:home-kitchen' },
          { title: { en: 'Ceramics', de: 'Keramik', fr: 'Céramique', es: 'Cerámica', it: 'Ceramiche', nl: 'Keramiek', ja: 'うつわ', 'zh-CN': '陶瓷', ar: 'الخزفيات' }, target: 'collection:ceramics' },
          { title: { en: 'Accessories', de: 'Accessoires', fr: 'Accessoires', es: 'Accesorios', it: 'Accessori', nl: 'Accessoires', ja: 'アクセサリー', 'zh-CN': '配饰', ar: 'الإكسسوارات' }, target: 'collection:accessories' },
          { title: { en: 'Stationery', de: 'Schreibwaren', fr: 'Papeterie', es: 'Papelería', it: 'Cartoleria', nl: 'Schrijfwaren', ja: '文房具', 'zh-CN': '文具', ar: 'القرطاسية' }, target: 'collection:stationery' },
          { title: { en: 'All collections', de: 'Alle Kollektionen', fr: 'Toutes les collections', es: 'Todas las colecciones', it: 'Tutte le collezioni', nl: 'Alle collecties', ja: 'すべてのコレクション', 'zh-CN': '全部系列', ar: 'جميع المجموعات' }, target: 'collections' },
        ],
      },
      { title: { en: 'New arrivals', de: 'Neuheiten', fr: 'Nouveautés', es: 'Novedades', it: 'Nuovi arrivi', nl: 'Nieuw binnen', ja: '新着', 'zh-CN': '新品', ar: 'وصل حديثًا' }, target: 'collection:new-arrivals' },
      { title: { en: 'Gifts', de: 'Geschenke', fr: 'Cadeaux', es: 'Regalos', it: 'Regali', nl: 'Cadeaus', ja: 'ギフト', 'zh-CN': '礼物', ar: 'الهدايا' }, target: 'collection:gifts' },
      { title: { en: 'Sale', de: 'Sale', fr: 'Soldes', es: 'Rebajas', it: 'Saldi', nl: 'Sale', ja: 'セール', 'zh-CN': '特惠', ar: 'التخفيضات' }, target: 'collection:sale' },
      { title: { en: 'Our story', de: 'Über uns', fr: 'Notre histoire', es: 'Nuestra historia', it: 'La nostra storia', nl: 'Ons verhaal', ja: '私たちについて', 'zh-CN': '品牌故事', ar: 'قصتنا' }, target: 'page:about' },
    ],
  },
  {
    handle: 'footer',
    title: { en: 'Footer', de: 'Fußzeile', fr: 'Pied de page', es: 'Pie de página', it: 'Piè di pagina', nl: 'Voettekst', ja: 'フッター', 'zh-CN': '页脚', ar: 'تذييل الصفحة' },
    items: [
      { title: { en: 'About us', de: 'Über uns', fr: 'À propos', es: 'Sobre nosotros', it: 'Chi siamo', nl: 'Over ons', ja: '私たちについて', 'zh-CN': '关于我们', ar: 'من نحن' }, target: 'page:about' },
      { title: { en: 'Shipping', de: 'Versand', fr: 'Livraison', es: 'Envíos', it: 'Spedizioni', nl: 'Verzending', ja: '配送について', 'zh-CN': '配送说明', ar: 'الشحن' }, target: 'page:shipping' },
      { title: { en: 'Returns', de: 'Rücksendungen', fr: 'Retours', es: 'Devoluciones', it: 'Resi', nl: 'Retourneren', ja: '返品・交換', 'zh-CN': '退换货', ar: 'الإرجاع' }, target: 'page:returns' },
      { title: { en: 'Terms of service', de: 'AGB', fr: 'CGV', es: 'Condiciones de venta', it: 'Condizioni di vendita', nl: 'Algemene voorwaarden', ja: '利用規約', 'zh-CN': '服务条款', ar: 'الشروط والأحكام' }, target: 'page:terms-of-service' },
      { title: { en: 'Contact', de: 'Kontakt', fr: 'Contact', es: 'Contacto', it: 'Contatti', nl: 'Contact', ja: 'お問い合わせ', 'zh-CN': '联系我们', ar: 'اتصل بنا' }, target: 'page:contact' },
      { title: { en: 'Gifts', de: 'Geschenke', fr: 'Cadeaux', es: 'Regalos', it: 'Regali', nl: 'Cadeaus', ja: 'ギフト', 'zh-CN': '礼物', ar: 'الهدايا' }, target: 'collection:gifts' },
      { title: { en: 'New arrivals', de: 'Neuheiten', fr: 'Nouveautés', es: 'Novedades', it: 'Nuovi arrivi', nl: 'Nieuw binnen', ja: '新着', 'zh-CN': '新品', ar: 'وصل حديثًا' }, target: 'collection:new-arrivals' },
      { title: { en: 'Search', de: 'Suche', fr: 'Recherche', es: 'Buscar', it: 'Cerca', nl: 'Zoeken', ja: '検索', 'zh-CN': '搜索', ar: 'البحث' }, target: 'search' },
    ],
  },
];
