import type { Db } from '#app/db/client.server.ts';
import { toGid } from '#app/lib/gid.ts';
import { createArticle, type ArticleTranslation } from '#app/modules/blog/articles.server.ts';
import { createBlog } from '#app/modules/blog/blogs.server.ts';
import { storeImage } from '#app/modules/media/media.server.ts';
import { upsertTranslations } from '#app/modules/translations/translations.server.ts';
import { STOREFRONT_LANGUAGES, type StorefrontLanguage } from './catalog-types.ts';

/**
 * The demo store's journal: one blog, three published articles about the catalog and a draft.
 * Titles, handles and summaries are in every storefront language; bodies in en, de, fr, es and ja
 * (the others fall back to English, as a real shop's partial translations do).
 */

type Partial9 = Partial<Record<StorefrontLanguage, string>> & { en: string };

interface SeedArticle {
  handle: Partial9;
  title: Partial9;
  summary: Partial9;
  body: Partial9;
  metaTitle?: Partial9;
  author: string;
  authorBio: string;
  tags: string[];
  publishedAt: Date | null;
  image: { colors: [string, string, string]; alt: Partial9 };
}

const p = (...paragraphs: string[]) => paragraphs.map((x) => `<p>${x}</p>`).join('');

export const JOURNAL = {
  handle: {
    en: 'journal',
    de: 'magazin',
    fr: 'journal',
    es: 'diario',
    it: 'diario',
    nl: 'journaal',
    ja: 'ジャーナル',
    'zh-CN': '日志',
    ar: 'المجلة',
  } as Partial9,
  title: {
    en: 'Journal',
    de: 'Magazin',
    fr: 'Journal',
    es: 'Diario',
    it: 'Diario',
    nl: 'Journaal',
    ja: 'ジャーナル',
    'zh-CN': '日志',
    ar: 'المجلة',
  } as Partial9,
};

