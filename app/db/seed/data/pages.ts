import type { SeedPage } from '../catalog-types.ts';

/** The shop's contact address as a mail link, shared by every page body. */
const mail = '<a href="mailto:hello@auroraandoak.example">hello@auroraandoak.example</a>';

export const pages: SeedPage[] = [
  {
    handle: 'about',
    title: {
      en: 'Our story',
      de: 'Über uns',
      fr: 'Notre histoire',
      es: 'Nuestra historia',
      it: 'La nostra storia',
      nl: 'Ons verhaal',
      ja: '私たちについて',
      'zh-CN': '品牌故事',
      ar: 'قصتنا',
    },
    bodyHtml: {
      en:
        '<h2>Well-made things for slow days</h2>' +
        '<p>Aurora &amp; Oak began in a small studio with a simple frustration: the things we loved most never seemed to last. So we set out to make fewer, better ones – knitwear you reach for every winter, the mug that quietly becomes your favourite, linen that softens over the years instead of wearing thin.</p>' +
        '<h2>Made with small workshops</h2>' +
        '<p>We don’t own factories. Instead, we work closely with family workshops that have spent generations getting one craft right, and we visit every one of them in person:</p>' +
        '<ul>' +
        '<li><strong>Portugal</strong> – cotton jersey cut and sewn in Porto, waffle towels woven in Guimarães and stoneware pressed by hand near Aveiro.</li>' +
        '<li><strong>Italy</strong> – extra-fine merino knitted near Biella, and notebooks thread-sewn by a family bindery in Florence.</li>' +
        '<li><strong>Japan</strong> – mugs and teapots thrown by Kiln &amp; Co. in Mashiko, and chunky knits from Hokkaido Woolworks in Sapporo.</li>' +
        '<li><strong>Great Britain</strong> – lambswool from the Scottish Borders and merino throws woven to order in West Yorkshire.</li>' +
        '</ul>' +
        '<p>We keep our runs small and plan orders well ahead, so our makers can work at their own pace rather than rush.</p>' +
        '<h2>Materials that age well</h2>' +
        '<p>We choose fibres and finishes for how they will look in ten years, not ten days: GOTS-certified organic cotton, merino, lambswool and cashmere, stonewashed Lithuanian linen, vegetable-tanned leather and iron-flecked stoneware.</p>' +
        '<h2>Made to be looked after</h2>' +
        '<p>Every piece comes with simple care notes. Wash wool cold and dry it flat, re-wax a waxed jacket once a year, let linen crumple as it likes. And if something needs mending, write to us at ' +
        mail +
        ' – we’ll help you keep it going.</p>',
      de:
        '<h2>Gut gemachte Dinge für ruhige Tage</h2>' +
        '<p>Aurora &amp; Oak begann in einem kleinen Studio mit einem einfachen Ärgernis: Gerade die Dinge, die wir am meisten mochten, hielten nie lange. Also haben wir uns vorgenommen, weniger zu machen, dafür Besseres – Strick, zu dem man jeden Winter wieder greift, den Becher, der ganz nebenbei zum Lieblingsbecher wird, Leinen, das mit den Jahren weicher wird, statt dünn zu werden.</p>' +
        '<h2>Gefertigt in kleinen Werkstätten</h2>' +
        '<p>Wir besitzen keine Fabriken. Stattdessen arbeiten wir eng mit Familienbetrieben zusammen, die seit Generationen ein Handwerk perfektionieren – und wir besuchen jeden von ihnen persönlich:</p>' +
        '<ul>' +
        '<li><strong>Portugal</strong> – Baumwolljersey, in Porto zugeschnitten und genäht, Waffelhandtücher aus Guimarães und von Hand gepresstes Steinzeug aus der Nähe von Aveiro.</li>' +
        '<li><strong>Italien</strong> – extrafeine Merinowolle, gestrickt bei Biella, und fadengeheftete Notizbücher aus einer Florentiner Familienbuchbinderei.</li>' +
        '<li><strong>Japan</strong> – Becher und Teekannen, von Kiln &amp; Co. in Mashiko auf der Scheibe gedreht, und kräftiger Strick von Hokkaido Woolworks in Sapporo.</li>' +
        '<li><strong>Großbritannien</strong> – Lammwolle aus den Scottish Borders und Merino-Plaids, auf Bestellung in West Yorkshire gewebt.</li>' +
        '</ul>' +
        '<p>Wir produzieren in kleinen Serien und planen Aufträge lange im Voraus, damit unsere Werkstätten in ihrem eigenen Tempo arbeiten können, statt zu hetzen.</p>' +
        '<h2>Materialien, die schön altern</h2>' +
        '<p>Wir wählen Fasern und Oberflächen danach aus, wie sie in zehn Jahren aussehen – nicht in zehn Tagen: GOTS-zertifizierte Bio-Baumwolle, Merino, Lammwolle und Kaschmir, weich gewaschenes Leinen aus Litauen, pflanzlich gegerbtes Leder und eisengesprenkeltes Steinzeug.</p>' +
        '<h2>Gemacht, um gepflegt zu werden</h2>' +
        '<p>Jedem Stück liegen einfache Pflegehinweise bei. Wolle kalt waschen und liegend trocknen, eine gewachste Jacke einmal im Jahr neu einwachsen, Leinen ruhig knittern lassen. Und wenn einmal etwas repariert werden muss, schreiben Sie uns an ' +
        mail +
        ' – wir helfen Ihnen gern, es lange zu erhalten.</p>',
      fr:
        '<h2>De belles choses pour les jours tranquilles</h2>' +
        '<p>Aurora &amp; Oak est née dans un petit studio, d’un agacement tout simple : les objets que nous aimions le plus ne duraient jamais. Nous avons donc décidé d’en faire moins, mais mieux – des mailles que l’on ressort chaque hiver, la tasse qui devient sans qu’on y pense la préférée, un lin qui s’adoucit au fil des années au lieu de s’user.</p>' +
        '<h2>Fabriqué avec de petits ateliers</h2>' +
        '<p>Nous ne possédons pas d’usines. Nous travaillons étroitement avec des ateliers familiaux qui perfectionnent un savoir-faire depuis des générations, et nous leur rendons visite en personne :</p>' +
        '<ul>' +
        '<li><strong>Portugal</strong> – jersey de coton coupé et cousu à Porto, serviettes nid d’abeille tissées à Guimarães et grès pressé à la main près d’Aveiro.</li>' +
        '<li><strong>Italie</strong> – mérinos extrafin tricoté près de Biella et carnets cousus au fil par une reliure familiale de Florence.</li>' +
        '<li><strong>Japon</strong> – tasses et théières tournées par Kiln &amp; Co. à Mashiko, et grosses mailles de Hokkaido Woolworks à Sapporo.</li>' +
        '<li><strong>Grande-Bretagne</strong> – laine d’agneau des Scottish Borders et plaids en mérinos tissés à la commande dans le West Yorkshire.</li>' +
        '</ul>' +
        '<p>Nous produisons en petites séries et planifions nos commandes longtemps à l’avance, pour que nos artisans puissent travailler à leur rythme, sans se presser.</p>' +
        '<h2>Des matières qui vieillissent bien</h2>' +
        '<p>Nous choisissons fibres et finitions pour l’allure qu’elles auront dans dix ans, pas dans dix jours : coton bio certifié GOTS, mérinos, laine d’agneau et cachemire, lin lituanien délavé, cuir à tannage végétal et grès moucheté de fer.</p>' +
        '<h2>Faits pour être entretenus</h2>' +
        '<p>Chaque pièce est accompagnée de conseils d’entretien simples. Lavez la laine à froid et séchez-la à plat, recirez une veste cirée une fois par an, laissez le lin se froisser à sa guise. Et si un objet a besoin d’être réparé, écrivez-nous à ' +
        mail +
        ' : nous vous aiderons à le faire durer.</p>',
      es:
        '<h2>Cosas bien hechas para días sin prisa</h2>' +
        '<p>Aurora &amp; Oak nació en un pequeño estudio a partir de una frustración muy sencilla: las cosas que más queríamos nunca duraban. Así que decidimos hacer menos, pero mejor: prendas de punto que vuelves a ponerte cada invierno, esa taza que sin darte cuenta se convierte en tu favorita, lino que se suaviza con los años en lugar de desgastarse.</p>' +
        '<h2>Hecho con pequeños talleres</h2>' +
        '<p>No tenemos fábricas propias. Trabajamos codo con codo con talleres familiares que llevan generaciones perfeccionando un oficio, y los visitamos a todos en persona:</p>' +
        '<ul>' +
        '<li><strong>Portugal</strong>: punto de algodón cortado y cosido en Oporto, toallas de nido de abeja tejidas en Guimarães y gres prensado a mano cerca de Aveiro.</li>' +
        '<li><strong>Italia</strong>: merino extrafino tejido cerca de Biella y cuadernos cosidos con hilo por una encuadernadora familiar de Florencia.</li>' +
        '<li><strong>Japón</strong>: tazas y teteras torneadas por Kiln &amp; Co. en Mashiko, y punto grueso de Hokkaido Woolworks en Sapporo.</li>' +
        '<li><strong>Gran Bretaña</strong>: lana de cordero de los Scottish Borders y mantas de merino tejidas por encargo en West Yorkshire.</li>' +
        '</ul>' +
        '<p>Producimos en series cortas y planificamos los pedidos con mucha antelación, para que nuestros artesanos trabajen a su ritmo y sin prisas.</p>' +
        '<h2>Materiales que envejecen bien</h2>' +
        '<p>Elegimos fibras y acabados pensando en cómo se verán dentro de diez años, no de diez días: algodón orgánico con certificación GOTS, merino, lana de cordero y cachemira, lino lituano lavado a la piedra, piel de curtido vegetal y gres moteado de hierro.</p>' +
        '<h2>Hecho para cuidarlo</h2>' +
        '<p>Cada pieza incluye unas sencillas instrucciones de cuidado. Lava la lana en frío y sécala en horizontal, vuelve a encerar la chaqueta encerada una vez al año, deja que el lino se arrugue a su aire. Y si algo necesita un arreglo, escríbenos a ' +
        mail +
        ' y te ayudaremos a que te acompañe muchos años más.</p>',
      it:
        '<h2>Cose fatte bene per giornate lente</h2>' +
        '<p>Aurora &amp; Oak è nata in un piccolo studio da una frustrazione semplice: le cose che amavamo di più non duravano mai. Così abbiamo deciso di farne meno, ma meglio: maglioni che ritrovi ogni inverno, la tazza che senza accorgertene diventa la tua preferita, lino che con gli anni si ammorbidisce invece di consumarsi.</p>' +
        '<h2>Realizzato con piccoli laboratori</h2>' +
        '<p>Non abbiamo fabbriche nostre. Lavoriamo fianco a fianco con laboratori a conduzione familiare che da generazioni affinano un mestiere, e li andiamo a trovare tutti di persona:</p>' +
        '<ul>' +
        '<li><strong>Portogallo</strong>: jersey di cotone tagliato e cucito a Porto, asciugamani a nido d’ape tessuti a Guimarães e gres pressato a mano vicino ad Aveiro.</li>' +
        '<li><strong>Italia</strong>: merino extrafine lavorato vicino a Biella e quaderni cuciti a filo da una legatoria di famiglia a Firenze.</li>' +
        '<li><strong>Giappone</strong>: tazze e teiere tornite da Kiln &amp; Co. a Mashiko e maglie spesse di Hokkaido Woolworks a Sapporo.</li>' +
        '<li><strong>Gran Bretagna</strong>: lana d’agnello dagli Scottish Borders e plaid in merino tessuti su ordinazione nel West Yorkshire.</li>' +
        '</ul>' +
        '<p>Produciamo in piccole serie e pianifichiamo gli ordini con largo anticipo, così i nostri artigiani possono lavorare con i loro tempi, senza fretta.</p>' +
        '<h2>Materiali che invecchiano bene</h2>' +
        '<p>Scegliamo fibre e finiture pensando a come saranno tra dieci anni, non tra dieci giorni: cotone biologico certificato GOTS, merino, lana d’agnello e cashmere, lino lituano lavato a pietra, pelle conciata al vegetale e gres punteggiato di ferro.</p>' +
        '<h2>Fatti per durare</h2>' +
        '<p>Ogni pezzo arriva con semplici istruzioni di cura. Lava la lana a freddo e falla asciugare in piano, ripassa la cera sulla giacca cerata una volta l’anno, lascia che il lino si stropicci come vuole. E se qualcosa ha bisogno di una riparazione, scrivici a ' +
        mail +
        ': ti aiuteremo a farlo durare ancora a lungo.</p>',
      nl:
        '<h2>Goedgemaakte dingen voor rustige dagen</h2>' +
        '<p>Aurora &amp; Oak begon in een kleine studio, met een eenvoudige ergernis: juist de dingen waar we het meest van hielden, gingen nooit lang mee. Dus besloten we minder te maken, maar dan beter: breiwerk dat je elke winter weer tevoorschijn haalt, de mok die ongemerkt je lievelingsmok wordt, linnen dat met de jaren zachter wordt in plaats van dunner.</p>' +
        '<h2>Gemaakt in kleine werkplaatsen</h2>' +
        '<p>We hebben geen eigen fabrieken. We werken nauw samen met familiebedrijven die al generaties lang één ambacht vervolmaken, en we gaan bij elk van hen zelf langs:</p>' +
        '<ul>' +
        '<li><strong>Portugal</strong>: katoenen jersey, geknipt en genaaid in Porto, wafelhanddoeken geweven in Guimarães en met de hand geperst steengoed uit de buurt van Aveiro.</li>' +
        '<li><strong>Italië</strong>: extra fijne merino, gebreid bij Biella, en draadgenaaide notitieboeken van een familiebinderij in Florence.</li>' +
        '<li><strong>Japan</strong>: mokken en theepotten, gedraaid door Kiln &amp; Co. in Mashiko, en grof breiwerk van Hokkaido Woolworks in Sapporo.</li>' +
        '<li><strong>Groot-Brittannië</strong>: lamswol uit de Scottish Borders en merino plaids, op bestelling geweven in West Yorkshire.</li>' +
        '</ul>' +
        '<p>We produceren in kleine series en plannen onze orders ruim vooruit, zodat onze makers in hun eigen tempo kunnen werken, zonder haast.</p>' +
        '<h2>Materialen die mooi ouder worden</h2>' +
        '<p>We kiezen vezels en afwerkingen op hoe ze er over tien jaar uitzien, niet over tien dagen: GOTS-gecertificeerd biologisch katoen, merino, lamswol en kasjmier, stonewashed Litouws linnen, plantaardig gelooid leer en steengoed met ijzerspikkels.</p>' +
        '<h2>Gemaakt om lang mee te gaan</h2>' +
        '<p>Bij elk stuk zitten eenvoudige verzorgingstips. Was wol koud en laat het plat drogen, wax een gewaxte jas één keer per jaar opnieuw, laat linnen gerust kreuken. En moet er iets gerepareerd worden, mail ons dan op ' +
        mail +
        '; we helpen je graag om het nog jaren mee te laten gaan.</p>',
      ja:
        '<h2>ゆっくり過ごす日のための、よいものを</h2>' +
        '<p>Aurora &amp; Oakは、小さなスタジオから始まりました。きっかけは、とてもシンプルな不満です。本当に気に入ったものほど、なぜか長く使えない。だから私たちは、数を減らして、よりよいものをつくることにしました。冬が来るたびに手に取りたくなるニット、いつの間にかいちばんのお気に入りになっているマグ、年月とともに薄くなるのではなく、やわらかくなっていくリネン。</p>' +
        '<h2>小さな工房とともに</h2>' +
        '<p>私たちは自社工場を持ちません。代々ひとつの技を磨いてきた家族経営の工房と手を取り合い、一軒一軒に実際に足を運んでいます。</p>' +
        '<ul>' +
        '<li><strong>ポルトガル</strong>：ポルトで裁断・縫製するコットンジャージー、ギマランイスで織るワッフルタオル、アヴェイロ近郊で一つひとつ手でプレスする炻器。</li>' +
        '<li><strong>イタリア</strong>：ビエラ近郊で編むエクストラファインメリノ、フィレンツェの家族経営の製本所で糸かがりするノート。</li>' +
        '<li><strong>日本</strong>：益子のKiln &amp; Co.がろくろで挽くマグや急須、札幌のHokkaido Woolworksが編む厚手のニット。</li>' +
        '<li><strong>イギリス</strong>：スコティッシュ・ボーダーズのラムウール、ウエストヨークシャーで受注後に織り上げるメリノのブランケット。</li>' +
        '</ul>' +
        '<p>生産は少量ずつ、発注は余裕をもって早めに。つくり手が急かされることなく、自分たちのペースで仕事ができるようにしています。</p>' +
        '<h2>美しく年を重ねる素材</h2>' +
        '<p>素材や仕上げは、10日後ではなく10年後の姿を思い描いて選んでいます。GOTS認証のオーガニックコットン、メリノ、ラムウール、カシミヤ、ストーンウォッシュをかけたリトアニアリネン、植物タンニンなめしの革、鉄粉がぽつぽつと浮かぶ炻器。</p>' +
        '<h2>手入れをしながら、長く</h2>' +
        '<p>どの商品にも、シンプルなお手入れ方法を添えています。ウールは水で手洗いして平干しに、ワックスコットンのジャケットは年に一度ワックスを塗り直して、リネンはしわも味わいとして楽しんでください。修理が必要になったときは、' +
        mail +
        'までご連絡ください。長く使い続けられるよう、一緒に考えます。</p>',
      'zh-CN':
        '<h2>为慢日子而做的好物</h2>' +
        '<p>Aurora &amp; Oak 诞生于一间小小的工作室，起因是一个再简单不过的烦恼：我们最喜欢的东西，总是用不长久。于是我们决定少做一些，但做得更好——每年冬天都想再穿上的针织衫，不知不觉成了心头好的马克杯，越用越柔软、而不是越用越薄的亚麻。</p>' +
        '<h2>与小型工坊携手</h2>' +
        '<p>我们没有自己的工厂，而是与几代人专注于同一门手艺的家庭工坊紧密合作，并且每一家都亲自拜访过：</p>' +
        '<ul>' +
        '<li><strong>葡萄牙</strong>：在波尔图裁剪缝制的棉质针织面料，在吉马良斯织造的华夫格毛巾，以及在阿威罗附近手工压制的炻器。</li>' +
        '<li><strong>意大利</strong>：在比耶拉附近编织的超细美利奴羊毛，以及由佛罗伦萨一家家族装订坊锁线装订的笔记本。</li>' +
        '<li><strong>日本</strong>：益子的 Kiln &amp; Co. 手工拉坯的马克杯与茶壶，以及札幌 Hokkaido Woolworks 编织的粗针毛衣。</li>' +
        '<li><strong>英国</strong>：来自苏格兰边区的小羊毛，以及在西约克郡接单织造的美利奴盖毯。</li>' +
        '</ul>' +
        '<p>我们坚持小批量生产，并提前很久安排订单，让匠人们可以按自己的节奏从容工作，而不必赶工。</p>' +
        '<h2>经得起岁月的材料</h2>' +
        '<p>挑选纤维和工艺时，我们考虑的是它们十年后的样子，而不是十天后：GOTS 认证有机棉、美利奴羊毛、小羊毛与羊绒、石洗立陶宛亚麻、植鞣皮革，以及带有天然铁斑的炻器。</p>' +
        '<h2>用心养护，长久相伴</h2>' +
        '<p>每件商品都附有简单的护理说明：羊毛用冷水洗涤后平铺晾干，蜡棉夹克每年重新上一次蜡，亚麻的褶皱就随它去吧。如果有东西需要修补，请写信至 ' +
        mail +
        '，我们会帮您让它继续陪伴您。</p>',
      ar:
        '<h2>أشياء متقنة الصنع للأيام الهادئة</h2>' +
        '<p>بدأت Aurora &amp; Oak في استوديو صغير، من إحباط بسيط: الأشياء التي أحببناها أكثر من غيرها لم تكن تدوم أبدًا. فقررنا أن نصنع أقل، لكن أفضل: ملابس محاكة تعود إليها كل شتاء، وكوب يصبح المفضّل لديك دون أن تنتبه، وكتان يزداد نعومة مع السنين بدلًا من أن يبلى.</p>' +
        '<h2>نصنع مع ورش صغيرة</h2>' +
        '<p>لا نملك مصانع، بل نعمل عن قرب مع ورش عائلية أمضت أجيالًا في إتقان حرفة واحدة، ونزور كلًّا منها بأنفسنا:</p>' +
        '<ul>' +
        '<li><strong>البرتغال</strong>: قماش جيرسي قطني يُقص ويُخاط في بورتو، ومناشف بنسيج الوافل تُنسج في غيماريش، وخزف حجري يُكبس يدويًا قرب أفيرو.</li>' +
        '<li><strong>إيطاليا</strong>: صوف ميرينو فائق النعومة يُحاك قرب بييلا، ودفاتر مخيطة بالخيط في ورشة تجليد عائلية في فلورنسا.</li>' +
        '<li><strong>اليابان</strong>: أكواب وأباريق شاي تُشكَّل على عجلة الخزّاف لدى Kiln &amp; Co. في ماشيكو، وملابس محاكة سميكة من Hokkaido Woolworks في سابورو.</li>' +
        '<li><strong>بريطانيا العظمى</strong>: صوف الحملان من منطقة الحدود الاسكتلندية، وبطانيات ميرينو تُنسج حسب الطلب في غرب يوركشاير.</li>' +
        '</ul>' +
        '<p>ننتج بكميات صغيرة ونخطط لطلباتنا قبل وقت طويل، كي يعمل الحرفيون بإيقاعهم الخاص دون استعجال.</p>' +
        '<h2>خامات تزداد جمالًا مع الزمن</h2>' +
        '<p>نختار الألياف والتشطيبات بناءً على شكلها بعد عشر سنوات، لا بعد عشرة أيام: قطن عضوي معتمد من GOTS، وميرينو، وصوف الحملان، وكشمير، وكتان ليتواني مغسول بالحجر، وجلد مدبوغ نباتيًا، وخزف حجري مرقّط بالحديد.</p>' +
        '<h2>عناية تطيل العمر</h2>' +
        '<p>ترافق كل قطعة تعليمات عناية بسيطة: اغسل الصوف بماء بارد وجففه مفرودًا، وأعد تشميع السترة المشمّعة مرة في السنة، ودع الكتان يتجعّد على طبيعته. وإذا احتاج شيء إلى إصلاح، راسلنا على ' +
        mail +
        ' وسنساعدك على أن يدوم طويلًا.</p>',
    },
    seoDescription: {
      en: 'The story of Aurora & Oak: knitwear, ceramics and home textiles made with small family workshops in Portugal, Italy, Japan and Great Britain.',
      de: 'Die Geschichte von Aurora & Oak: Strick, Keramik und Heimtextilien aus kleinen Familienwerkstätten in Portugal, Italien, Japan und Großbritannien.',
      fr: 'L’histoire d’Aurora & Oak : mailles, céramiques et linge de maison créés avec de petits ateliers au Portugal, en Italie, au Japon et au Royaume-Uni.',
      es: 'La historia de Aurora & Oak: punto, cerámica y textiles para el hogar hechos con pequeños talleres de Portugal, Italia, Japón y Gran Bretaña.',
      it: 'La storia di Aurora & Oak: maglieria, ceramiche e tessili per la casa realizzati con piccoli laboratori in Portogallo, Italia, Giappone e Regno Unito.',
      nl: 'Het verhaal van Aurora & Oak: breiwerk, keramiek en woontextiel, gemaakt met kleine werkplaatsen in Portugal, Italië, Japan en Groot-Brittannië.',
      ja: 'Aurora & Oakの物語。ポルトガル、イタリア、日本、イギリスの小さな工房とつくる、ニット、うつわ、ホームテキスタイル。',
      'zh-CN':
        'Aurora & Oak 的品牌故事：与葡萄牙、意大利、日本和英国的小型家庭工坊合作，打造针织服饰、陶瓷器皿与家居织物。',
      ar: 'قصة Aurora & Oak: ملابس محاكة وخزفيات ومنسوجات منزلية نصنعها مع ورش عائلية صغيرة في البرتغال وإيطاليا واليابان وبريطانيا.',
    },
  },
  {
    handle: 'shipping',
    title: {
      en: 'Shipping & delivery',
      de: 'Versand & Lieferung',
      fr: 'Livraison',
      es: 'Envíos y entregas',
      it: 'Spedizioni e consegne',
      nl: 'Verzending & levering',
      ja: '配送について',
      'zh-CN': '配送说明',
      ar: 'الشحن والتوصيل',
    },
    bodyHtml: {
      en:
        '<h2>Shipping worldwide from our studio</h2>' +
        '<p>Every order is packed by hand in our studio and sent with a tracked courier. Most orders leave us within one to two business days. Made-to-order pieces, such as the merino throw blanket, ship as soon as they are finished – usually about three weeks after you order.</p>' +
        '<h2>Delivery times</h2>' +
        '<p>Once your parcel has left the studio, typical delivery times are:</p>' +
        '<ul>' +
        '<li><strong>United States:</strong> 2–5 business days</li>' +
        '<li><strong>United Kingdom and European Union:</strong> 3–6 business days</li>' +
        '<li><strong>Japan, Singapore and the United Arab Emirates:</strong> 4–8 business days</li>' +
        '<li><strong>Canada and Australia:</strong> 5–9 business days</li>' +
        '</ul>' +
        '<p>Busy seasons and customs checks can occasionally add a day or two.</p>' +
        '<h2>Prices and shipping rates</h2>' +
        '<p>Prices and shipping rates are shown in your local currency, and the shipping cost to your address is calculated at checkout, before you pay.</p>' +
        '<h2>Duties and import taxes</h2>' +
        '<p>For some destinations, we calculate duties and import taxes at checkout and you pay them with your order, so there is nothing more to pay on delivery. Where that isn’t possible, the carrier may collect duties and import taxes when your parcel arrives. Checkout tells you clearly which applies to your country before you place your order.</p>' +
        '<ul>' +
        '<li><strong>European Union:</strong> orders up to €150 are shipped under IOSS. VAT is charged at checkout, so there is no VAT to pay on delivery.</li>' +
        '<li><strong>United Kingdom:</strong> on orders up to £135, UK VAT is charged at checkout.</li>' +
        '</ul>' +
        '<h2>Tracking your order</h2>' +
        '<p>As soon as your parcel is on its way, we’ll email you its tracking number so you can follow it on the carrier’s website all the way to your door. If anything looks wrong, write to us at ' +
        mail +
        ' and we’ll look into it straight away.</p>',
      de:
        '<h2>Weltweiter Versand aus unserem Studio</h2>' +
        '<p>Jede Bestellung wird in unserem Studio von Hand verpackt und mit Sendungsverfolgung verschickt. Die meisten Bestellungen verlassen uns innerhalb von ein bis zwei Werktagen. Auf Bestellung gefertigte Stücke wie das Merino-Plaid versenden wir, sobald sie fertig sind – in der Regel etwa drei Wochen nach Ihrer Bestellung.</p>' +
        '<h2>Lieferzeiten</h2>' +
        '<p>Nach dem Versand aus dem Studio gelten diese üblichen Lieferzeiten:</p>' +
        '<ul>' +
        '<li><strong>USA:</strong> 2–5 Werktage</li>' +
        '<li><strong>Vereinigtes Königreich und EU:</strong> 3–6 Werktage</li>' +
        '<li><strong>Japan, Singapur und Vereinigte Arabische Emirate:</strong> 4–8 Werktage</li>' +
        '<li><strong>Kanada und Australien:</strong> 5–9 Werktage</li>' +
        '</ul>' +
        '<p>In der Hochsaison oder bei Zollkontrollen kann es gelegentlich ein, zwei Tage länger dauern.</p>' +
        '<h2>Preise und Versandkosten</h2>' +
        '<p>Preise und Versandkosten sehen Sie in Ihrer Landeswährung. Die Versandkosten für Ihre Adresse werden an der Kasse berechnet, bevor Sie bezahlen.</p>' +
        '<h2>Zölle und Einfuhrabgaben</h2>' +
        '<p>Für einige Länder berechnen wir Zölle und Einfuhrsteuern bereits an der Kasse, und Sie bezahlen sie zusammen mit Ihrer Bestellung – bei der Zustellung fällt dann nichts mehr an. Wo das nicht möglich ist, kann der Zusteller Zölle und Einfuhrsteuern bei der Lieferung erheben. Was für Ihr Land gilt, sehen Sie an der Kasse deutlich, bevor Sie Ihre Bestellung abschicken.</p>' +
        '<ul>' +
        '<li><strong>Europäische Union:</strong> Bestellungen bis 150 € versenden wir über das IOSS-Verfahren. Die Mehrwertsteuer wird an der Kasse berechnet, bei der Zustellung ist also keine Einfuhrumsatzsteuer mehr fällig.</li>' +
        '<li><strong>Vereinigtes Königreich:</strong> Bei Bestellungen bis 135 £ wird die britische Mehrwertsteuer an der Kasse berechnet.</li>' +
        '</ul>' +
        '<h2>Sendungsverfolgung</h2>' +
        '<p>Sobald Ihr Paket unterwegs ist, schicken wir Ihnen per E-Mail die Sendungsnummer, mit der Sie es auf der Website des Zustellers bis an Ihre Haustür verfolgen können. Sollte etwas nicht stimmen, schreiben Sie uns an ' +
        mail +
        ' – wir kümmern uns sofort darum.</p>',
      fr:
        '<h2>Expédition dans le monde entier depuis notre studio</h2>' +
        '<p>Chaque commande est emballée à la main dans notre studio, puis confiée à un transporteur avec suivi. La plupart des commandes partent sous un à deux jours ouvrés. Les pièces fabriquées à la commande, comme le plaid en mérinos, sont expédiées dès qu’elles sont terminées, généralement trois semaines environ après votre achat.</p>' +
        '<h2>Délais de livraison</h2>' +
        '<p>Une fois votre colis parti du studio, comptez en général :</p>' +
        '<ul>' +
        '<li><strong>États-Unis :</strong> 2 à 5 jours ouvrés</li>' +
        '<li><strong>Royaume-Uni et Union européenne :</strong> 3 à 6 jours ouvrés</li>' +
        '<li><strong>Japon, Singapour et Émirats arabes unis :</strong> 4 à 8 jours ouvrés</li>' +
        '<li><strong>Canada et Australie :</strong> 5 à 9 jours ouvrés</li>' +
        '</ul>' +
        '<p>En haute saison ou en cas de contrôle douanier, il faut parfois compter un jour ou deux de plus.</p>' +
        '<h2>Prix et frais de port</h2>' +
        '<p>Les prix et les frais de port s’affichent dans votre devise locale, et les frais d’expédition vers votre adresse sont calculés au moment du paiement, avant que vous ne validiez.</p>' +
        '<h2>Droits de douane et taxes d’importation</h2>' +
        '<p>Pour certaines destinations, les droits de douane et taxes d’importation sont calculés au moment du paiement et réglés avec votre commande : vous n’avez alors plus rien à payer à la livraison. Ailleurs, le transporteur peut vous les réclamer à l’arrivée du colis. Avant que vous ne passiez commande, la page de paiement vous indique clairement ce qui s’applique à votre pays.</p>' +
        '<ul>' +
        '<li><strong>Union européenne :</strong> les commandes jusqu’à 150 € sont expédiées sous le régime IOSS. La TVA est facturée au moment du paiement ; vous n’avez donc aucune TVA à régler à la livraison.</li>' +
        '<li><strong>Royaume-Uni :</strong> pour les commandes jusqu’à 135 £, la TVA britannique est facturée au moment du paiement.</li>' +
        '</ul>' +
        '<h2>Suivi de commande</h2>' +
        '<p>Dès que votre colis est en route, nous vous envoyons par e-mail son numéro de suivi, pour le suivre sur le site du transporteur jusqu’à votre porte. Si quelque chose vous semble anormal, écrivez-nous à ' +
        mail +
        ' : nous nous en occupons aussitôt.</p>',
      es:
        '<h2>Envíos a todo el mundo desde nuestro estudio</h2>' +
        '<p>Preparamos cada pedido a mano en nuestro estudio y lo enviamos con un transportista con seguimiento. La mayoría de los pedidos salen en uno o dos días laborables. Las piezas hechas por encargo, como la manta de merino, se envían en cuanto están terminadas, normalmente unas tres semanas después de tu compra.</p>' +
        '<h2>Plazos de entrega</h2>' +
        '<p>Una vez que tu paquete sale del estudio, los plazos habituales son:</p>' +
        '<ul>' +
        '<li><strong>Estados Unidos:</strong> de 2 a 5 días laborables</li>' +
        '<li><strong>Reino Unido y Unión Europea:</strong> de 3 a 6 días laborables</li>' +
        '<li><strong>Japón, Singapur y Emiratos Árabes Unidos:</strong> de 4 a 8 días laborables</li>' +
        '<li><strong>Canadá y Australia:</strong> de 5 a 9 días laborables</li>' +
        '</ul>' +
        '<p>En temporada alta o si hay controles aduaneros, la entrega puede tardar uno o dos días más.</p>' +
        '<h2>Precios y gastos de envío</h2>' +
        '<p>Verás los precios y los gastos de envío en tu moneda local. El coste del envío a tu dirección se calcula al finalizar la compra, antes de pagar.</p>' +
        '<h2>Aranceles e impuestos de importación</h2>' +
        '<p>Para algunos destinos calculamos los aranceles y los impuestos de importación al finalizar la compra y los abonas junto con tu pedido, así que no tendrás nada más que pagar en la entrega. Cuando no es posible, el transportista puede cobrártelos al entregar el paquete. Antes de confirmar tu pedido, la página de pago te indica claramente cuál de los dos casos se aplica a tu país.</p>' +
        '<ul>' +
        '<li><strong>Unión Europea:</strong> los pedidos de hasta 150 € se envían con el sistema IOSS. El IVA se cobra al pagar, de modo que no tendrás que abonar IVA en la entrega.</li>' +
        '<li><strong>Reino Unido:</strong> en los pedidos de hasta 135 £, el IVA británico se cobra al pagar.</li>' +
        '</ul>' +
        '<h2>Seguimiento del pedido</h2>' +
        '<p>En cuanto tu paquete esté en camino, te enviaremos por correo electrónico su número de seguimiento para que puedas seguirlo en la web del transportista hasta tu puerta. Si algo no te cuadra, escríbenos a ' +
        mail +
        ' y lo revisaremos enseguida.</p>',
      it:
        '<h2>Spediamo in tutto il mondo dal nostro studio</h2>' +
        '<p>Ogni ordine viene imballato a mano nel nostro studio e affidato a un corriere con tracciamento. La maggior parte degli ordini parte entro uno o due giorni lavorativi. I pezzi realizzati su ordinazione, come il plaid in merino, partono appena sono pronti, di solito circa tre settimane dopo l’acquisto.</p>' +
        '<h2>Tempi di consegna</h2>' +
        '<p>Una volta che il pacco ha lasciato lo studio, i tempi di consegna indicativi sono:</p>' +
        '<ul>' +
        '<li><strong>Stati Uniti:</strong> 2–5 giorni lavorativi</li>' +
        '<li><strong>Regno Unito e Unione europea:</strong> 3–6 giorni lavorativi</li>' +
        '<li><strong>Giappone, Singapore ed Emirati Arabi Uniti:</strong> 4–8 giorni lavorativi</li>' +
        '<li><strong>Canada e Australia:</strong> 5–9 giorni lavorativi</li>' +
        '</ul>' +
        '<p>Nei periodi di punta o in caso di controlli doganali può servire un giorno o due in più.</p>' +
        '<h2>Prezzi e costi di spedizione</h2>' +
        '<p>Prezzi e costi di spedizione sono indicati nella tua valuta locale; il costo della spedizione al tuo indirizzo viene calcolato al checkout, prima del pagamento.</p>' +
        '<h2>Dazi e imposte di importazione</h2>' +
        '<p>Per alcune destinazioni calcoliamo dazi e imposte di importazione al checkout e li paghi insieme all’ordine, quindi alla consegna non c’è nient’altro da pagare. Dove questo non è possibile, il corriere potrebbe riscuotere dazi e imposte di importazione alla consegna. Al checkout ti indichiamo chiaramente quale caso vale per il tuo Paese, prima che tu confermi l’ordine.</p>' +
        '<ul>' +
        '<li><strong>Unione europea:</strong> gli ordini fino a 150 € vengono spediti in regime IOSS. L’IVA viene addebitata al checkout, quindi alla consegna non dovrai pagare IVA.</li>' +
        '<li><strong>Regno Unito:</strong> sugli ordini fino a 135 £, l’IVA britannica viene addebitata al checkout.</li>' +
        '</ul>' +
        '<h2>Tracciamento dell’ordine</h2>' +
        '<p>Appena il tuo pacco è in viaggio, ti inviamo via email il numero di tracciamento per seguirlo sul sito del corriere fino alla porta di casa. Se qualcosa non ti torna, scrivici a ' +
        mail +
        ' e ce ne occupiamo subito.</p>',
      nl:
        '<h2>Wereldwijd verzonden vanuit onze studio</h2>' +
        '<p>Elke bestelling wordt in onze studio met de hand ingepakt en verzonden met track &amp; trace. De meeste bestellingen gaan binnen een à twee werkdagen de deur uit. Stukken die op bestelling worden gemaakt, zoals de merino plaid, versturen we zodra ze klaar zijn, meestal zo’n drie weken na je bestelling.</p>' +
        '<h2>Levertijden</h2>' +
        '<p>Zodra je pakket de studio heeft verlaten, zijn dit de gebruikelijke levertijden:</p>' +
        '<ul>' +
        '<li><strong>Verenigde Staten:</strong> 2–5 werkdagen</li>' +
        '<li><strong>Verenigd Koninkrijk en Europese Unie:</strong> 3–6 werkdagen</li>' +
        '<li><strong>Japan, Singapore en Verenigde Arabische Emiraten:</strong> 4–8 werkdagen</li>' +
        '<li><strong>Canada en Australië:</strong> 5–9 werkdagen</li>' +
        '</ul>' +
        '<p>In drukke periodes of bij een douanecontrole kan het af en toe een dag of twee langer duren.</p>' +
        '<h2>Prijzen en verzendkosten</h2>' +
        '<p>Prijzen en verzendkosten zie je in je eigen valuta. De verzendkosten naar jouw adres worden bij het afrekenen berekend, voordat je betaalt.</p>' +
        '<h2>Invoerrechten en importbelastingen</h2>' +
        '<p>Voor sommige bestemmingen berekenen we invoerrechten en importbelastingen al bij het afrekenen en betaal je ze samen met je bestelling, zodat je bij levering niets meer hoeft te betalen. Waar dat niet kan, kan de vervoerder invoerrechten en importbelastingen bij aflevering innen. Bij het afrekenen zie je duidelijk wat er voor jouw land geldt, nog voordat je je bestelling plaatst.</p>' +
        '<ul>' +
        '<li><strong>Europese Unie:</strong> bestellingen tot € 150 verzenden we via IOSS. De btw wordt bij het afrekenen berekend, dus bij levering betaal je geen btw meer.</li>' +
        '<li><strong>Verenigd Koninkrijk:</strong> bij bestellingen tot £ 135 wordt de Britse btw bij het afrekenen berekend.</li>' +
        '</ul>' +
        '<h2>Je bestelling volgen</h2>' +
        '<p>Zodra je pakket onderweg is, mailen we je de trackingcode, zodat je het op de website van de vervoerder tot aan je voordeur kunt volgen. Klopt er iets niet? Mail ons op ' +
        mail +
        ', dan zoeken we het meteen voor je uit.</p>',
      ja:
        '<h2>スタジオから世界中へお届けします</h2>' +
        '<p>ご注文の品はすべてスタジオで一つひとつ手作業で梱包し、追跡可能な配送業者でお送りします。ほとんどのご注文は1～2営業日以内に発送いたします。メリノウールのブランケットなどの受注生産品は完成しだいの発送となり、通常はご注文から3週間ほどかかります。</p>' +
        '<h2>お届けまでの目安</h2>' +
        '<p>スタジオから発送後、お届けまでの目安は以下のとおりです。</p>' +
        '<ul>' +
        '<li><strong>アメリカ：</strong>2～5営業日</li>' +
        '<li><strong>イギリス・EU：</strong>3～6営業日</li>' +
        '<li><strong>日本・シンガポール・アラブ首長国連邦：</strong>4～8営業日</li>' +
        '<li><strong>カナダ・オーストラリア：</strong>5～9営業日</li>' +
        '</ul>' +
        '<p>繁忙期や税関検査の際は、1～2日ほど余分にかかることがあります。</p>' +
        '<h2>価格と送料</h2>' +
        '<p>商品価格と送料は、お住まいの国・地域の通貨で表示されます。お届け先までの送料は、お支払い前にチェックアウト画面で計算されます。</p>' +
        '<h2>関税・輸入税について</h2>' +
        '<p>一部の国・地域では、関税と輸入税をチェックアウト時に計算し、ご注文代金と一緒にお支払いいただくため、お届け時に追加のお支払いはありません。それ以外の国・地域では、お届け時に配送業者から関税・輸入税を請求される場合があります。どちらに該当するかは、ご注文を確定する前にチェックアウト画面でご確認いただけます。</p>' +
        '<ul>' +
        '<li><strong>EU：</strong>150ユーロまでのご注文はIOSS（輸入ワンストップショップ）制度で発送します。付加価値税（VAT）はチェックアウト時に請求されるため、お届け時にVATをお支払いいただく必要はありません。</li>' +
        '<li><strong>イギリス：</strong>135ポンドまでのご注文は、イギリスのVATをチェックアウト時に請求します。</li>' +
        '</ul>' +
        '<h2>配送状況の確認</h2>' +
        '<p>発送が完了すると、追跡番号をメールでお送りします。配送業者のウェブサイトで、お手元に届くまでの状況をいつでもご確認いただけます。気になる点があれば、' +
        mail +
        'までご連絡ください。すぐにお調べします。</p>',
      'zh-CN':
        '<h2>从工作室发往全球</h2>' +
        '<p>每一份订单都在我们的工作室手工打包，并交由可全程追踪的承运商寄出。大多数订单会在 1–2 个工作日内发出。美利奴盖毯等接单定制的商品会在制作完成后发货，通常为下单后约三周。</p>' +
        '<h2>配送时效</h2>' +
        '<p>包裹离开工作室后，一般送达时间如下：</p>' +
        '<ul>' +
        '<li><strong>美国：</strong>2–5 个工作日</li>' +
        '<li><strong>英国及欧盟：</strong>3–6 个工作日</li>' +
        '<li><strong>日本、新加坡及阿联酋：</strong>4–8 个工作日</li>' +
        '<li><strong>加拿大及澳大利亚：</strong>5–9 个工作日</li>' +
        '</ul>' +
        '<p>遇到购物旺季或海关查验时，偶尔可能需要多等一两天。</p>' +
        '<h2>价格与运费</h2>' +
        '<p>商品价格和运费均以您所在地的货币显示，寄往您地址的运费会在结账时、付款前计算。</p>' +
        '<h2>关税与进口税</h2>' +
        '<p>对于部分目的地，我们会在结账时计算关税和进口税，由您随订单一并支付，收货时无需再付任何费用。其他目的地则可能由承运商在派送时向您收取关税和进口税。具体适用哪种情况，结账页面会在您下单前清楚标明。</p>' +
        '<ul>' +
        '<li><strong>欧盟：</strong>150 欧元及以下的订单通过 IOSS（进口一站式服务）寄送，增值税在结账时收取，收货时无需再缴纳增值税。</li>' +
        '<li><strong>英国：</strong>135 英镑及以下的订单，英国增值税在结账时收取。</li>' +
        '</ul>' +
        '<h2>订单追踪</h2>' +
        '<p>包裹寄出后，我们会通过电子邮件向您发送运单号，方便您在承运商网站上随时查看包裹动态，直到送达家门。如有任何异常，请写信至 ' +
        mail +
        '，我们会立即为您查询。</p>',
      ar:
        '<h2>نشحن إلى جميع أنحاء العالم من الاستوديو</h2>' +
        '<p>نغلّف كل طلب يدويًا في الاستوديو ونرسله مع شركة شحن تتيح تتبّع الشحنة. تغادر معظم الطلبات الاستوديو خلال يوم إلى يومي عمل. أما القطع المصنوعة حسب الطلب، مثل بطانية الميرينو، فنشحنها فور الانتهاء منها، وعادةً بعد نحو ثلاثة أسابيع من طلبك.</p>' +
        '<h2>مدة التوصيل</h2>' +
        '<p>بعد مغادرة الطرد للاستوديو، تكون مدة التوصيل المعتادة كالتالي:</p>' +
        '<ul>' +
        '<li><strong>الولايات المتحدة:</strong> من 2 إلى 5 أيام عمل</li>' +
        '<li><strong>المملكة المتحدة والاتحاد الأوروبي:</strong> من 3 إلى 6 أيام عمل</li>' +
        '<li><strong>اليابان وسنغافورة والإمارات العربية المتحدة:</strong> من 4 إلى 8 أيام عمل</li>' +
        '<li><strong>كندا وأستراليا:</strong> من 5 إلى 9 أيام عمل</li>' +
        '</ul>' +
        '<p>قد يستغرق التوصيل يومًا أو يومين إضافيين في مواسم الذروة أو عند الفحص الجمركي.</p>' +
        '<h2>الأسعار وتكلفة الشحن</h2>' +
        '<p>تظهر الأسعار وتكلفة الشحن بعملتك المحلية، وتُحتسب تكلفة الشحن إلى عنوانك عند إتمام الطلب قبل الدفع.</p>' +
        '<h2>الرسوم الجمركية وضرائب الاستيراد</h2>' +
        '<p>في بعض الوجهات، نحتسب الرسوم الجمركية وضرائب الاستيراد عند إتمام الطلب وتدفعها مع طلبك، فلا يتبقى عليك شيء عند التسليم. وفي غيرها، قد تحصّل شركة الشحن الرسوم الجمركية وضرائب الاستيراد عند وصول الطرد. وستوضّح لك صفحة الدفع أيّ الحالتين تنطبق على بلدك قبل أن تؤكد طلبك.</p>' +
        '<ul>' +
        '<li><strong>الاتحاد الأوروبي:</strong> نشحن الطلبات التي لا تتجاوز قيمتها 150 يورو بموجب نظام IOSS، وتُحتسب ضريبة القيمة المضافة عند الدفع، فلا تدفع أي ضريبة قيمة مضافة عند التسليم.</li>' +
        '<li><strong>المملكة المتحدة:</strong> في الطلبات التي لا تتجاوز قيمتها 135 جنيهًا إسترلينيًا، تُحتسب ضريبة القيمة المضافة البريطانية عند الدفع.</li>' +
        '</ul>' +
        '<h2>تتبّع طلبك</h2>' +
        '<p>بمجرد أن يصبح طردك في الطريق، نرسل إليك رقم التتبّع عبر البريد الإلكتروني لتتابعه على موقع شركة الشحن حتى باب منزلك. وإذا لاحظت أي خلل، راسلنا على ' +
        mail +
        ' وسنتحقق من الأمر فورًا.</p>',
    },
    seoDescription: {
      en: 'Worldwide shipping from our studio: delivery times by region, prices in your currency, duties and import taxes, EU IOSS and UK VAT, and tracking.',
      de: 'Weltweiter Versand: Lieferzeiten, Preise in Ihrer Währung, Zölle und Einfuhrsteuern, IOSS in der EU, britische MwSt. und Sendungsverfolgung.',
      fr: 'Livraison dans le monde entier : délais par région, prix dans votre devise, droits et taxes d’importation, IOSS dans l’UE, TVA britannique, suivi.',
      es: 'Envíos a todo el mundo: plazos por región, precios en tu moneda, aranceles e impuestos, IOSS en la UE, IVA británico y seguimiento.',
      it: 'Spedizioni in tutto il mondo: tempi per area, prezzi nella tua valuta, dazi e imposte di importazione, IOSS nell’UE, IVA britannica e tracciamento.',
      nl: 'Wereldwijde verzending: levertijden per regio, prijzen in je eigen valuta, invoerrechten en importbtw, IOSS in de EU, Britse btw en track & trace.',
      ja: 'スタジオから世界各地へ。地域別のお届け日数、現地通貨での価格、関税・輸入税、EUのIOSS、イギリスのVAT、配送追跡をご案内します。',
      'zh-CN':
        '从工作室发往全球：各地区配送时效、以当地货币显示的价格、关税与进口税、欧盟 IOSS、英国增值税及订单追踪说明。',
      ar: 'نشحن إلى كل أنحاء العالم: مدة التوصيل حسب المنطقة، والأسعار بعملتك، والرسوم الجمركية، ونظام IOSS في أوروبا، والضريبة البريطانية، والتتبّع.',
    },
  },
  {
    handle: 'returns',
    title: {
      en: 'Returns & exchanges',
      de: 'Rücksendungen & Umtausch',
      fr: 'Retours et échanges',
      es: 'Devoluciones y cambios',
      it: 'Resi e cambi',
      nl: 'Retourneren & ruilen',
      ja: '返品・交換',
      'zh-CN': '退换货',
      ar: 'الإرجاع والاستبدال',
    },
    bodyHtml: {
      en:
        '<h2>30 days to decide</h2>' +
        '<p>We want you to love what you ordered. If something isn’t right, you have 30 days from delivery to send it back.</p>' +
        '<h2>How to start a return</h2>' +
        '<p>Start your return online in our <a href="/returns/start">returns portal</a>: enter your order number and the email address you ordered with (or the postal code it was delivered to), then choose the items and tell us why you’re sending them back. You’ll see your refund before you send anything, and you can follow your return there every step of the way.</p>' +
        '<ul>' +
        '<li>Items must be unworn and unused, with their original tags still attached.</li>' +
        '<li>Please pack them carefully, ideally in their original packaging.</li>' +
        '</ul>' +
        '<h2>Refunds</h2>' +
        '<p>Once your return reaches us, we refund you within 5 business days to your original payment method, in the currency you paid in. You’ll get an email as soon as the refund is on its way.</p>' +
        '<h2>Exchanges</h2>' +
        '<p>Need a different size or colour? Just say so in your return email, and we’ll send the new piece as soon as we receive the original, subject to availability.</p>' +
        '<h2>What we can’t take back</h2>' +
        '<p>Made-to-order pieces, such as the merino throw blanket, and socks that have been worn can’t be returned unless they are faulty.</p>' +
        '<h2>Faulty or damaged?</h2>' +
        '<p>If anything arrives damaged or develops a fault, you’re always covered. Start a return in our <a href="/returns/start">returns portal</a>, choose “Damaged or faulty” and add a photo of the damage – we’ll arrange a repair, a replacement or a full refund.</p>',
      de:
        '<h2>30 Tage Zeit zum Entscheiden</h2>' +
        '<p>Wir möchten, dass Sie Ihre Bestellung lieben. Wenn etwas nicht passt, haben Sie ab Zustellung 30 Tage Zeit, es zurückzuschicken.</p>' +
        '<h2>So starten Sie eine Rücksendung</h2>' +
        '<p>Starten Sie Ihre Rücksendung online in unserem <a href="/returns/start">Rücksendeportal</a>: Geben Sie Ihre Bestellnummer und die E-Mail-Adresse ein, mit der Sie bestellt haben (oder die Postleitzahl der Lieferadresse), und wählen Sie dann die Artikel und den Grund der Rücksendung aus. Ihre Erstattung sehen Sie, bevor Sie etwas abschicken, und dort können Sie Ihre Rücksendung auch Schritt für Schritt verfolgen.</p>' +
        '<ul>' +
        '<li>Die Artikel müssen ungetragen und unbenutzt sein, mit den Originaletiketten.</li>' +
        '<li>Bitte verpacken Sie sie sorgfältig, am besten in der Originalverpackung.</li>' +
        '</ul>' +
        '<h2>Erstattungen</h2>' +
        '<p>Sobald Ihre Rücksendung bei uns eingetroffen ist, erstatten wir den Betrag innerhalb von 5 Werktagen auf Ihr ursprüngliches Zahlungsmittel – in der Währung, in der Sie bezahlt haben. Sobald die Erstattung veranlasst ist, erhalten Sie eine E-Mail.</p>' +
        '<h2>Umtausch</h2>' +
        '<p>Sie brauchen eine andere Größe oder Farbe? Schreiben Sie es einfach mit in Ihre E-Mail zur Rücksendung. Sobald der ursprüngliche Artikel bei uns ist, schicken wir Ihnen das neue Stück – sofern verfügbar.</p>' +
        '<h2>Was wir nicht zurücknehmen können</h2>' +
        '<p>Auf Bestellung gefertigte Stücke wie das Merino-Plaid sowie getragene Socken sind von der Rückgabe ausgeschlossen, es sei denn, sie sind fehlerhaft.</p>' +
        '<h2>Beschädigt oder fehlerhaft?</h2>' +
        '<p>Kommt etwas beschädigt an oder zeigt es einen Mangel, sind Sie immer abgesichert. Starten Sie eine Rücksendung in unserem <a href="/returns/start">Rücksendeportal</a>, wählen Sie „Beschädigt oder defekt“ und fügen Sie ein Foto des Schadens hinzu – wir kümmern uns um Reparatur, Ersatz oder eine vollständige Erstattung.</p>',
      fr:
        '<h2>30 jours pour changer d’avis</h2>' +
        '<p>Nous tenons à ce que votre commande vous plaise. Si quelque chose ne convient pas, vous disposez de 30 jours à compter de la livraison pour nous le renvoyer.</p>' +
        '<h2>Comment effectuer un retour</h2>' +
        '<p>Effectuez votre retour en ligne sur notre <a href="/returns/start">portail de retours</a> : saisissez votre numéro de commande et l’adresse e-mail utilisée pour commander (ou le code postal de l’adresse de livraison), puis choisissez les articles et le motif du retour. Vous voyez le montant de votre remboursement avant de renvoyer quoi que ce soit, et vous pouvez y suivre votre retour à chaque étape.</p>' +
        '<ul>' +
        '<li>Les articles doivent être non portés et non utilisés, avec leurs étiquettes d’origine.</li>' +
        '<li>Merci de les emballer avec soin, idéalement dans leur emballage d’origine.</li>' +
        '</ul>' +
        '<h2>Remboursements</h2>' +
        '<p>Dès réception de votre retour, nous vous remboursons sous 5 jours ouvrés, sur votre moyen de paiement initial et dans la devise de votre achat. Un e-mail vous prévient dès que le remboursement est effectué.</p>' +
        '<h2>Échanges</h2>' +
        '<p>Besoin d’une autre taille ou d’une autre couleur ? Précisez-le simplement dans votre e-mail de retour : nous vous envoyons la nouvelle pièce dès réception de l’article d’origine, dans la limite des stocks disponibles.</p>' +
        '<h2>Ce que nous ne pouvons pas reprendre</h2>' +
        '<p>Les pièces fabriquées à la commande, comme le plaid en mérinos, ainsi que les chaussettes portées ne sont ni reprises ni échangées, sauf en cas de défaut.</p>' +
        '<h2>Article défectueux ou abîmé ?</h2>' +
        '<p>Si un article arrive abîmé ou présente un défaut, vous êtes toujours couvert. Effectuez un retour sur notre <a href="/returns/start">portail de retours</a>, choisissez « Endommagé ou défectueux » et ajoutez une photo du dommage : nous organiserons une réparation, un remplacement ou un remboursement intégral.</p>',
      es:
        '<h2>30 días para decidir</h2>' +
        '<p>Queremos que te encante lo que has pedido. Si algo no te convence, tienes 30 días desde la entrega para devolverlo.</p>' +
        '<h2>Cómo iniciar una devolución</h2>' +
        '<p>Inicia tu devolución online en nuestro <a href="/returns/start">portal de devoluciones</a>: introduce tu número de pedido y el correo electrónico con el que hiciste el pedido (o el código postal de la dirección de entrega), y elige los artículos y el motivo de la devolución. Verás tu reembolso antes de enviar nada y podrás seguir tu devolución allí paso a paso.</p>' +
        '<ul>' +
        '<li>Los artículos deben estar sin estrenar ni usar, con sus etiquetas originales.</li>' +
        '<li>Embálalos con cuidado, a ser posible en su embalaje original.</li>' +
        '</ul>' +
        '<h2>Reembolsos</h2>' +
        '<p>En cuanto recibamos tu devolución, te reembolsaremos en un plazo de 5 días laborables en tu método de pago original y en la misma moneda con la que pagaste. Te avisaremos por correo electrónico en cuanto esté tramitado.</p>' +
        '<h2>Cambios</h2>' +
        '<p>¿Necesitas otra talla u otro color? Indícalo en ese mismo correo y te enviaremos la nueva pieza en cuanto recibamos la original, siempre que haya disponibilidad.</p>' +
        '<h2>Lo que no podemos aceptar</h2>' +
        '<p>Las piezas hechas por encargo, como la manta de merino, y los calcetines usados no admiten devolución, salvo que sean defectuosos.</p>' +
        '<h2>¿Te ha llegado algo dañado o defectuoso?</h2>' +
        '<p>Si algo llega dañado o presenta un defecto, siempre estás cubierto. Inicia una devolución en nuestro <a href="/returns/start">portal de devoluciones</a>, elige «Dañado o defectuoso» y añade una foto del daño: nos encargaremos de repararlo, sustituirlo o devolverte el importe completo.</p>',
      it:
        '<h2>30 giorni per decidere</h2>' +
        '<p>Vogliamo che tu ami ciò che hai ordinato. Se qualcosa non va, hai 30 giorni dalla consegna per restituirlo.</p>' +
        '<h2>Come avviare un reso</h2>' +
        '<p>Avvia il reso online nel nostro <a href="/returns/start">portale resi</a>: inserisci il numero d’ordine e l’indirizzo email usato per ordinare (oppure il CAP dell’indirizzo di consegna), poi scegli gli articoli e il motivo del reso. Vedrai il rimborso prima di spedire qualsiasi cosa e potrai seguire il tuo reso lì, passo dopo passo.</p>' +
        '<ul>' +
        '<li>Gli articoli devono essere non indossati e non utilizzati, con le etichette originali ancora attaccate.</li>' +
        '<li>Imballali con cura, se possibile nella confezione originale.</li>' +
        '</ul>' +
        '<h2>Rimborsi</h2>' +
        '<p>Una volta ricevuto il reso, ti rimborsiamo entro 5 giorni lavorativi sul metodo di pagamento originale, nella stessa valuta in cui hai pagato. Riceverai un’email non appena il rimborso sarà stato emesso.</p>' +
        '<h2>Cambi</h2>' +
        '<p>Ti serve un’altra taglia o un altro colore? Indicalo nella stessa email: ti spediremo il nuovo articolo appena riceviamo quello originale, salvo disponibilità.</p>' +
        '<h2>Cosa non possiamo accettare</h2>' +
        '<p>I pezzi realizzati su ordinazione, come il plaid in merino, e le calze indossate non possono essere resi, a meno che non siano difettosi.</p>' +
        '<h2>Articolo danneggiato o difettoso?</h2>' +
        '<p>Se qualcosa arriva danneggiato o presenta un difetto, sei sempre coperto. Avvia un reso nel nostro <a href="/returns/start">portale resi</a>, scegli «Danneggiato o difettoso» e aggiungi una foto del danno: organizzeremo una riparazione, una sostituzione o un rimborso completo.</p>',
      nl:
        '<h2>30 dagen bedenktijd</h2>' +
        '<p>We willen dat je blij bent met je bestelling. Zit er iets niet goed, dan heb je vanaf de levering 30 dagen om het terug te sturen.</p>' +
        '<h2>Zo start je een retour</h2>' +
        '<p>Meld je retour online aan in ons <a href="/returns/start">retourportaal</a>: vul je bestelnummer in en het e-mailadres waarmee je hebt besteld (of de postcode waar de bestelling is bezorgd), en kies dan de artikelen en de reden van je retour. Je ziet je terugbetaling voordat je iets opstuurt, en je volgt je retour daar stap voor stap.</p>' +
        '<ul>' +
        '<li>Artikelen moeten ongedragen en ongebruikt zijn, met de originele labels er nog aan.</li>' +
        '<li>Verpak ze zorgvuldig, het liefst in de originele verpakking.</li>' +
        '</ul>' +
        '<h2>Terugbetaling</h2>' +
        '<p>Zodra je retour bij ons binnen is, betalen we je binnen 5 werkdagen terug via je oorspronkelijke betaalmethode, in de valuta waarin je hebt betaald. Je krijgt een e-mail zodra de terugbetaling onderweg is.</p>' +
        '<h2>Ruilen</h2>' +
        '<p>Andere maat of kleur nodig? Zet dat er gewoon bij in je retourmail. We sturen je het nieuwe artikel zodra we het origineel hebben ontvangen, zolang de voorraad strekt.</p>' +
        '<h2>Wat we niet kunnen terugnemen</h2>' +
        '<p>Stukken die op bestelling zijn gemaakt, zoals de merino plaid, en gedragen sokken kunnen niet worden geretourneerd, tenzij ze een gebrek hebben.</p>' +
        '<h2>Beschadigd of defect?</h2>' +
        '<p>Komt er iets beschadigd aan of blijkt het defect, dan zit je altijd goed. Meld een retour aan in ons <a href="/returns/start">retourportaal</a>, kies ‘Beschadigd of defect’ en voeg een foto van de schade toe, dan regelen we een reparatie, vervanging of volledige terugbetaling.</p>',
      ja:
        '<h2>お届けから30日間</h2>' +
        '<p>お届けした商品を気に入っていただけることが、私たちの願いです。万一ご満足いただけない場合は、商品到着日から30日以内であれば返品を承ります。</p>' +
        '<h2>返品のお手続き</h2>' +
        '<p>返品のお手続きは、<a href="/returns/start">返品ページ</a>からオンラインで行えます。ご注文番号と、ご注文時のメールアドレス（またはお届け先の郵便番号）を入力し、返品する商品と返品理由をお選びください。商品を発送する前に返金額をご確認いただけるほか、返品の状況もそちらから随時ご確認いただけます。</p>' +
        '<ul>' +
        '<li>未着用・未使用で、タグが付いた状態の商品に限ります。</li>' +
        '<li>できるだけお届け時のパッケージに入れて、丁寧に梱包してください。</li>' +
        '</ul>' +
        '<h2>返金について</h2>' +
        '<p>返品された商品がスタジオに到着してから5営業日以内に、元のお支払い方法へ、お支払い時と同じ通貨で返金いたします。返金手続きが完了しましたら、メールでお知らせします。</p>' +
        '<h2>交換について</h2>' +
        '<p>サイズや色を変えたい場合は、返品のメールにその旨をお書き添えください。元の商品の到着を確認しだい、新しい商品をお送りします（在庫状況によります）。</p>' +
        '<h2>返品をお受けできない商品</h2>' +
        '<p>メリノウールのブランケットなどの受注生産品と、着用済みのソックスは、不良品の場合を除き返品をお受けできません。</p>' +
        '<h2>不良品・破損について</h2>' +
        '<p>商品が破損して届いた場合や不具合が見つかった場合は、いつでも責任をもって対応いたします。<a href="/returns/start">返品ページ</a>から返品手続きを始め、返品理由に「破損・不良品」を選んで破損箇所の写真を添付してください。修理、交換、または全額返金にて対応いたします。</p>',
      'zh-CN':
        '<h2>30 天安心退换</h2>' +
        '<p>我们希望您喜欢收到的每一件商品。如有不满意，自签收之日起 30 天内均可退回。</p>' +
        '<h2>如何发起退货</h2>' +
        '<p>请在我们的<a href="/returns/start">在线退货页面</a>申请退货：输入您的订单号以及下单时使用的电子邮件地址（或收货地址的邮政编码），然后选择要退回的商品和退货原因。寄出包裹之前，您就能看到退款金额，之后也可以在那里随时查看退货进度。</p>' +
        '<ul>' +
        '<li>商品须未穿着、未使用，并保留原有吊牌。</li>' +
        '<li>请妥善包装，最好使用原包装。</li>' +
        '</ul>' +
        '<h2>退款</h2>' +
        '<p>收到您的退货后，我们会在 5 个工作日内按原支付方式、以您付款时的币种退款。退款发出后，您会收到邮件通知。</p>' +
        '<h2>换货</h2>' +
        '<p>需要换尺码或颜色？在退货邮件中注明即可。收到原商品后，我们会尽快寄出新商品（视库存情况而定）。</p>' +
        '<h2>不可退换的商品</h2>' +
        '<p>美利奴盖毯等接单定制商品以及已穿着的袜子，除存在质量问题外，不予退换。</p>' +
        '<h2>商品破损或有质量问题？</h2>' +
        '<p>如果商品到货时有破损或出现质量问题，我们始终为您负责。请在<a href="/returns/start">在线退货页面</a>申请退货，选择“损坏或有故障”并上传一张损坏处的照片，我们会为您安排维修、换新或全额退款。</p>',
      ar:
        '<h2>30 يومًا لتقرّر</h2>' +
        '<p>نريدك أن تحب ما طلبته. وإن لم يكن شيء ما مناسبًا، فلديك 30 يومًا من تاريخ التسليم لإعادته.</p>' +
        '<h2>كيف تبدأ الإرجاع</h2>' +
        '<p>ابدأ عملية الإرجاع عبر الإنترنت من <a href="/returns/start">بوابة الإرجاع</a>: أدخل رقم طلبك والبريد الإلكتروني الذي استخدمته عند الطلب (أو الرمز البريدي لعنوان التسليم)، ثم اختر القطع وسبب الإرجاع. سترى المبلغ الذي سيُرد إليك قبل أن ترسل أي شيء، ويمكنك متابعة حالة الإرجاع هناك خطوة بخطوة.</p>' +
        '<ul>' +
        '<li>يجب أن تكون القطع غير ملبوسة وغير مستخدمة، وأن تحمل بطاقاتها الأصلية.</li>' +
        '<li>يُرجى تغليفها بعناية، ويُفضّل في عبوتها الأصلية.</li>' +
        '</ul>' +
        '<h2>استرداد المبلغ</h2>' +
        '<p>بمجرد وصول المرتجع إلينا، نرد المبلغ خلال 5 أيام عمل إلى وسيلة الدفع الأصلية وبالعملة نفسها التي دفعت بها. وستصلك رسالة بالبريد الإلكتروني فور إصدار المبلغ المسترد.</p>' +
        '<h2>الاستبدال</h2>' +
        '<p>هل تحتاج إلى مقاس أو لون مختلف؟ اذكر ذلك في رسالة الإرجاع نفسها، وسنرسل إليك القطعة الجديدة فور استلامنا القطعة الأصلية، حسب توفرها.</p>' +
        '<h2>ما لا يمكننا قبول إرجاعه</h2>' +
        '<p>لا يمكن إرجاع القطع المصنوعة حسب الطلب، مثل بطانية الميرينو، ولا الجوارب التي سبق ارتداؤها، إلا إذا كان بها عيب.</p>' +
        '<h2>هل وصلتك قطعة تالفة أو معيبة؟</h2>' +
        '<p>إذا وصلتك قطعة تالفة أو ظهر بها عيب، فأنت مشمول بالتغطية دائمًا. ابدأ عملية إرجاع من <a href="/returns/start">بوابة الإرجاع</a>، واختر «تالف أو معيب»، وأضف صورة للضرر، وسنرتّب لإصلاحها أو استبدالها أو رد المبلغ كاملًا.</p>',
    },
    seoDescription: {
      en: 'Return unworn items within 30 days of delivery: start your return online. Exchanges for size or colour; refunds within 5 business days.',
      de: 'Rückgabe ungetragener Artikel bis 30 Tage nach Zustellung, online mit Bestellnummer. Umtausch möglich, Erstattung binnen 5 Werktagen.',
      fr: 'Retournez vos articles non portés dans les 30 jours suivant la livraison. Échange de taille ou de couleur, remboursement sous 5 jours ouvrés.',
      es: 'Devuelve artículos sin estrenar en 30 días: inicia la devolución online. Cambios de talla o color y reembolso en 5 días laborables.',
      it: 'Restituisci gli articoli non indossati entro 30 giorni: avvia il reso online. Cambi di taglia o colore, rimborso in 5 giorni lavorativi.',
      nl: 'Ongedragen artikelen binnen 30 dagen retour: meld het online aan. Ruilen voor een andere maat of kleur, terugbetaling binnen 5 werkdagen.',
      ja: '商品到着から30日以内の未使用品は、ご注文番号を入力してオンラインで返品できます。サイズ・色の交換も可能、返金は5営業日以内。',
      'zh-CN':
        '签收后 30 天内，未穿着、未使用的商品均可退回，凭订单号在线申请即可；支持尺码或颜色换货，收到退货后 5 个工作日内退款。',
      ar: 'أعد القطع غير الملبوسة خلال 30 يومًا من التسليم: ابدأ الإرجاع عبر الإنترنت برقم طلبك. استبدال المقاس أو اللون، واسترداد المبلغ خلال 5 أيام عمل.',
    },
  },
  {
    handle: 'contact',
    title: {
      en: 'Contact us',
      de: 'Kontakt',
      fr: 'Nous contacter',
      es: 'Contacto',
      it: 'Contatti',
      nl: 'Contact',
      ja: 'お問い合わせ',
      'zh-CN': '联系我们',
      ar: 'اتصل بنا',
    },
    bodyHtml: {
      en:
        '<h2>We’d love to hear from you</h2>' +
        '<p>Whether you have a question about sizing, care or an order that’s on its way, the quickest way to reach us is by email. A real person in our studio reads every message, and we reply within one business day.</p>' +
        '<p><strong>Email:</strong> ' +
        mail +
        '</p>' +
        '<h2>Studio hours</h2>' +
        '<p>Monday to Friday, 9am to 5pm. Messages sent at the weekend or on public holidays are answered on the next business day.</p>' +
        '<h2>Help us help you</h2>' +
        '<p>To help us answer quickly, please include:</p>' +
        '<ul>' +
        '<li>your <strong>order number</strong> (you’ll find it in your order confirmation email)</li>' +
        '<li>the name of the product and, if relevant, the size or colour</li>' +
        '<li>a photo, if something has arrived damaged or isn’t quite right</li>' +
        '</ul>' +
        '<h2>Press and wholesale</h2>' +
        '<p>For press enquiries, samples and images, or if you’d like to stock Aurora &amp; Oak in your shop, write to the same address with “Press” or “Wholesale” in the subject line. We’ll pass your message to the right person.</p>',
      de:
        '<h2>Wir freuen uns auf Ihre Nachricht</h2>' +
        '<p>Ob Sie eine Frage zu Größen, zur Pflege oder zu einer Bestellung auf dem Weg zu Ihnen haben – am schnellsten erreichen Sie uns per E-Mail. Jede Nachricht wird bei uns im Studio persönlich gelesen, und wir antworten innerhalb eines Werktags.</p>' +
        '<p><strong>E-Mail:</strong> ' +
        mail +
        '</p>' +
        '<h2>Studiozeiten</h2>' +
        '<p>Montag bis Freitag, 9–17 Uhr. Nachrichten, die uns am Wochenende oder an Feiertagen erreichen, beantworten wir am nächsten Werktag.</p>' +
        '<h2>Damit wir schnell helfen können</h2>' +
        '<p>Bitte geben Sie in Ihrer Nachricht Folgendes an:</p>' +
        '<ul>' +
        '<li>Ihre <strong>Bestellnummer</strong> (Sie finden sie in Ihrer Bestellbestätigung)</li>' +
        '<li>den Namen des Produkts und gegebenenfalls Größe oder Farbe</li>' +
        '<li>ein Foto, falls etwas beschädigt angekommen ist oder nicht ganz stimmt</li>' +
        '</ul>' +
        '<h2>Presse und Großhandel</h2>' +
        '<p>Für Presseanfragen, Muster und Bildmaterial oder wenn Sie Aurora &amp; Oak in Ihrem Geschäft führen möchten, schreiben Sie bitte an dieselbe Adresse mit dem Betreff „Presse“ oder „Großhandel“. Wir leiten Ihre Nachricht an die richtige Person weiter.</p>',
      fr:
        '<h2>Nous serions ravis de vous lire</h2>' +
        '<p>Une question sur les tailles, l’entretien ou une commande en cours de livraison ? Le plus simple est de nous écrire par e-mail. Chaque message est lu par une vraie personne de notre studio, et nous répondons sous un jour ouvré.</p>' +
        '<p><strong>E-mail :</strong> ' +
        mail +
        '</p>' +
        '<h2>Horaires du studio</h2>' +
        '<p>Du lundi au vendredi, de 9 h à 17 h. Les messages envoyés le week-end ou les jours fériés reçoivent une réponse le jour ouvré suivant.</p>' +
        '<h2>Pour vous répondre plus vite</h2>' +
        '<p>Merci d’indiquer dans votre message :</p>' +
        '<ul>' +
        '<li>votre <strong>numéro de commande</strong> (il figure dans votre e-mail de confirmation) ;</li>' +
        '<li>le nom du produit et, le cas échéant, la taille ou la couleur ;</li>' +
        '<li>une photo, si un article est arrivé abîmé ou ne vous semble pas conforme.</li>' +
        '</ul>' +
        '<h2>Presse et revendeurs</h2>' +
        '<p>Pour les demandes presse, les échantillons et les visuels, ou si vous souhaitez proposer Aurora &amp; Oak dans votre boutique, écrivez à la même adresse en indiquant « Presse » ou « Revendeurs » en objet. Nous transmettrons votre message à la bonne personne.</p>',
      es:
        '<h2>Nos encantará saber de ti</h2>' +
        '<p>Tanto si tienes una duda sobre tallas o cuidados como sobre un pedido que está en camino, la forma más rápida de contactarnos es por correo electrónico. En el estudio leemos personalmente cada mensaje y respondemos en un plazo de un día laborable.</p>' +
        '<p><strong>Correo electrónico:</strong> ' +
        mail +
        '</p>' +
        '<h2>Horario del estudio</h2>' +
        '<p>De lunes a viernes, de 9:00 a 17:00 h. Los mensajes que lleguen en fin de semana o en días festivos se responden el siguiente día laborable.</p>' +
        '<h2>Para ayudarte más rápido</h2>' +
        '<p>Incluye en tu mensaje:</p>' +
        '<ul>' +
        '<li>tu <strong>número de pedido</strong> (lo encontrarás en el correo de confirmación del pedido)</li>' +
        '<li>el nombre del producto y, si procede, la talla o el color</li>' +
        '<li>una foto, si algo ha llegado dañado o no está del todo bien</li>' +
        '</ul>' +
        '<h2>Prensa y venta al por mayor</h2>' +
        '<p>Para consultas de prensa, muestras e imágenes, o si te gustaría vender Aurora &amp; Oak en tu tienda, escribe a la misma dirección indicando «Prensa» o «Mayoristas» en el asunto. Haremos llegar tu mensaje a la persona adecuada.</p>',
      it:
        '<h2>Saremo felici di sentirti</h2>' +
        '<p>Che tu abbia una domanda su taglie, cura dei capi o un ordine in arrivo, il modo più rapido per contattarci è l’email. Ogni messaggio viene letto da una persona del nostro studio e rispondiamo entro un giorno lavorativo.</p>' +
        '<p><strong>Email:</strong> ' +
        mail +
        '</p>' +
        '<h2>Orari dello studio</h2>' +
        '<p>Dal lunedì al venerdì, dalle 9:00 alle 17:00. Ai messaggi inviati nel fine settimana o nei giorni festivi rispondiamo il primo giorno lavorativo successivo.</p>' +
        '<h2>Per aiutarti più in fretta</h2>' +
        '<p>Nel tuo messaggio indica:</p>' +
        '<ul>' +
        '<li>il <strong>numero d’ordine</strong> (lo trovi nell’email di conferma dell’ordine)</li>' +
        '<li>il nome del prodotto e, se serve, la taglia o il colore</li>' +
        '<li>una foto, se qualcosa è arrivato danneggiato o non è come dovrebbe</li>' +
        '</ul>' +
        '<h2>Stampa e rivenditori</h2>' +
        '<p>Per richieste stampa, campioni e immagini, o se vorresti proporre Aurora &amp; Oak nel tuo negozio, scrivi allo stesso indirizzo indicando «Stampa» o «Rivenditori» nell’oggetto. Inoltreremo il tuo messaggio alla persona giusta.</p>',
      nl:
        '<h2>We horen graag van je</h2>' +
        '<p>Heb je een vraag over maten, verzorging of een bestelling die onderweg is? Je bereikt ons het snelst per e-mail. Elk bericht wordt gelezen door iemand van onze studio, en we antwoorden binnen één werkdag.</p>' +
        '<p><strong>E-mail:</strong> ' +
        mail +
        '</p>' +
        '<h2>Openingstijden van de studio</h2>' +
        '<p>Maandag t/m vrijdag van 9.00 tot 17.00 uur. Berichten die in het weekend of op feestdagen binnenkomen, beantwoorden we op de eerstvolgende werkdag.</p>' +
        '<h2>Zo kunnen we je snel helpen</h2>' +
        '<p>Vermeld in je bericht:</p>' +
        '<ul>' +
        '<li>je <strong>ordernummer</strong> (dat staat in je orderbevestiging)</li>' +
        '<li>de naam van het product en eventueel de maat of kleur</li>' +
        '<li>een foto, als er iets beschadigd is aangekomen of niet helemaal klopt</li>' +
        '</ul>' +
        '<h2>Pers en wederverkoop</h2>' +
        '<p>Voor persvragen, samples en beeldmateriaal, of als je Aurora &amp; Oak in je winkel wilt verkopen, mail je naar hetzelfde adres met ‘Pers’ of ‘Wederverkoop’ in de onderwerpregel. We sturen je bericht door naar de juiste persoon.</p>',
      ja:
        '<h2>お気軽にご連絡ください</h2>' +
        '<p>サイズやお手入れのご相談、配送中のご注文についてなど、いちばん早くご連絡いただける方法はメールです。いただいたメッセージはすべてスタジオのスタッフが目を通し、1営業日以内にご返信します。</p>' +
        '<p><strong>メール：</strong>' +
        mail +
        '</p>' +
        '<h2>スタジオの営業時間</h2>' +
        '<p>月曜日～金曜日　9:00～17:00。土日・祝日にいただいたお問い合わせは、翌営業日に順次ご返信します。</p>' +
        '<h2>お問い合わせの際のお願い</h2>' +
        '<p>スムーズにご案内できるよう、以下をお知らせください。</p>' +
        '<ul>' +
        '<li><strong>ご注文番号</strong>（ご注文確認メールに記載されています）</li>' +
        '<li>商品名と、必要に応じてサイズや色</li>' +
        '<li>破損や不具合がある場合は、その写真</li>' +
        '</ul>' +
        '<h2>プレス・卸売のお問い合わせ</h2>' +
        '<p>取材や商品貸し出し、画像のご依頼、またAurora &amp; Oakのお取り扱いをご検討の販売店さまは、件名に「プレス」または「卸売」とご記入のうえ、同じアドレスまでご連絡ください。担当者よりご連絡いたします。</p>',
      'zh-CN':
        '<h2>期待您的来信</h2>' +
        '<p>无论是关于尺码、护理的疑问，还是正在配送中的订单，通过电子邮件联系我们都是最快的方式。每一封来信都由工作室的同事亲自阅读，我们会在 1 个工作日内回复。</p>' +
        '<p><strong>电子邮箱：</strong>' +
        mail +
        '</p>' +
        '<h2>工作室时间</h2>' +
        '<p>周一至周五 9:00–17:00。周末或法定节假日收到的邮件，我们将在下一个工作日回复。</p>' +
        '<h2>来信时请附上</h2>' +
        '<p>为了更快为您解答，请在邮件中提供：</p>' +
        '<ul>' +
        '<li>您的<strong>订单号</strong>（可在订单确认邮件中找到）</li>' +
        '<li>商品名称，如有需要请注明尺码或颜色</li>' +
        '<li>如商品到货时有破损或不太对劲，请附上照片</li>' +
        '</ul>' +
        '<h2>媒体与批发合作</h2>' +
        '<p>如有媒体采访、样品及图片需求，或希望在您的店铺销售 Aurora &amp; Oak，请发送邮件至同一地址，并在主题中注明“媒体”或“批发”。我们会将您的邮件转交给相应的同事。</p>',
      ar:
        '<h2>يسعدنا أن نسمع منك</h2>' +
        '<p>سواء كان لديك سؤال عن المقاسات أو العناية بالقطع أو عن طلب في طريقه إليك، فإن أسرع طريقة للتواصل معنا هي البريد الإلكتروني. يقرأ فريق الاستوديو كل رسالة بنفسه، ونرد خلال يوم عمل واحد.</p>' +
        '<p><strong>البريد الإلكتروني:</strong> ' +
        mail +
        '</p>' +
        '<h2>ساعات عمل الاستوديو</h2>' +
        '<p>من الاثنين إلى الجمعة، من 9:00 صباحًا حتى 5:00 مساءً. نرد على الرسائل التي تصلنا في عطلة نهاية الأسبوع أو في العطلات الرسمية في يوم العمل التالي.</p>' +
        '<h2>لنساعدك بسرعة</h2>' +
        '<p>يُرجى أن تذكر في رسالتك:</p>' +
        '<ul>' +
        '<li><strong>رقم الطلب</strong> (تجده في رسالة تأكيد الطلب)</li>' +
        '<li>اسم المنتج، والمقاس أو اللون إن لزم الأمر</li>' +
        '<li>صورة، إذا وصلتك قطعة تالفة أو بها خلل</li>' +
        '</ul>' +
        '<h2>الصحافة والبيع بالجملة</h2>' +
        '<p>للاستفسارات الصحفية وطلبات العينات والصور، أو إن كنت ترغب في عرض منتجات Aurora &amp; Oak في متجرك، راسلنا على العنوان نفسه مع كتابة «الصحافة» أو «البيع بالجملة» في عنوان الرسالة، وسنحوّل رسالتك إلى الشخص المناسب.</p>',
    },
    seoDescription: {
      en: 'Questions about an order, sizing or care? Email hello@auroraandoak.example – we reply within one business day, Monday to Friday, 9am to 5pm.',
      de: 'Fragen zu Bestellung, Größe oder Pflege? Schreiben Sie an hello@auroraandoak.example – Antwort innerhalb eines Werktags, Mo.–Fr. 9–17 Uhr.',
      fr: 'Une question sur une commande, une taille ou l’entretien ? Écrivez à hello@auroraandoak.example : réponse sous un jour ouvré.',
      es: '¿Dudas sobre un pedido, tallas o cuidados? Escríbenos a hello@auroraandoak.example y te responderemos en un día laborable.',
      it: 'Domande su un ordine, le taglie o la cura dei capi? Scrivi a hello@auroraandoak.example: rispondiamo entro un giorno lavorativo.',
      nl: 'Vragen over een bestelling, maten of verzorging? Mail naar hello@auroraandoak.example; we antwoorden binnen één werkdag.',
      ja: 'ご注文、サイズ、お手入れについてのご質問は hello@auroraandoak.example まで。1営業日以内にご返信します（平日9:00～17:00）。',
      'zh-CN':
        '关于订单、尺码或护理的问题，请发邮件至 hello@auroraandoak.example，我们会在 1 个工作日内回复（周一至周五 9:00–17:00）。',
      ar: 'لديك سؤال عن طلب أو مقاس أو طريقة العناية؟ راسلنا على hello@auroraandoak.example وسنرد خلال يوم عمل واحد.',
    },
  },
  {
    handle: 'terms-of-service',
    title: {
      en: 'Terms of service',
      de: 'Allgemeine Geschäftsbedingungen',
      fr: 'Conditions générales de vente',
      es: 'Condiciones generales de venta',
      it: 'Condizioni generali di vendita',
      nl: 'Algemene voorwaarden',
      ja: '利用規約',
      'zh-CN': '服务条款',
      ar: 'الشروط والأحكام',
    },
    bodyHtml: {
      en:
        '<h2>Who we are</h2>' +
        '<p>Aurora &amp; Oak is a fictional shop: it shows what the Meridian commerce software can do, and no real goods are sold or delivered through it. These terms are written as a real shop’s would be, and they apply to every order placed in this store. You can reach us at ' +
        mail +
        '.</p>' +
        '<h2>Your order and our contract</h2>' +
        '<p>Our product pages are an invitation to order, not a binding offer. When you place an order and pay, you make us an offer to buy; the contract is formed when we email you the order confirmation. If we can’t accept an order – for example because a price was obviously wrong – we tell you straight away and refund everything you paid.</p>' +
        '<h2>Prices and currencies</h2>' +
        '<p>Prices are shown in the currency of the country you shop from, and you pay in that currency. Where the market shows prices including tax, as in the European Union, the United Kingdom and Japan, the price you see includes VAT, GST or consumption tax. Where it doesn’t, as in the United States and Canada, sales tax is added at checkout. Shipping costs and the total are shown at checkout, before you pay.</p>' +
        '<h2>Duties and import taxes</h2>' +
        '<p>Orders sent to another country may be subject to import duties and taxes. Before you pay, checkout shows which of two cases applies to your country:</p>' +
        '<ul>' +
        '<li><strong>Duties paid (DDP):</strong> duties and import taxes are calculated at checkout and included in your total, so there is nothing more to pay on delivery.</li>' +
        '<li><strong>Duties unpaid (DAP):</strong> they are not included, and the carrier may collect them from you when the parcel arrives.</li>' +
        '</ul>' +
        '<h2>Payment</h2>' +
        '<p>You pay with one of the payment methods offered at checkout, in the currency of your order. Payment is taken when you place the order.</p>' +
        '<h2>Delivery</h2>' +
        '<p>We deliver to every country offered in the store’s country selector. Delivery times and shipping costs are explained on our <a href="/pages/shipping">Shipping &amp; delivery</a> page, and the cost for your address is shown at checkout. If a parcel is lost or damaged on its way to you, we replace it or refund you.</p>' +
        '<h2>Returns and your right of withdrawal</h2>' +
        '<p>You can return unworn items within 30 days of delivery, as set out on our <a href="/pages/returns">Returns &amp; exchanges</a> page. If you live in the European Union, you also have a legal right to withdraw from your purchase within 14 days of delivery without giving any reason. That right is the minimum: our 30-day returns never give you less, and the exceptions listed on the Returns page apply only as far as the law allows. To withdraw, just email us with your order number. If you withdraw from a whole order, we also refund the standard delivery cost, to your original payment method.</p>' +
        '<h2>Faulty goods</h2>' +
        '<p>If an item is faulty or not as described, you have the legal guarantee rights of the country you live in – in the European Union, for at least two years from delivery. Email us with your order number and a photo, and we’ll arrange a repair, a replacement or a refund.</p>' +
        '<h2>Liability</h2>' +
        '<p>We are fully liable for damage we cause intentionally or through gross negligence, for injury to life, body or health, and wherever the law, such as product liability law, does not allow liability to be limited. Otherwise, we are liable only for the foreseeable damage typical of this kind of contract. Nothing in these terms limits your statutory rights as a consumer.</p>' +
        '<h2>Governing law</h2>' +
        '<p>These terms are governed by the law of the country where the shop is established. If you are a consumer, this does not take away the protection of the mandatory laws of the country where you live, and you can also bring a claim in the courts there.</p>' +
        '<h2>Changes and questions</h2>' +
        '<p>We may update these terms from time to time; each order is governed by the version published when it was placed. If you have any questions, write to us at ' +
        mail +
        '.</p>',
      de:
        '<h2>Wer wir sind</h2>' +
        '<p>Aurora &amp; Oak ist ein fiktiver Shop: Er zeigt, was die Commerce-Software Meridian kann, und über ihn werden keine echten Waren verkauft oder geliefert. Diese Bedingungen sind so geschrieben, wie sie ein echter Shop hätte, und gelten für jede Bestellung in diesem Shop. Sie erreichen uns unter ' +
        mail +
        '.</p>' +
        '<h2>Bestellung und Vertragsschluss</h2>' +
        '<p>Unsere Produktseiten sind eine Einladung zur Bestellung, kein verbindliches Angebot. Mit Ihrer Bestellung und Zahlung geben Sie ein Angebot zum Kauf ab; der Vertrag kommt zustande, sobald wir Ihnen die Bestellbestätigung per E-Mail senden. Können wir eine Bestellung nicht annehmen – etwa weil ein Preis offensichtlich falsch war –, teilen wir Ihnen das sofort mit und erstatten Ihnen den gezahlten Betrag vollständig.</p>' +
        '<h2>Preise und Währungen</h2>' +
        '<p>Preise werden in der Währung des Landes angezeigt, aus dem Sie bestellen, und Sie bezahlen in dieser Währung. Wo der Markt Bruttopreise zeigt, etwa in der Europäischen Union, im Vereinigten Königreich und in Japan, ist die Steuer (Mehrwertsteuer, GST oder Verbrauchsteuer) im angezeigten Preis enthalten. Wo nicht, etwa in den USA und in Kanada, wird die Sales Tax an der Kasse hinzugerechnet. Versandkosten und Gesamtbetrag sehen Sie an der Kasse, bevor Sie bezahlen.</p>' +
        '<h2>Zölle und Einfuhrabgaben</h2>' +
        '<p>Bei Lieferungen in ein anderes Land können Zölle und Einfuhrabgaben anfallen. Welcher von zwei Fällen für Ihr Land gilt, sehen Sie an der Kasse, bevor Sie bezahlen:</p>' +
        '<ul>' +
        '<li><strong>Verzollte Lieferung (DDP):</strong> Zölle und Einfuhrabgaben werden an der Kasse berechnet und sind im Gesamtbetrag enthalten, bei der Zustellung ist also nichts mehr zu zahlen.</li>' +
        '<li><strong>Unverzollte Lieferung (DAP):</strong> Sie sind nicht enthalten, und der Zusteller kann sie bei der Lieferung von Ihnen erheben.</li>' +
        '</ul>' +
        '<h2>Zahlung</h2>' +
        '<p>Sie bezahlen mit einer der an der Kasse angebotenen Zahlungsarten in der Währung Ihrer Bestellung. Der Betrag wird belastet, sobald Sie Ihre Bestellung abschicken.</p>' +
        '<h2>Lieferung</h2>' +
        '<p>Wir liefern in alle Länder, die in der Länderauswahl des Shops angeboten werden. Lieferzeiten und Versandkosten erklären wir auf unserer Seite <a href="/pages/shipping">Versand &amp; Lieferung</a>; die Kosten für Ihre Adresse sehen Sie an der Kasse. Geht ein Paket auf dem Weg zu Ihnen verloren oder wird es beschädigt, ersetzen wir es oder erstatten Ihnen den Betrag.</p>' +
        '<h2>Rückgabe und Widerrufsrecht</h2>' +
        '<p>Ungetragene Artikel können Sie innerhalb von 30 Tagen ab Zustellung zurückgeben, wie auf unserer Seite <a href="/pages/returns">Rücksendungen &amp; Umtausch</a> beschrieben. Wenn Sie in der Europäischen Union wohnen, haben Sie außerdem das gesetzliche Recht, Ihren Kauf innerhalb von 14 Tagen ab Zustellung ohne Angabe von Gründen zu widerrufen. Dieses Recht ist das Minimum: Unsere 30-tägige Rückgabe gibt Ihnen nie weniger, und die auf der Rückgabeseite genannten Ausnahmen gelten nur, soweit das Gesetz sie zulässt. Für den Widerruf genügt eine E-Mail mit Ihrer Bestellnummer. Widerrufen Sie eine ganze Bestellung, erstatten wir auch die Standardversandkosten – auf Ihr ursprüngliches Zahlungsmittel.</p>' +
        '<h2>Mängel</h2>' +
        '<p>Ist ein Artikel mangelhaft oder nicht wie beschrieben, haben Sie die gesetzlichen Gewährleistungsrechte des Landes, in dem Sie wohnen – in der Europäischen Union mindestens zwei Jahre ab Zustellung. Schreiben Sie uns mit Ihrer Bestellnummer und einem Foto, dann kümmern wir uns um Reparatur, Ersatz oder Erstattung.</p>' +
        '<h2>Haftung</h2>' +
        '<p>Wir haften unbeschränkt für Schäden, die wir vorsätzlich oder grob fahrlässig verursachen, für Schäden aus der Verletzung des Lebens, des Körpers oder der Gesundheit sowie überall dort, wo das Gesetz, etwa das Produkthaftungsrecht, keine Beschränkung erlaubt. Im Übrigen haften wir nur für vorhersehbare, vertragstypische Schäden. Ihre gesetzlichen Rechte als Verbraucher bleiben von diesen Bedingungen unberührt.</p>' +
        '<h2>Anwendbares Recht</h2>' +
        '<p>Für diese Bedingungen gilt das Recht des Landes, in dem der Shop seinen Sitz hat. Als Verbraucher behalten Sie den Schutz der zwingenden Vorschriften des Landes, in dem Sie wohnen, und können Ansprüche auch vor den dortigen Gerichten geltend machen.</p>' +
        '<h2>Änderungen und Fragen</h2>' +
        '<p>Wir können diese Bedingungen von Zeit zu Zeit aktualisieren; für jede Bestellung gilt die Fassung, die bei ihrem Abschluss veröffentlicht war. Bei Fragen schreiben Sie uns an ' +
        mail +
        '.</p>',
      fr:
        '<h2>Qui sommes-nous ?</h2>' +
        '<p>Aurora &amp; Oak est une boutique fictive : elle montre ce que permet le logiciel de commerce Meridian, et aucun article réel n’y est vendu ni livré. Ces conditions sont rédigées comme celles d’une vraie boutique et s’appliquent à toute commande passée sur ce site. Vous pouvez nous écrire à ' +
        mail +
        '.</p>' +
        '<h2>Votre commande et la conclusion du contrat</h2>' +
        '<p>Nos fiches produits sont une invitation à commander, et non une offre ferme. En passant commande et en payant, vous nous faites une offre d’achat ; le contrat est conclu lorsque nous vous envoyons la confirmation de commande par e-mail. Si nous ne pouvons pas accepter une commande – par exemple en raison d’un prix manifestement erroné –, nous vous en informons aussitôt et vous remboursons intégralement.</p>' +
        '<h2>Prix et devises</h2>' +
        '<p>Les prix sont affichés dans la devise du pays depuis lequel vous commandez, et vous payez dans cette devise. Lorsque le marché affiche des prix TTC, comme dans l’Union européenne, au Royaume-Uni ou au Japon, la taxe (TVA, GST ou taxe sur la consommation) est comprise dans le prix affiché. Sinon, comme aux États-Unis et au Canada, la taxe de vente est ajoutée au moment du paiement. Les frais de port et le total s’affichent au moment du paiement, avant que vous ne validiez.</p>' +
        '<h2>Droits de douane et taxes d’importation</h2>' +
        '<p>Les envois vers un autre pays peuvent être soumis à des droits de douane et à des taxes d’importation. Avant le paiement, la page de commande vous indique lequel de ces deux cas s’applique à votre pays :</p>' +
        '<ul>' +
        '<li><strong>Droits acquittés (DDP) :</strong> les droits et taxes sont calculés au moment du paiement et inclus dans votre total ; vous n’avez plus rien à payer à la livraison.</li>' +
        '<li><strong>Droits non acquittés (DAP) :</strong> ils ne sont pas inclus, et le transporteur peut vous les réclamer à l’arrivée du colis.</li>' +
        '</ul>' +
        '<h2>Paiement</h2>' +
        '<p>Vous payez avec l’un des moyens de paiement proposés lors de la commande, dans la devise de celle-ci. Le montant est débité au moment où vous passez commande.</p>' +
        '<h2>Livraison</h2>' +
        '<p>Nous livrons dans tous les pays proposés dans le sélecteur de pays de la boutique. Les délais et frais de livraison sont détaillés sur notre page <a href="/pages/shipping">Livraison</a>, et le coût pour votre adresse s’affiche au moment du paiement. Si un colis est perdu ou endommagé en chemin, nous le remplaçons ou vous remboursons.</p>' +
        '<h2>Retours et droit de rétractation</h2>' +
        '<p>Vous pouvez retourner les articles non portés dans les 30 jours suivant la livraison, comme indiqué sur notre page <a href="/pages/returns">Retours et échanges</a>. Si vous résidez dans l’Union européenne, vous disposez en outre d’un droit légal de rétractation de 14 jours à compter de la livraison, sans avoir à vous justifier. Ce droit est un minimum : nos retours sous 30 jours ne vous accordent jamais moins, et les exceptions citées sur la page Retours ne s’appliquent que dans la mesure où la loi les autorise. Pour vous rétracter, il suffit de nous écrire en indiquant votre numéro de commande. Si vous vous rétractez pour toute une commande, nous vous remboursons aussi les frais de livraison standard, sur votre moyen de paiement initial.</p>' +
        '<h2>Articles défectueux</h2>' +
        '<p>Si un article est défectueux ou non conforme à sa description, vous bénéficiez des garanties légales du pays où vous résidez – dans l’Union européenne, pendant au moins deux ans à compter de la livraison. Écrivez-nous avec votre numéro de commande et une photo : nous organiserons une réparation, un remplacement ou un remboursement.</p>' +
        '<h2>Responsabilité</h2>' +
        '<p>Nous sommes pleinement responsables des dommages causés intentionnellement ou par faute lourde, des atteintes à la vie, à l’intégrité physique ou à la santé, et dans tous les cas où la loi, par exemple en matière de responsabilité du fait des produits, interdit de limiter la responsabilité. Pour le reste, notre responsabilité est limitée aux dommages prévisibles et typiques de ce type de contrat. Rien dans ces conditions ne limite vos droits légaux de consommateur.</p>' +
        '<h2>Droit applicable</h2>' +
        '<p>Ces conditions sont régies par le droit du pays où la boutique est établie. Si vous êtes consommateur, ce choix ne vous prive pas de la protection des règles impératives du pays où vous résidez, et vous pouvez aussi saisir les tribunaux de ce pays.</p>' +
        '<h2>Modifications et questions</h2>' +
        '<p>Nous pouvons mettre à jour ces conditions de temps à autre ; chaque commande est régie par la version publiée au moment où elle a été passée. Pour toute question, écrivez-nous à ' +
        mail +
        '.</p>',
      es:
        '<h2>Quiénes somos</h2>' +
        '<p>Aurora &amp; Oak es una tienda ficticia: muestra lo que puede hacer el software de comercio Meridian, y a través de ella no se vende ni se entrega ningún artículo real. Estas condiciones están redactadas como las de una tienda real y se aplican a todos los pedidos realizados en esta tienda. Puedes escribirnos a ' +
        mail +
        '.</p>' +
        '<h2>Tu pedido y la celebración del contrato</h2>' +
        '<p>Nuestras fichas de producto son una invitación a comprar, no una oferta vinculante. Al hacer un pedido y pagarlo, nos haces una oferta de compra; el contrato se celebra cuando te enviamos la confirmación del pedido por correo electrónico. Si no podemos aceptar un pedido (por ejemplo, porque un precio era claramente erróneo), te avisamos enseguida y te devolvemos íntegramente lo que hayas pagado.</p>' +
        '<h2>Precios y monedas</h2>' +
        '<p>Los precios se muestran en la moneda del país desde el que compras, y pagas en esa moneda. Cuando el mercado muestra precios con impuestos incluidos, como en la Unión Europea, el Reino Unido o Japón, el impuesto (IVA, GST o impuesto sobre el consumo) ya está incluido en el precio. Cuando no, como en Estados Unidos y Canadá, el impuesto sobre las ventas se añade al finalizar la compra. Los gastos de envío y el total aparecen al finalizar la compra, antes de pagar.</p>' +
        '<h2>Aranceles e impuestos de importación</h2>' +
        '<p>Los envíos a otro país pueden estar sujetos a aranceles e impuestos de importación. Antes de pagar, la página de pago te indica cuál de estos dos casos se aplica a tu país:</p>' +
        '<ul>' +
        '<li><strong>Con derechos pagados (DDP):</strong> los aranceles y los impuestos de importación se calculan al finalizar la compra y se incluyen en el total, así que no tendrás nada más que pagar en la entrega.</li>' +
        '<li><strong>Sin derechos pagados (DAP):</strong> no están incluidos, y el transportista puede cobrártelos al entregar el paquete.</li>' +
        '</ul>' +
        '<h2>Pago</h2>' +
        '<p>Pagas con uno de los métodos de pago que se ofrecen al finalizar la compra, en la moneda de tu pedido. El cargo se realiza en el momento en que haces el pedido.</p>' +
        '<h2>Entrega</h2>' +
        '<p>Enviamos a todos los países que aparecen en el selector de país de la tienda. Los plazos y gastos de envío se explican en nuestra página <a href="/pages/shipping">Envíos y entregas</a>, y el coste para tu dirección se muestra al finalizar la compra. Si un paquete se pierde o se daña por el camino, te lo reponemos o te devolvemos el importe.</p>' +
        '<h2>Devoluciones y derecho de desistimiento</h2>' +
        '<p>Puedes devolver artículos sin estrenar en un plazo de 30 días desde la entrega, tal como se explica en nuestra página <a href="/pages/returns">Devoluciones y cambios</a>. Si vives en la Unión Europea, además tienes el derecho legal de desistir de tu compra en un plazo de 14 días desde la entrega, sin necesidad de justificarlo. Ese derecho es el mínimo: nuestras devoluciones en 30 días nunca te dan menos, y las excepciones de la página de devoluciones solo se aplican en la medida en que la ley lo permita. Para desistir, basta con que nos escribas indicando tu número de pedido. Si desistes de un pedido completo, también te reembolsamos los gastos de envío estándar, en tu método de pago original.</p>' +
        '<h2>Artículos defectuosos</h2>' +
        '<p>Si un artículo es defectuoso o no se corresponde con su descripción, tienes las garantías legales del país en el que vives; en la Unión Europea, durante al menos dos años desde la entrega. Escríbenos con tu número de pedido y una foto, y nos encargaremos de repararlo, sustituirlo o devolverte el importe.</p>' +
        '<h2>Responsabilidad</h2>' +
        '<p>Respondemos plenamente de los daños causados con dolo o negligencia grave, de los daños a la vida, la integridad física o la salud, y en todos los casos en que la ley, como la de responsabilidad por productos defectuosos, no permita limitar la responsabilidad. En los demás casos, solo respondemos de los daños previsibles y típicos de este tipo de contrato. Nada de lo dispuesto en estas condiciones limita tus derechos legales como consumidor.</p>' +
        '<h2>Ley aplicable</h2>' +
        '<p>Estas condiciones se rigen por la ley del país en el que está establecida la tienda. Si eres consumidor, esta elección no te priva de la protección de las normas imperativas del país en el que vives, y también puedes presentar una reclamación ante sus tribunales.</p>' +
        '<h2>Cambios y preguntas</h2>' +
        '<p>Podemos actualizar estas condiciones de vez en cuando; a cada pedido se le aplica la versión publicada en el momento de hacerlo. Si tienes alguna pregunta, escríbenos a ' +
        mail +
        '.</p>',
      it:
        '<h2>Chi siamo</h2>' +
        '<p>Aurora &amp; Oak è un negozio fittizio: mostra ciò che sa fare il software di commercio Meridian, e tramite esso non si vende né si consegna alcun articolo reale. Queste condizioni sono scritte come quelle di un vero negozio e si applicano a ogni ordine effettuato su questo sito. Puoi scriverci a ' +
        mail +
        '.</p>' +
        '<h2>Il tuo ordine e la conclusione del contratto</h2>' +
        '<p>Le nostre schede prodotto sono un invito a ordinare, non un’offerta vincolante. Effettuando e pagando un ordine ci fai una proposta d’acquisto; il contratto si conclude quando ti inviamo via email la conferma d’ordine. Se non possiamo accettare un ordine, per esempio perché un prezzo era palesemente errato, te lo comunichiamo subito e ti rimborsiamo per intero quanto hai pagato.</p>' +
        '<h2>Prezzi e valute</h2>' +
        '<p>I prezzi sono indicati nella valuta del Paese da cui acquisti, e paghi in quella valuta. Dove il mercato mostra prezzi comprensivi di imposte, come nell’Unione europea, nel Regno Unito o in Giappone, l’imposta (IVA, GST o imposta sui consumi) è già inclusa nel prezzo. Dove non è così, come negli Stati Uniti e in Canada, l’imposta sulle vendite viene aggiunta al checkout. Costi di spedizione e totale sono indicati al checkout, prima del pagamento.</p>' +
        '<h2>Dazi e imposte di importazione</h2>' +
        '<p>Le spedizioni verso un altro Paese possono essere soggette a dazi e imposte di importazione. Prima del pagamento, il checkout ti indica quale dei due casi vale per il tuo Paese:</p>' +
        '<ul>' +
        '<li><strong>Dazi pagati (DDP):</strong> dazi e imposte di importazione vengono calcolati al checkout e inclusi nel totale, quindi alla consegna non c’è altro da pagare.</li>' +
        '<li><strong>Dazi non pagati (DAP):</strong> non sono inclusi, e il corriere potrebbe riscuoterli alla consegna del pacco.</li>' +
        '</ul>' +
        '<h2>Pagamento</h2>' +
        '<p>Paghi con uno dei metodi di pagamento proposti al checkout, nella valuta del tuo ordine. L’importo viene addebitato nel momento in cui effettui l’ordine.</p>' +
        '<h2>Consegna</h2>' +
        '<p>Spediamo in tutti i Paesi proposti nel selettore del Paese del negozio. Tempi e costi di spedizione sono spiegati nella pagina <a href="/pages/shipping">Spedizioni e consegne</a>, e il costo per il tuo indirizzo è indicato al checkout. Se un pacco va perso o si danneggia durante il trasporto, lo sostituiamo o ti rimborsiamo.</p>' +
        '<h2>Resi e diritto di recesso</h2>' +
        '<p>Puoi restituire gli articoli non indossati entro 30 giorni dalla consegna, come spiegato nella pagina <a href="/pages/returns">Resi e cambi</a>. Se vivi nell’Unione europea, hai inoltre il diritto legale di recedere dall’acquisto entro 14 giorni dalla consegna, senza dover indicare un motivo. Questo diritto è il minimo: i nostri resi entro 30 giorni non ti danno mai di meno, e le eccezioni indicate nella pagina dei resi valgono solo nei limiti consentiti dalla legge. Per recedere basta scriverci indicando il numero d’ordine. Se recedi da un intero ordine, ti rimborsiamo anche le spese di spedizione standard, sul metodo di pagamento originale.</p>' +
        '<h2>Articoli difettosi</h2>' +
        '<p>Se un articolo è difettoso o non conforme alla descrizione, hai le garanzie legali del Paese in cui vivi: nell’Unione europea, per almeno due anni dalla consegna. Scrivici con il numero d’ordine e una foto e organizzeremo una riparazione, una sostituzione o un rimborso.</p>' +
        '<h2>Responsabilità</h2>' +
        '<p>Rispondiamo pienamente dei danni causati con dolo o colpa grave, dei danni alla vita, all’integrità fisica o alla salute e in tutti i casi in cui la legge, per esempio in materia di responsabilità per danno da prodotti difettosi, non consente di limitare la responsabilità. Negli altri casi rispondiamo solo dei danni prevedibili e tipici di questo tipo di contratto. Nulla in queste condizioni limita i tuoi diritti di consumatore previsti dalla legge.</p>' +
        '<h2>Legge applicabile</h2>' +
        '<p>Queste condizioni sono regolate dalla legge del Paese in cui ha sede il negozio. Se sei un consumatore, questa scelta non ti priva della tutela delle norme inderogabili del Paese in cui vivi, e puoi rivolgerti anche ai tribunali di quel Paese.</p>' +
        '<h2>Modifiche e domande</h2>' +
        '<p>Possiamo aggiornare queste condizioni di tanto in tanto; a ogni ordine si applica la versione pubblicata al momento dell’acquisto. Per qualsiasi domanda, scrivici a ' +
        mail +
        '.</p>',
      nl:
        '<h2>Wie we zijn</h2>' +
        '<p>Aurora &amp; Oak is een fictieve winkel: hij laat zien wat de commercesoftware Meridian kan, en er worden via deze winkel geen echte artikelen verkocht of geleverd. Deze voorwaarden zijn geschreven zoals die van een echte winkel en gelden voor elke bestelling in deze winkel. Je bereikt ons via ' +
        mail +
        '.</p>' +
        '<h2>Je bestelling en de overeenkomst</h2>' +
        '<p>Onze productpagina’s zijn een uitnodiging om te bestellen, geen bindend aanbod. Als je een bestelling plaatst en betaalt, doe je ons een aanbod om te kopen; de overeenkomst komt tot stand zodra we je de orderbevestiging per e-mail sturen. Kunnen we een bestelling niet aannemen, bijvoorbeeld omdat een prijs duidelijk onjuist was, dan laten we je dat meteen weten en betalen we alles wat je hebt betaald volledig terug.</p>' +
        '<h2>Prijzen en valuta</h2>' +
        '<p>Prijzen worden getoond in de valuta van het land van waaruit je bestelt, en je betaalt in die valuta. Waar de markt prijzen inclusief belasting toont, zoals in de Europese Unie, het Verenigd Koninkrijk en Japan, zit de belasting (btw, GST of verbruiksbelasting) al in de prijs. Waar dat niet zo is, zoals in de Verenigde Staten en Canada, wordt de sales tax bij het afrekenen toegevoegd. Verzendkosten en het totaalbedrag zie je bij het afrekenen, voordat je betaalt.</p>' +
        '<h2>Invoerrechten en importbelastingen</h2>' +
        '<p>Op zendingen naar een ander land kunnen invoerrechten en importbelastingen van toepassing zijn. Voordat je betaalt, zie je bij het afrekenen welke van deze twee situaties voor jouw land geldt:</p>' +
        '<ul>' +
        '<li><strong>Inclusief invoerrechten (DDP):</strong> invoerrechten en importbelastingen worden bij het afrekenen berekend en zitten in je totaalbedrag, dus bij levering hoef je niets meer te betalen.</li>' +
        '<li><strong>Exclusief invoerrechten (DAP):</strong> ze zijn niet inbegrepen, en de vervoerder kan ze bij aflevering bij je innen.</li>' +
        '</ul>' +
        '<h2>Betaling</h2>' +
        '<p>Je betaalt met een van de betaalmethoden die bij het afrekenen worden aangeboden, in de valuta van je bestelling. Het bedrag wordt afgeschreven zodra je je bestelling plaatst.</p>' +
        '<h2>Levering</h2>' +
        '<p>We leveren in alle landen die in de landenkiezer van de winkel staan. Levertijden en verzendkosten lees je op onze pagina <a href="/pages/shipping">Verzending &amp; levering</a>; de kosten voor jouw adres zie je bij het afrekenen. Raakt een pakket onderweg kwijt of beschadigd, dan vervangen we het of betalen we je terug.</p>' +
        '<h2>Retourneren en herroepingsrecht</h2>' +
        '<p>Je kunt ongedragen artikelen binnen 30 dagen na levering retourneren, zoals beschreven op onze pagina <a href="/pages/returns">Retourneren &amp; ruilen</a>. Woon je in de Europese Unie, dan heb je daarnaast het wettelijke recht om je aankoop binnen 14 dagen na levering zonder opgave van redenen te herroepen. Dat recht is het minimum: onze retourtermijn van 30 dagen geeft je nooit minder, en de uitzonderingen op de retourpagina gelden alleen voor zover de wet dat toestaat. Om te herroepen stuur je ons gewoon een e-mail met je ordernummer. Herroep je een hele bestelling, dan betalen we ook de standaardverzendkosten terug, via je oorspronkelijke betaalmethode.</p>' +
        '<h2>Gebreken</h2>' +
        '<p>Heeft een artikel een gebrek of is het niet zoals beschreven, dan heb je de wettelijke garantierechten van het land waar je woont; in de Europese Unie minstens twee jaar na levering. Mail ons je ordernummer en een foto, dan regelen we een reparatie, vervanging of terugbetaling.</p>' +
        '<h2>Aansprakelijkheid</h2>' +
        '<p>We zijn volledig aansprakelijk voor schade die we opzettelijk of door grove nalatigheid veroorzaken, voor letsel of overlijden, en overal waar de wet, zoals het productaansprakelijkheidsrecht, geen beperking van aansprakelijkheid toestaat. In alle andere gevallen zijn we alleen aansprakelijk voor voorzienbare schade die typisch is voor dit soort overeenkomsten. Niets in deze voorwaarden beperkt je wettelijke rechten als consument.</p>' +
        '<h2>Toepasselijk recht</h2>' +
        '<p>Op deze voorwaarden is het recht van toepassing van het land waar de winkel gevestigd is. Ben je consument, dan behoud je de bescherming van de dwingende regels van het land waar je woont, en kun je ook daar naar de rechter stappen.</p>' +
        '<h2>Wijzigingen en vragen</h2>' +
        '<p>We kunnen deze voorwaarden af en toe bijwerken; op elke bestelling is de versie van toepassing die gold toen je bestelde. Heb je vragen? Mail ons op ' +
        mail +
        '.</p>',
      ja:
        '<h2>運営者について</h2>' +
        '<p>Aurora &amp; Oakは、コマースソフトウェア「Meridian」の機能をご紹介するための架空のショップです。実際の商品の販売やお届けは行っていません。本規約は実在のショップの規約と同じ形で作成しており、当ショップでのすべてのご注文に適用されます。お問い合わせは' +
        mail +
        'までお寄せください。</p>' +
        '<h2>ご注文と契約の成立</h2>' +
        '<p>商品ページの掲載は、ご注文をお受けするためのご案内であり、当ショップからの確定的な申込みではありません。お客様がご注文とお支払いを完了された時点で購入のお申込みとなり、当ショップがご注文確認メールをお送りした時点で売買契約が成立します。明らかな価格表示の誤りなどによりご注文をお受けできない場合は、速やかにご連絡し、お支払い済みの金額を全額返金いたします。</p>' +
        '<h2>価格と通貨</h2>' +
        '<p>価格は、ご注文いただく国・地域の通貨で表示され、その通貨でお支払いいただきます。日本、EU、イギリスなど税込価格を表示する市場では、表示価格に消費税・付加価値税・GSTが含まれています。アメリカやカナダなど税抜価格を表示する市場では、売上税がチェックアウト時に加算されます。送料と合計金額は、お支払い前にチェックアウト画面でご確認いただけます。</p>' +
        '<h2>関税・輸入税</h2>' +
        '<p>国外へのお届けには、関税・輸入税がかかる場合があります。お客様の国・地域が次のどちらに該当するかは、お支払い前にチェックアウト画面に表示されます。</p>' +
        '<ul>' +
        '<li><strong>関税込み（DDP）：</strong>関税・輸入税をチェックアウト時に計算して合計金額に含めるため、お届け時に追加のお支払いはありません。</li>' +
        '<li><strong>関税別（DAP）：</strong>関税・輸入税は含まれず、お届け時に配送業者から請求される場合があります。</li>' +
        '</ul>' +
        '<h2>お支払い</h2>' +
        '<p>チェックアウト画面に表示されるお支払い方法のいずれかで、ご注文の通貨にてお支払いください。代金はご注文確定時に請求されます。</p>' +
        '<h2>お届け</h2>' +
        '<p>ショップの国・地域選択に表示されるすべての国・地域へお届けします。お届け日数と送料は<a href="/pages/shipping">配送について</a>のページでご案内しており、お届け先までの送料はチェックアウト画面に表示されます。配送中に荷物が紛失・破損した場合は、代わりの商品をお送りするか、返金いたします。</p>' +
        '<h2>返品と撤回権</h2>' +
        '<p>未着用の商品は、<a href="/pages/returns">返品・交換</a>のページに記載のとおり、商品到着日から30日以内であれば返品いただけます。EU在住のお客様には、これに加えて、商品到着日から14日以内であれば理由を問わず購入を撤回できる法定の権利があります。この権利は最低限の保証であり、当ショップの30日間の返品条件がこれを下回ることはありません。また、返品・交換のページに記載の例外は、法律で認められる範囲でのみ適用されます。撤回をご希望の場合は、ご注文番号を添えてメールでお知らせください。ご注文全体を撤回された場合は、商品代金に加えて通常の送料も、元のお支払い方法へ返金いたします。</p>' +
        '<h2>不良品について</h2>' +
        '<p>商品に不具合がある場合や説明と異なる場合は、お住まいの国の法律に基づく保証を受けられます（EUでは商品到着日から少なくとも2年間）。ご注文番号と写真を添えてご連絡いただければ、修理、交換、または返金にて対応いたします。</p>' +
        '<h2>責任</h2>' +
        '<p>当ショップの故意または重大な過失による損害、生命・身体・健康に対する損害、および製造物責任など法律上責任の制限が認められない場合については、当ショップが全面的に責任を負います。それ以外の場合、当ショップの責任は、この種の契約において通常予見できる損害に限られます。本規約は、消費者としてのお客様の法律上の権利を制限するものではありません。</p>' +
        '<h2>準拠法</h2>' +
        '<p>本規約には、当ショップの所在国の法律が適用されます。ただし、消費者であるお客様は、お住まいの国の強行法規による保護を引き続き受けることができ、その国の裁判所に訴えを提起することもできます。</p>' +
        '<h2>規約の変更とお問い合わせ</h2>' +
        '<p>本規約は必要に応じて改定することがあります。各ご注文には、ご注文時点で掲載されている規約が適用されます。ご不明な点は' +
        mail +
        'までお問い合わせください。</p>',
      'zh-CN':
        '<h2>关于我们</h2>' +
        '<p>Aurora &amp; Oak 是一家虚构的店铺，用于展示 Meridian 电商软件的功能，本店不销售、也不配送任何真实商品。本条款按真实店铺的标准撰写，适用于在本店提交的每一笔订单。如需联系我们，请发送邮件至 ' +
        mail +
        '。</p>' +
        '<h2>订单与合同成立</h2>' +
        '<p>商品页面仅为邀请您下单，并非具有约束力的要约。您提交订单并完成付款，即向我们发出购买要约；我们通过电子邮件向您发送订单确认时，合同即告成立。如我们无法接受某笔订单（例如价格标示明显有误），会立即通知您，并全额退还您已支付的款项。</p>' +
        '<h2>价格与币种</h2>' +
        '<p>价格以您所在国家或地区的货币显示，您也以该货币付款。在显示含税价格的市场（如新加坡、欧盟和日本），标价已包含商品及服务税、增值税或消费税；在显示不含税价格的市场（如美国和加拿大），销售税会在结账时另行计算。运费和订单总额会在结账时、付款前显示。</p>' +
        '<h2>关税与进口税</h2>' +
        '<p>寄往其他国家或地区的订单可能需要缴纳关税和进口税。付款前，结账页面会标明您所在的国家或地区适用以下哪种情况：</p>' +
        '<ul>' +
        '<li><strong>完税交货（DDP）：</strong>关税和进口税在结账时计算并计入订单总额，收货时无需再付任何费用。</li>' +
        '<li><strong>未完税交货（DAP）：</strong>订单金额不含这些税费，承运商可能会在派送时向您收取。</li>' +
        '</ul>' +
        '<h2>付款</h2>' +
        '<p>您可使用结账时提供的任一付款方式，以订单币种付款。款项将在您提交订单时扣取。</p>' +
        '<h2>配送</h2>' +
        '<p>我们可配送至店铺国家/地区选择器中列出的所有国家和地区。配送时效和运费请参阅<a href="/pages/shipping">配送说明</a>页面，寄往您地址的运费会在结账时显示。如包裹在运输途中丢失或损坏，我们会为您补发或退款。</p>' +
        '<h2>退货与撤销权</h2>' +
        '<p>未穿着的商品可在签收后 30 天内退回，具体请参阅<a href="/pages/returns">退换货</a>页面。如果您居住在欧盟，您还依法享有在签收后 14 天内无理由撤销购买的权利。这项权利是最低保障：我们的 30 天退货政策绝不会低于这一保障，退换货页面所列的例外情况也仅在法律允许的范围内适用。如需撤销购买，发送邮件并注明订单号即可。如您撤销整笔订单，除商品价款外，我们还会退还标准运费，款项将退回您原来的付款方式。</p>' +
        '<h2>商品质量问题</h2>' +
        '<p>如商品存在质量问题或与描述不符，您享有所在国家或地区法律规定的保修权利（在欧盟，自签收之日起至少两年）。请将订单号和照片发送给我们，我们会为您安排维修、换新或退款。</p>' +
        '<h2>责任</h2>' +
        '<p>对于因我们的故意或重大过失造成的损害、对生命、身体或健康造成的损害，以及产品责任等法律不允许限制责任的情形，我们承担全部责任。除此之外，我们仅对此类合同中通常可预见的损害承担责任。本条款不限制您作为消费者依法享有的任何权利。</p>' +
        '<h2>适用法律</h2>' +
        '<p>本条款受本店所在国家的法律管辖。如您是消费者，您仍受居住国强制性法律规定的保护，也可以向当地法院提起诉讼。</p>' +
        '<h2>条款变更与咨询</h2>' +
        '<p>我们可能会不时更新本条款；每笔订单适用下单时公布的版本。如有任何疑问，请写信至 ' +
        mail +
        '。</p>',
      ar:
        '<h2>من نحن</h2>' +
        '<p>Aurora &amp; Oak متجر خيالي يعرض ما يمكن أن يقدّمه برنامج التجارة Meridian، ولا تُباع من خلاله أي منتجات حقيقية ولا تُسلَّم. كُتبت هذه الشروط كما تُكتب شروط أي متجر حقيقي، وهي تسري على كل طلب يُقدَّم في هذا المتجر. يمكنك مراسلتنا على ' +
        mail +
        '.</p>' +
        '<h2>طلبك وإبرام العقد</h2>' +
        '<p>صفحات منتجاتنا دعوة إلى الطلب وليست عرضًا ملزمًا. فعندما تقدّم طلبك وتدفع ثمنه، تكون قد قدّمت إلينا عرضًا بالشراء، ويُبرم العقد حين نرسل إليك تأكيد الطلب عبر البريد الإلكتروني. وإذا تعذّر علينا قبول طلب ما، كأن يكون السعر المعروض خاطئًا بشكل واضح، فسنبلغك فورًا ونرد إليك كامل المبلغ الذي دفعته.</p>' +
        '<h2>الأسعار والعملات</h2>' +
        '<p>تظهر الأسعار بعملة البلد الذي تتسوّق منه، وتدفع بهذه العملة. وفي الأسواق التي تعرض الأسعار شاملة الضريبة، مثل الإمارات العربية المتحدة والاتحاد الأوروبي والمملكة المتحدة، يشمل السعر المعروض ضريبة القيمة المضافة أو ضريبة السلع والخدمات أو ضريبة الاستهلاك. أما في غيرها، مثل الولايات المتحدة وكندا، فتُضاف ضريبة المبيعات عند إتمام الطلب. وتظهر تكلفة الشحن والمبلغ الإجمالي عند إتمام الطلب قبل الدفع.</p>' +
        '<h2>الرسوم الجمركية وضرائب الاستيراد</h2>' +
        '<p>قد تخضع الطلبات المرسلة إلى بلد آخر للرسوم الجمركية وضرائب الاستيراد. وتوضّح لك صفحة الدفع قبل أن تدفع أيّ الحالتين تنطبق على بلدك:</p>' +
        '<ul>' +
        '<li><strong>الشحن مع سداد الرسوم (DDP):</strong> تُحتسب الرسوم الجمركية وضرائب الاستيراد عند إتمام الطلب وتُضاف إلى المبلغ الإجمالي، فلا يتبقى عليك شيء عند التسليم.</li>' +
        '<li><strong>الشحن دون سداد الرسوم (DAP):</strong> لا تكون الرسوم مشمولة، وقد تحصّلها منك شركة الشحن عند وصول الطرد.</li>' +
        '</ul>' +
        '<h2>الدفع</h2>' +
        '<p>تدفع بإحدى وسائل الدفع المعروضة عند إتمام الطلب، وبعملة طلبك. ويُخصم المبلغ عند تقديم الطلب.</p>' +
        '<h2>التوصيل</h2>' +
        '<p>نشحن إلى جميع البلدان المعروضة في قائمة اختيار البلد في المتجر. ونشرح مدة التوصيل وتكلفة الشحن في صفحة <a href="/pages/shipping">الشحن والتوصيل</a>، وتظهر تكلفة الشحن إلى عنوانك عند إتمام الطلب. وإذا فُقد الطرد أو تلف في الطريق إليك، فسنرسل إليك بديلًا أو نرد إليك المبلغ.</p>' +
        '<h2>الإرجاع وحق العدول عن الشراء</h2>' +
        '<p>يمكنك إرجاع القطع غير الملبوسة خلال 30 يومًا من التسليم، كما هو موضّح في صفحة <a href="/pages/returns">الإرجاع والاستبدال</a>. وإذا كنت تقيم في الاتحاد الأوروبي، فلك أيضًا حق قانوني في العدول عن الشراء خلال 14 يومًا من التسليم دون إبداء أي سبب. وهذا الحق هو الحد الأدنى: فسياسة الإرجاع لدينا خلال 30 يومًا لا تمنحك أقل منه أبدًا، ولا تسري الاستثناءات المذكورة في صفحة الإرجاع إلا في الحدود التي يسمح بها القانون. وللعدول عن الشراء، يكفي أن تراسلنا برقم طلبك. وإذا عدلت عن طلب كامل، فسنرد إليك أيضًا تكلفة الشحن العادي إلى وسيلة الدفع الأصلية.</p>' +
        '<h2>القطع المعيبة</h2>' +
        '<p>إذا كانت القطعة معيبة أو لا تطابق وصفها، فلك حقوق الضمان القانونية في بلد إقامتك، وفي الاتحاد الأوروبي لمدة سنتين على الأقل من التسليم. راسلنا برقم طلبك مع صورة، وسنرتّب لإصلاحها أو استبدالها أو رد المبلغ.</p>' +
        '<h2>المسؤولية</h2>' +
        '<p>نتحمّل المسؤولية كاملة عن الأضرار التي نتسبب فيها عمدًا أو بإهمال جسيم، وعن الأضرار التي تمس الحياة أو سلامة الجسد أو الصحة، وفي كل الحالات التي لا يجيز فيها القانون، كقانون المسؤولية عن المنتجات، تحديد المسؤولية. وفيما عدا ذلك، تقتصر مسؤوليتنا على الأضرار المتوقعة المعتادة في هذا النوع من العقود. ولا يحدّ أي شيء في هذه الشروط من حقوقك القانونية بصفتك مستهلكًا.</p>' +
        '<h2>القانون الواجب التطبيق</h2>' +
        '<p>تخضع هذه الشروط لقانون البلد الذي يقع فيه مقر المتجر. وإذا كنت مستهلكًا، فإن ذلك لا يحرمك من حماية القواعد الآمرة في بلد إقامتك، ويمكنك أيضًا رفع دعواك أمام محاكمه.</p>' +
        '<h2>التعديلات والاستفسارات</h2>' +
        '<p>قد نحدّث هذه الشروط من وقت لآخر، ويسري على كل طلب النص المنشور وقت تقديمه. وإذا كانت لديك أي أسئلة، فراسلنا على ' +
        mail +
        '.</p>',
    },
    seoDescription: {
      en: 'Aurora & Oak’s terms of sale: orders, prices and currencies, duties and import taxes, payment, delivery, returns and EU withdrawal, faulty goods.',
      de: 'AGB von Aurora & Oak: Bestellung, Preise und Währungen, Zölle, Zahlung, Lieferung, Rückgabe und Widerrufsrecht, Gewährleistung und Haftung.',
      fr: 'CGV d’Aurora & Oak : commande, prix et devises, droits de douane, paiement, livraison, retours et droit de rétractation, garanties, responsabilité.',
      es: 'Condiciones de venta de Aurora & Oak: pedidos, precios y monedas, aranceles, pago, entrega, devoluciones y desistimiento, garantías.',
      it: 'Condizioni di vendita di Aurora & Oak: ordini, prezzi e valute, dazi, pagamento, consegna, resi e diritto di recesso, garanzia e responsabilità.',
      nl: 'Algemene voorwaarden van Aurora & Oak: bestellen, prijzen en valuta, invoerrechten, betaling, levering, retour en herroepingsrecht, garantie.',
      ja: 'Aurora & Oakの利用規約。ご注文と契約、価格と通貨、関税・輸入税、お支払い、お届け、返品とEUの撤回権、不良品、責任について。',
      'zh-CN':
        'Aurora & Oak 服务条款：订单与合同、价格与币种、关税与进口税、付款、配送、退货与欧盟撤销权、商品质量问题及责任说明。',
      ar: 'شروط وأحكام متجر Aurora & Oak: الطلبات والأسعار والعملات، والرسوم الجمركية، والدفع، والتوصيل، والإرجاع وحق العدول، والضمان والمسؤولية.',
    },
  },
];