export const ARTICLES: SeedArticle[] = [
  {
    handle: {
      en: 'caring-for-merino',
      de: 'merino-richtig-pflegen',
      fr: 'entretenir-le-merinos',
      es: 'cuidar-la-lana-merino',
      it: 'cura-della-lana-merino',
      nl: 'merino-verzorgen',
      ja: 'メリノのお手入れ',
      'zh-CN': '美利奴羊毛护理',
      ar: 'العناية-بصوف-المرينو',
    },
    title: {
      en: 'Caring for merino through the winter',
      de: 'Merino richtig pflegen – durch den ganzen Winter',
      fr: 'Entretenir le mérinos tout l’hiver',
      es: 'Cómo cuidar la lana merino en invierno',
      it: 'Come curare la lana merino in inverno',
      nl: 'Merino verzorgen in de winter',
      ja: '冬のメリノウールのお手入れ',
      'zh-CN': '冬季美利奴羊毛护理指南',
      ar: 'العناية بصوف المرينو طوال الشتاء',
    },
    summary: {
      en: 'Wash less, dry flat, fold, never hang: four habits that keep a merino sweater soft for a decade.',
      de: 'Seltener waschen, liegend trocknen, falten statt aufhängen: vier Gewohnheiten für jahrelang weiche Merinopullover.',
      fr: 'Laver moins, sécher à plat, plier plutôt que suspendre : quatre gestes pour un pull en mérinos doux pendant des années.',
      es: 'Lavar menos, secar en plano, doblar y no colgar: cuatro hábitos para un jersey de merino suave durante años.',
      it: 'Lavare meno, asciugare in piano, piegare e non appendere: quattro abitudini per un maglione morbido per anni.',
      nl: 'Minder wassen, plat drogen, vouwen in plaats van hangen: vier gewoontes voor een zachte merino trui.',
      ja: '洗いすぎない、平干し、たたんで保管。メリノを十年やわらかく保つ四つの習慣。',
      'zh-CN': '少洗、平铺晾干、折叠存放：让美利奴毛衣柔软多年的四个习惯。',
      ar: 'اغسل أقل، جفّف مسطحًا، واطوِ بدل التعليق: أربع عادات تحافظ على نعومة كنزة المرينو لسنوات.',
    },
    metaTitle: {
      en: 'How to wash and store merino wool',
      de: 'Merinowolle waschen und aufbewahren',
      fr: 'Laver et ranger la laine mérinos',
      ja: 'メリノウールの洗い方と保管方法',
    },
    body: {
      en:
        '<h2>Wash less than you think</h2>' +
        p(
          'Merino is naturally odour-resistant. After a day’s wear, air our <strong>Merino Crew Sweater</strong> overnight on a chair back and it is ready again; a wash every five or six wears is plenty.',
          'When it is time, use cold water and a wool detergent, turn the sweater inside out and press, never wring.',
        ) +
        '<h2>Dry flat, store folded</h2>' +
        p(
          'Roll the sweater in a towel to lift the water, then reshape it on a flat surface away from the radiator. Hangers stretch shoulders; a folded stack on a shelf keeps the shape for years.',
          'Before summer, wash everything once and store it in a cotton bag with a cedar block: moths love worn wool.',
        ),
      de:
        '<h2>Seltener waschen, als man denkt</h2>' +
        p(
          'Merino ist von Natur aus geruchsresistent. Nach einem Tag reicht es, unseren <strong>Merino-Rundhalspullover</strong> über Nacht auf einer Stuhllehne auszulüften; eine Wäsche alle fünf bis sechs Tragetage genügt.',
          'Wenn es so weit ist: kaltes Wasser, Wollwaschmittel, auf links drehen und sanft drücken, niemals auswringen.',
        ) +
        '<h2>Liegend trocknen, gefaltet lagern</h2>' +
        p(
          'Den Pullover in ein Handtuch rollen, um das Wasser herauszudrücken, dann liegend und fern der Heizung in Form bringen. Bügel dehnen die Schultern; gefaltet im Regal bleibt die Form jahrelang erhalten.',
          'Vor dem Sommer alles einmal waschen und in einem Baumwollbeutel mit einem Zedernholzblock lagern: Motten lieben getragene Wolle.',
        ),
      fr:
        '<h2>Laver moins qu’on ne le croit</h2>' +
        p(
          'Le mérinos résiste naturellement aux odeurs. Après une journée, aérez notre <strong>pull ras du cou en mérinos</strong> sur un dossier de chaise pendant la nuit ; un lavage toutes les cinq ou six utilisations suffit.',
          'Le moment venu : eau froide, lessive pour laine, pull retourné, on presse sans jamais tordre.',
        ) +
        '<h2>Sécher à plat, ranger plié</h2>' +
        p(
          'Roulez le pull dans une serviette pour retirer l’eau, puis remettez-le en forme à plat, loin du radiateur. Les cintres déforment les épaules ; plié sur une étagère, il garde sa forme des années.',
          'Avant l’été, lavez tout une fois et rangez-le dans un sac en coton avec un bloc de cèdre : les mites adorent la laine portée.',
        ),
      es:
        '<h2>Lava menos de lo que crees</h2>' +
        p(
          'La merino resiste los olores de forma natural. Tras un día de uso, basta con airear nuestro <strong>jersey de cuello redondo de merino</strong> durante la noche; un lavado cada cinco o seis usos es suficiente.',
          'Cuando toque: agua fría, detergente para lana, del revés y presionar sin escurrir.',
        ) +
        '<h2>Secar en plano, guardar doblado</h2>' +
        p(
          'Enrolla el jersey en una toalla para quitar el agua y dale forma en plano, lejos del radiador. Las perchas deforman los hombros; doblado en un estante mantiene la forma durante años.',
        ),
      ja:
        '<h2>洗いすぎないこと</h2>' +
        p(
          'メリノには天然の防臭性があります。一日着たら、<strong>メリノ クルーネックセーター</strong>を椅子の背にかけて一晩風を通すだけで十分。洗濯は五、六回着てからで大丈夫です。',
          '洗うときは冷水とウール用洗剤で、裏返して押し洗い。決してねじらないでください。',
        ) +
        '<h2>平干しして、たたんで保管</h2>' +
        p(
          'タオルで包んで水気を取り、暖房から離れた平らな場所で形を整えて干します。ハンガーは肩が伸びる原因に。棚にたたんで置けば何年も形が保てます。',
          '夏の前に一度洗い、杉のブロックと一緒に綿の袋へ。虫は着用したウールが好物です。',
        ),
    },
    author: 'Ingrid Halvorsen',
    authorBio:
      'Ingrid looks after our knitwear range and the workshops near Biella and in the Scottish Borders.',
    tags: ['care', 'knitwear', 'merino'],
    publishedAt: new Date('2026-10-02T08:00:00Z'),
    image: {
      colors: ['#d8c9b0', '#5b6f8a', '#f3ede2'],
      alt: {
        en: 'A folded navy merino sweater on a linen-covered shelf',
        de: 'Ein gefalteter marineblauer Merinopullover auf einem mit Leinen bezogenen Regal',
        fr: 'Un pull en mérinos bleu marine plié sur une étagère couverte de lin',
        ja: 'リネンを敷いた棚にたたまれたネイビーのメリノセーター',
      },
    },
  },
  {
    handle: {
      en: 'a-visit-to-mashiko',
      de: 'zu-besuch-in-mashiko',
      fr: 'visite-a-mashiko',
      es: 'visita-a-mashiko',
      it: 'visita-a-mashiko',
      nl: 'op-bezoek-in-mashiko',
      ja: '益子を訪ねて',
      'zh-CN': '走访益子',
      ar: 'زيارة-إلى-ماشيكو',
    },
    title: {
      en: 'A visit to Kiln & Co. in Mashiko',
      de: 'Zu Besuch bei Kiln & Co. in Mashiko',
      fr: 'Visite chez Kiln & Co. à Mashiko',
      es: 'Visita a Kiln & Co. en Mashiko',
      it: 'In visita da Kiln & Co. a Mashiko',
      nl: 'Op bezoek bij Kiln & Co. in Mashiko',
      ja: '益子の窯元 Kiln & Co. を訪ねて',
      'zh-CN': '走访益子的 Kiln & Co. 窑坊',
      ar: 'زيارة إلى Kiln & Co. في ماشيكو',
    },
    summary: {
      en: 'Where our stoneware mugs and kyusu teapots are thrown, glazed and fired, two hours north of Tokyo.',
      de: 'Wo unsere Steinzeugbecher und Kyusu-Teekannen gedreht, glasiert und gebrannt werden – zwei Stunden nördlich von Tokio.',
      fr: 'Là où nos mugs en grès et nos théières kyusu sont tournés, émaillés et cuits, à deux heures au nord de Tokyo.',
      es: 'Donde se tornean, esmaltan y cuecen nuestras tazas de gres y teteras kyusu, a dos horas al norte de Tokio.',
      it: 'Dove le nostre tazze in gres e le teiere kyusu vengono tornite, smaltate e cotte, a due ore a nord di Tokyo.',
      nl: 'Waar onze stenen mokken en kyusu-theepotten worden gedraaid, geglazuurd en gebakken, twee uur ten noorden van Tokio.',
      ja: '東京から北へ二時間。マグカップと急須が挽かれ、釉をかけられ、焼かれる場所へ。',
      'zh-CN': '在东京以北两小时的地方，我们的陶杯和急须壶在这里拉坯、上釉、烧制。',
      ar: 'حيث تُشكَّل أكوابنا الحجرية وأباريق الكيوسو وتُزجَّج وتُحرق، على بعد ساعتين شمال طوكيو.',
    },
    body: {
      en:
        p(
          'Mashiko has made pottery since the 1850s, and the town still smells of wood smoke on firing days. Kiln &amp; Co. is a family workshop of six potters who throw every <strong>Stoneware Mug</strong> we sell by hand.',
          'The speckles in the glaze are iron in the local clay rising through the surface in the kiln. No two mugs match, and that is the point.',
        ) +
        '<h2>From wheel to kiln</h2>' +
        p(
          'A mug takes three weeks: throwing, a slow dry, trimming, a bisque firing, glazing and a final firing at 1,250 °C. The <strong>Kyusu Teapot</strong> takes longer still, because its built-in strainer is pierced by hand, hole by hole.',
        ) +
        '<blockquote><p>“We make a few hundred pieces a month. That is enough.” – Haruto, Kiln &amp; Co.</p></blockquote>',
      de:
        p(
          'In Mashiko wird seit den 1850er-Jahren getöpfert, und an Brenntagen riecht der Ort noch immer nach Holzrauch. Kiln &amp; Co. ist eine Familienwerkstatt mit sechs Töpfern, die jeden <strong>Steinzeugbecher</strong> von Hand drehen.',
          'Die Sprenkel in der Glasur sind Eisen aus dem örtlichen Ton, das im Ofen an die Oberfläche steigt. Kein Becher gleicht dem anderen – genau darum geht es.',
        ) +
        '<h2>Von der Scheibe in den Ofen</h2>' +
        p(
          'Ein Becher braucht drei Wochen: drehen, langsam trocknen, abdrehen, schrüheln, glasieren und ein letzter Brand bei 1.250 °C. Die <strong>Kyusu-Teekanne</strong> dauert noch länger, denn ihr Sieb wird Loch für Loch von Hand gestochen.',
        ) +
        '<blockquote><p>„Wir machen ein paar hundert Stücke im Monat. Das reicht.“ – Haruto, Kiln &amp; Co.</p></blockquote>',
      fr:
        p(
          'On fait de la poterie à Mashiko depuis les années 1850, et les jours de cuisson la ville sent encore la fumée de bois. Kiln &amp; Co. est un atelier familial de six potiers qui tournent à la main chaque <strong>mug en grès</strong>.',
          'Les mouchetures de l’émail sont le fer de l’argile locale qui remonte en surface pendant la cuisson. Aucun mug n’est identique, et c’est voulu.',
        ) +
        '<h2>Du tour au four</h2>' +
        p(
          'Un mug demande trois semaines : tournage, séchage lent, tournassage, biscuit, émaillage puis cuisson finale à 1 250 °C. La <strong>théière kyusu</strong> prend plus longtemps encore, car son filtre est percé à la main, trou par trou.',
        ),
      es: p(
        'En Mashiko se hace cerámica desde la década de 1850. Kiln &amp; Co. es un taller familiar de seis alfareros que tornean a mano cada <strong>taza de gres</strong> que vendemos.',
        'Las motas del esmalte son el hierro de la arcilla local que sube a la superficie en el horno. No hay dos tazas iguales.',
      ),
      ja:
        p(
          '益子では1850年代から焼き物が作られ、窯焚きの日には今も薪の煙の香りが町に漂います。Kiln &amp; Co. は六人の陶工による家族経営の工房で、私たちの<strong>ストーンウェア マグ</strong>はすべてここで手挽きされています。',
          '釉薬の斑点は、地元の土に含まれる鉄分が窯の中で表面に浮き出たもの。ひとつとして同じものはありません。',
        ) +
        '<h2>ろくろから窯へ</h2>' +
        p(
          'マグひとつに三週間。成形、ゆっくりとした乾燥、削り、素焼き、施釉、そして1,250℃での本焼き。<strong>急須</strong>は茶こしの穴をひとつずつ手で開けるため、さらに時間がかかります。',
        ),
    },
    author: 'Kenji Mori',
    authorBio:
      'Kenji sources our ceramics and tea and spends a month of every year with our makers in Japan.',
    tags: ['makers', 'ceramics', 'japan'],
    publishedAt: new Date('2026-10-20T07:30:00Z'),
    image: {
      colors: ['#b9a48c', '#7a4e33', '#efe6d8'],
      alt: {
        en: 'Speckled stoneware mugs drying on a wooden board in the Mashiko workshop',
        de: 'Gesprenkelte Steinzeugbecher trocknen auf einem Holzbrett in der Werkstatt in Mashiko',
        fr: 'Des mugs en grès moucheté sèchent sur une planche dans l’atelier de Mashiko',
        ja: '益子の工房で板の上に並んで乾燥中の斑点のあるマグカップ',
      },
    },
  },
  {
    handle: {
      en: 'brewing-hojicha-at-home',
      de: 'hojicha-zu-hause-zubereiten',
      fr: 'preparer-le-hojicha',
      es: 'preparar-hojicha-en-casa',
      it: 'preparare-hojicha-a-casa',
      nl: 'hojicha-thuis-zetten',
      ja: '家で淹れるほうじ茶',
      'zh-CN': '在家冲泡焙茶',
      ar: 'تحضير-شاي-هوجيتشا',
    },
    title: {
      en: 'Brewing hojicha at home',
      de: 'Hojicha zu Hause zubereiten',
      fr: 'Préparer le hojicha chez soi',
      es: 'Preparar hojicha en casa',
      it: 'Preparare l’hojicha a casa',
      nl: 'Hojicha thuis zetten',
      ja: '家でおいしいほうじ茶を淹れる',
      'zh-CN': '在家冲泡焙茶',
      ar: 'تحضير شاي الهوجيتشا في المنزل',
    },
    summary: {
      en: 'Roasted green tea forgives hot water and long steeps: a calm evening cup, brewed in a kyusu.',
      de: 'Gerösteter grüner Tee verzeiht heißes Wasser und lange Ziehzeiten: eine ruhige Abendtasse aus der Kyusu.',
      fr: 'Le thé vert torréfié pardonne l’eau chaude et les infusions longues : une tasse du soir, préparée au kyusu.',
      es: 'El té verde tostado perdona el agua caliente y las infusiones largas: una taza tranquila para la noche.',
      it: 'Il tè verde tostato perdona l’acqua calda e le infusioni lunghe: una tazza serale preparata nella kyusu.',
      nl: 'Geroosterde groene thee vergeeft heet water en lang trekken: een rustige avondkop uit de kyusu.',
      ja: '焙じた緑茶は熱湯にも長めの抽出にも寛容。急須で淹れる、夜の落ち着いた一杯。',
      'zh-CN': '焙炒过的绿茶耐热水、耐久泡：用急须壶冲一杯安静的晚茶。',
      ar: 'الشاي الأخضر المحمّص يتحمّل الماء الساخن والنقع الطويل: كوب مسائي هادئ في إبريق الكيوسو.',
    },
    metaTitle: {
      en: 'How to brew hojicha: water, time and teapot',
      de: 'Hojicha zubereiten: Wasser, Zeit und Teekanne',
    },
    body: {
      en:
        p(
          'Hojicha is green tea roasted over charcoal until the leaves turn chestnut brown. The roasting takes away most of the bitterness and much of the caffeine, which makes it the tea we drink after dinner.',
        ) +
        '<h2>What you need</h2>' +
        '<ul><li>5 g of <strong>Hojicha Roasted Green Tea</strong> (two heaped teaspoons)</li><li>300 ml of water just off the boil, about 95 °C</li><li>A <strong>Kyusu Teapot</strong> or any pot with a fine strainer</li></ul>' +
        '<h2>How to brew</h2>' +
        '<ol><li>Warm the pot and the cups with hot water, then pour it away.</li><li>Add the leaves and the water and steep for 30 seconds.</li><li>Pour every last drop: the second infusion needs only 10 seconds.</li></ol>',
      de:
        p(
          'Hojicha ist grüner Tee, der über Holzkohle geröstet wird, bis die Blätter kastanienbraun sind. Das Rösten nimmt ihm den Großteil der Bitterkeit und viel Koffein – deshalb trinken wir ihn nach dem Abendessen.',
        ) +
        '<h2>Was Sie brauchen</h2>' +
        '<ul><li>5 g <strong>Hojicha gerösteter Grüntee</strong> (zwei gehäufte Teelöffel)</li><li>300 ml Wasser, gerade nicht mehr kochend, etwa 95 °C</li><li>Eine <strong>Kyusu-Teekanne</strong> oder eine Kanne mit feinem Sieb</li></ul>' +
        '<h2>Zubereitung</h2>' +
        '<ol><li>Kanne und Tassen mit heißem Wasser vorwärmen und ausgießen.</li><li>Blätter und Wasser hineingeben und 30 Sekunden ziehen lassen.</li><li>Bis zum letzten Tropfen ausgießen: Der zweite Aufguss braucht nur 10 Sekunden.</li></ol>',
      fr:
        p(
          'Le hojicha est un thé vert torréfié au charbon de bois jusqu’à ce que les feuilles prennent une couleur châtaigne. La torréfaction lui ôte l’essentiel de son amertume et une bonne part de sa caféine.',
        ) +
        '<h2>Préparation</h2>' +
        '<ol><li>Réchauffez la théière et les tasses à l’eau chaude.</li><li>5 g de feuilles, 300 ml d’eau à 95 °C, 30 secondes d’infusion.</li><li>Versez jusqu’à la dernière goutte : la deuxième infusion ne demande que 10 secondes.</li></ol>',
      ja:
        p(
          'ほうじ茶は、緑茶を炭火で栗色になるまで焙じたお茶。焙煎で苦みとカフェインの多くが抜けるので、私たちは夕食後に飲んでいます。',
        ) +
        '<h2>淹れ方</h2>' +
        '<ol><li>急須と湯のみをお湯で温め、お湯を捨てます。</li><li>茶葉5gと95℃のお湯300mlを入れ、30秒待ちます。</li><li>最後の一滴まで注ぎ切ります。二煎目は10秒で十分です。</li></ol>',
    },
    author: 'Kenji Mori',
    authorBio:
      'Kenji sources our ceramics and tea and spends a month of every year with our makers in Japan.',
    tags: ['tea', 'recipes', 'japan'],
    publishedAt: new Date('2026-11-12T09:00:00Z'),
    image: {
      colors: ['#c7b299', '#8c5a2b', '#f6efe4'],
      alt: {
        en: 'A kyusu teapot pouring roasted hojicha into a small stoneware cup',
        de: 'Eine Kyusu-Teekanne gießt gerösteten Hojicha in eine kleine Steinzeugtasse',
        fr: 'Une théière kyusu verse du hojicha torréfié dans une petite tasse en grès',
        ja: '急須から小さな湯のみにほうじ茶を注ぐ様子',
      },
    },
  },
  {
    handle: { en: 'linen-through-the-seasons', de: 'leinen-durch-die-jahreszeiten' },
    title: { en: 'Linen through the seasons', de: 'Leinen durch die Jahreszeiten' },
    summary: { en: 'Draft: why stonewashed linen belongs on the bed in January too.' },
    body: {
      en: p(
        'Draft. Linen is cool in summer and, washed soft, surprisingly warm in winter. Notes for the spring edition: the Linen Cushion Cover, the Wide-Leg Linen Trousers.',
      ),
    },
    author: 'Ana Ribeiro',
    authorBio: 'Ana works with our weavers and sewers in Portugal and Lithuania.',
    tags: ['linen', 'home'],
    publishedAt: null,
    image: {
      colors: ['#e4ddd0', '#9aa58c', '#faf7f1'],
      alt: { en: 'Stonewashed linen cushion covers stacked on a bench' },
    },
  },
];

/** A simple still life (a shelf, an object, light) in three colours; storeImage rasterizes it. */
function illustration([bg, object, light]: [string, string, string], seed: number): Uint8Array {
  const x = 300 + (seed % 3) * 160;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 1200 800">
  <rect width="1200" height="800" fill="${bg}"/>
  <circle cx="${900 - seed * 90}" cy="200" r="150" fill="${light}" opacity="0.55"/>
  <rect y="560" width="1200" height="240" fill="${object}" opacity="0.25"/>
  <rect x="${x}" y="330" width="260" height="240" rx="36" fill="${object}"/>
  <rect x="${x + 250}" y="380" width="80" height="120" rx="40" fill="none" stroke="${object}" stroke-width="28"/>
  <ellipse cx="${x + 130}" cy="330" rx="130" ry="26" fill="${light}" opacity="0.6"/>
</svg>`;
  return new TextEncoder().encode(svg);
}

const translationsOf = (text: Partial9, field: ArticleTranslation['field']): ArticleTranslation[] =>
  STOREFRONT_LANGUAGES.filter((l) => l !== 'en' && text[l] && text[l] !== text.en).map((locale) => ({
    locale,
    field,
    value: text[locale]!,
  }));

/** Writes the Journal blog and its articles (with images) through the blog module. */
export async function seedBlog(db: Db): Promise<{ blogId: number; articleIds: number[] }> {
  const blogId = await createBlog(db, {
    handle: JOURNAL.handle.en,
    title: JOURNAL.title.en,
    translations: [...translationsOf(JOURNAL.title, 'title'), ...translationsOf(JOURNAL.handle, 'handle')],
  });
  const articleIds: number[] = [];
  for (const [i, a] of ARTICLES.entries()) {
    const image = await storeImage(db, illustration(a.image.colors, i), { alt: a.image.alt.en });
    await upsertTranslations(
      db,
      STOREFRONT_LANGUAGES.filter((l) => l !== 'en' && a.image.alt[l]).map((locale) => ({
        resourceGid: toGid('MediaImage', image.id),
        field: 'alt' as const,
        locale,
        value: a.image.alt[locale]!,
        source: a.image.alt.en,
      })),
    );
    articleIds.push(
      await createArticle(db, {
        blogId,
        handle: a.handle.en,
        title: a.title.en,
        bodyHtml: a.body.en,
        summaryHtml: `<p>${a.summary.en}</p>`,
        authorName: a.author,
        authorBio: a.authorBio,
        tags: a.tags,
        imageId: image.id,
        publishedAt: a.publishedAt,
        seoTitle: a.metaTitle?.en ?? null,
        translations: [
          ...translationsOf(a.title, 'title'),
          ...translationsOf(a.handle, 'handle'),
          ...translationsOf(a.body, 'body_html'),
          ...translationsOf(
            Object.fromEntries(Object.entries(a.summary).map(([l, v]) => [l, `<p>${v}</p>`])) as Partial9,
            'summary_html',
          ),
          ...(a.metaTitle ? translationsOf(a.metaTitle, 'meta_title') : []),
        ],
      }),
    );
  }
  return { blogId, articleIds };
}
