import type { SeedPage } from '../catalog-types.ts';

/** The shop's contact address as a mail link, shared by every page body. */
const mail = '<a href="mailto:hello@auroraandoak.example">hello@auroraandoak.example</a>';

export const pages: SeedPage[] = [
  {
    handle: 'about',
    title: { en: 'Our story', de: 'Über uns', fr: 'Notre histoire', es: 'Nuestra historia', it: 'La nostra storia', nl: 'Ons verhaal', ja: '私たちについて', 'zh-CN': '品牌故事', ar: 'قصتنا' },
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
        '<p>Every piece comes with simple care notes. Wash wool cold and dry it flat, re-wax a waxed jacket once a year, let linen crumple as it likes. And if something needs mending, write to us at ' + mail + ' – we’ll help you keep it going.</p>',
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
        '<p>Jedem Stück liegen einfache Pflegehinweise bei. Wolle kalt waschen und liegend trocknen, eine gewachste Jacke einmal im Jahr neu einwachsen, Leinen ruhig knittern lassen. Und wenn einmal etwas repariert werden muss, schreiben Sie uns an ' + mail + ' – wir helfen Ihnen gern, es lange zu erhalten.</p>',
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
        '<p>Chaque pièce est accompagnée de conseils d’entretien simples. Lavez la laine à froid et séchez-la à plat, recirez une veste cirée une fois par an, laissez le lin se froisser à sa guise. Et si un objet a besoin d’être réparé, écrivez-nous à ' + mail + ' : nous vous aiderons à le faire durer.</p>',
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
        '<p>Cada pieza incluye unas sencillas instrucciones de cuidado. Lava la lana en frío y sécala en horizontal, vuelve a encerar la chaqueta encerada una vez al año, deja que el lino se arrugue a su aire. Y si algo necesita un arreglo, escríbenos a ' + mail + ' y te ayudaremos a que te acompañe muchos años más.</p>',
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
        '<p>Ogni pezzo arriva con semplici istruzioni di cura. Lava la lana a freddo e falla asciugare in piano, ripassa la cera sulla giacca cerata una volta l’anno, lascia che il lino si stropicci come vuole. E se qualcosa ha bisogno di una riparazione, scrivici a ' + mail + ': ti aiuteremo a farlo durare ancora a lungo.</p>',
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
        '<p>Bij elk stuk zitten eenvoudige verzorgingstips. Was wol koud en laat het plat drogen, wax een gewaxte jas één keer per jaar opnieuw, laat linnen gerust kreuken. En moet er iets gerepareerd worden, mail ons dan op ' + mail + '; we helpen je graag om het nog jaren mee te laten gaan.</p>',
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
        '<p>どの商品にも、シンプルなお手入れ方法を添えています。ウールは水で手洗いして平干しに、ワックスコットンのジャケットは年に一度ワックスを塗り直して、リネンはしわも味わいとして楽しんでください。修理が必要になったときは、' + mail + 'までご連絡ください。長く使い続けられるよう、一緒に考えます。</p>',
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
        '<p>每件商品都附有简单的护理说明：羊毛用冷水洗涤后平铺晾干，蜡棉夹克每年重新上一次蜡，亚麻的褶皱就随它去吧。如果有东西需要修补，请写信至 ' + mail + '，我们会帮您让它继续陪伴您。</p>',
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
        '<p>ترافق كل قطعة تعليمات عناية بسيطة: اغسل الصوف بماء بارد وجففه مفرودًا، وأعد تشميع السترة المشمّعة مرة في السنة، ودع الكتان يتجعّد على طبيعته. وإذا احتاج شيء إلى إصلاح، راسلنا على ' + mail + ' وسنساعدك على أن يدوم طويلًا.</p>',
    },
    seoDescription: {
      en: 'The story of Aurora & Oak: knitwear, ceramics and home textiles made with small family workshops in Portugal, Italy, Japan and Great Britain.',
      de: 'Die Geschichte von Aurora & Oak: Strick, Keramik und Heimtextilien aus kleinen Familienwerkstätten in Portugal, Italien, Japan und Großbritannien.',
      fr: 'L’histoire d’Aurora & Oak : mailles, céramiques et linge de maison créés avec de petits ateliers au Portugal, en Italie, au Japon et au Royaume-Uni.',
      es: 'La historia de Aurora & Oak: punto, cerámica y textiles para el hogar hechos con pequeños talleres de Portugal, Italia, Japón y Gran Bretaña.',
      it: 'La storia di Aurora & Oak: maglieria, ceramiche e tessili per la casa realizzati con piccoli laboratori in Portogallo, Italia, Giappone e Regno Unito.',
      nl: 'Het verhaal van Aurora & Oak: breiwerk, keramiek en woontextiel, gemaakt met kleine werkplaatsen in Portugal, Italië, Japan en Groot-Brittannië.',
      ja: 'Aurora & Oakの物語。ポルトガル、イタリア、日本、イギリスの小さな工房とつくる、ニット、うつわ、ホームテキスタイル。',
      'zh-CN': 'Aurora & Oak 的品牌故事：与葡萄牙、意大利、日本和英国的小型家庭工坊合作，打造针织服饰、陶瓷器皿与家居织物。',
      ar: 'قصة Aurora & Oak: ملابس محاكة وخزفيات ومنسوجات منزلية نصنعها مع ورش عائلية صغيرة في البرتغال وإيطاليا واليابان وبريطانيا.',
    },
  },
  {
    handle: 'shipping',
    title: { en: 'Shipping & delivery', de: 'Versand & Lieferung', fr: 'Livraison', es: 'Envíos y entregas', it: 'Spedizioni e consegne', nl: 'Verzending & levering', ja: '配送について', 'zh-CN': '配送说明', ar: 'الشحن والتوصيل' },
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
        '<p>As soon as your parcel is on its way, we’ll email you its tracking number so you can follow it on the carrier’s website all the way to your door. If anything looks wrong, write to us at ' + mail + ' and we’ll look into it straight away.</p>',
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
        '<p>Sobald Ihr Paket unterwegs ist, schicken wir Ihnen per E-Mail die Sendungsnummer, mit der Sie es auf der Website des Zustellers bis an Ihre Haustür verfolgen können. Sollte etwas nicht stimmen, schreiben Sie uns an ' + mail + ' – wir kümmern uns sofort darum.</p>',
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
        '<p>Dès que votre colis est en route, nous vous envoyons par e-mail son numéro de suivi, pour le suivre sur le site du transporteur jusqu’à votre porte. Si quelque chose vous semble anormal, écrivez-nous à ' + mail + ' : nous nous en occupons aussitôt.</p>',
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
        '<p>En cuanto tu paquete esté en camino, te enviaremos por correo electrónico su número de seguimiento para que puedas seguirlo en la web del transportista hasta tu puerta. Si algo no te cuadra, escríbenos a ' + mail + ' y lo revisaremos enseguida.</p>',
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
        '<p>Appena il tuo pacco è in viaggio, ti inviamo via email il numero di tracciamento per seguirlo sul sito del corriere fino alla porta di casa. Se qualcosa non ti torna, scrivici a ' + mail + ' e ce ne occupiamo subito.</p>',
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
        '<p>Zodra je pakket onderweg is, mailen we je de trackingcode, zodat je het op de website van de vervoerder tot aan je voordeur kunt volgen. Klopt er iets niet? Mail ons op ' + mail + ', dan zoeken we het meteen voor je uit.</p>',
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
        '<p>発送が完了すると、追跡番号をメールでお送りします。配送業者のウェブサイトで、お手元に届くまでの状況をいつでもご確認いただけます。気になる点があれば、' + mail + 'までご連絡ください。すぐにお調べします。</p>',
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
        '<p>包裹寄出后，我们会通过电子邮件向您发送运单号，方便您在承运商网站上随时查看包裹动态，直到送达家门。如有任何异常，请写信至 ' + mail + '，我们会立即为您查询。</p>',
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
        '<p>بمجرد أن يصبح طردك في الطريق، نرسل إليك رقم التتبّع عبر البريد الإلكتروني لتتابعه على موقع شركة الشحن حتى باب منزلك. وإذا لاحظت أي خلل، راسلنا على ' + mail + ' وسنتحقق من الأمر فورًا.</p>',
    },
    seoDescription: {
      en: 'Worldwide shipping from our studio: delivery times by region, prices in your currency, duties and import taxes, EU IOSS and UK VAT, and tracking.',
      de: 'Weltweiter Versand: Lieferzeiten, Preise in Ihrer Währung, Zölle und Einfuhrsteuern, IOSS in der EU, britische MwSt. und Sendungsverfolgung.',
      fr: 'Livraison dans le monde entier : délais par région, prix dans votre devise, droits et taxes d’importation, IOSS dans l’UE, TVA britannique, suivi.',
      es: 'Envíos a todo el mundo: plazos por región, precios en tu moneda, aranceles e impuestos, IOSS en la UE, IVA británico y seguimiento.',
      it: 'Spedizioni in tutto il mondo: tempi per area, prezzi nella tua valuta, dazi e imposte di importazione, IOSS nell’UE, IVA britannica e tracciamento.',
      nl: 'Wereldwijde verzending: levertijden per regio, prijzen in je eigen valuta, invoerrechten en importbtw, IOSS in de EU, Britse btw en track & trace.',
      ja: 'スタジオから世界各地へ。地域別のお届け日数、現地通貨での価格、関税・輸入税、EUのIOSS、イギリスのVAT、配送追跡をご案内します。',
      'zh-CN': '从工作室发往全球：各地区配送时效、以当地货币显示的价格、关税与进口税、欧盟 IOSS、英国增值税及订单追踪说明。',
      ar: 'نشحن إلى كل أنحاء العالم: مدة التوصيل حسب المنطقة، والأسعار بعملتك، والرسوم الجمركية، ونظام IOSS في أوروبا، والضريبة البريطانية، والتتبّع.',
    },
  },
  {
    handle: 'returns',
    title: { en: 'Returns & exchanges', de: 'Rücksendungen & Umtausch', fr: 'Retours et échanges', es: 'Devoluciones y cambios', it: 'Resi e cambi', nl: 'Retourneren & ruilen', ja: '返品・交換', 'zh-CN': '退换货', ar: 'الإرجاع والاستبدال' },
    bodyHtml: {
      en:
        '<h2>30 days to decide</h2>' +
        '<p>We want you to love what you ordered. If something isn’t right, you have 30 days from delivery to send it back.</p>' +
        '<h2>How to start a return</h2>' +
        '<p>Email us at ' + mail + ' with your order number and the items you’re sending back. We’ll reply within one business day with everything you need to send the parcel.</p>' +
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
        '<p>If anything arrives damaged or develops a fault, you’re always covered. Email us at ' + mail + ' with your order number and a photo, and we’ll arrange a repair, a replacement or a full refund.</p>',
      de:
        '<h2>30 Tage Zeit zum Entscheiden</h2>' +
        '<p>Wir möchten, dass Sie Ihre Bestellung lieben. Wenn etwas nicht passt, haben Sie ab Zustellung 30 Tage Zeit, es zurückzuschicken.</p>' +
        '<h2>So starten Sie eine Rücksendung</h2>' +
        '<p>Schreiben Sie uns an ' + mail + ' und nennen Sie Ihre Bestellnummer und die Artikel, die Sie zurückschicken möchten. Wir antworten innerhalb eines Werktags mit allem, was Sie für den Versand des Pakets brauchen.</p>' +
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
        '<p>Kommt etwas beschädigt an oder zeigt es einen Mangel, sind Sie immer abgesichert. Schreiben Sie uns mit Ihrer Bestellnummer und einem Foto an ' + mail + ' – wir kümmern uns um Reparatur, Ersatz oder eine vollständige Erstattung.</p>',
      fr:
        '<h2>30 jours pour changer d’avis</h2>' +
        '<p>Nous tenons à ce que votre commande vous plaise. Si quelque chose ne convient pas, vous disposez de 30 jours à compter de la livraison pour nous le renvoyer.</p>' +
        '<h2>Comment effectuer un retour</h2>' +
        '<p>Écrivez-nous à ' + mail + ' en indiquant votre numéro de commande et les articles que vous souhaitez renvoyer. Nous vous répondons sous un jour ouvré avec tout le nécessaire pour expédier votre colis.</p>' +
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
        '<p>Si un article arrive abîmé ou présente un défaut, vous êtes toujours couvert. Écrivez-nous à ' + mail + ' en indiquant votre numéro de commande et en joignant une photo : nous organiserons une réparation, un remplacement ou un remboursement intégral.</p>',
      es:
        '<h2>30 días para decidir</h2>' +
        '<p>Queremos que te encante lo que has pedido. Si algo no te convence, tienes 30 días desde la entrega para devolverlo.</p>' +
        '<h2>Cómo iniciar una devolución</h2>' +
        '<p>Escríbenos a ' + mail + ' indicando tu número de pedido y los artículos que quieres devolver. Te responderemos en un plazo de un día laborable con todo lo necesario para enviar el paquete.</p>' +
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
        '<p>Si algo llega dañado o presenta un defecto, siempre estás cubierto. Escríbenos a ' + mail + ' con tu número de pedido y una foto, y nos encargaremos de repararlo, sustituirlo o devolverte el importe completo.</p>',
      it:
        '<h2>30 giorni per decidere</h2>' +
        '<p>Vogliamo che tu ami ciò che hai ordinato. Se qualcosa non va, hai 30 giorni dalla consegna per restituirlo.</p>' +
        '<h2>Come avviare un reso</h2>' +
        '<p>Scrivici a ' + mail + ' indicando il numero d’ordine e gli articoli che vuoi restituire. Ti risponderemo entro un giorno lavorativo con tutto il necessario per spedire il pacco.</p>' +
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
        '<p>Se qualcosa arriva danneggiato o presenta un difetto, sei sempre coperto. Scrivici a ' + mail + ' indicando il numero d’ordine e allegando una foto: organizzeremo una riparazione, una sostituzione o un rimborso completo.</p>',
      nl:
        '<h2>30 dagen bedenktijd</h2>' +
        '<p>We willen dat je blij bent met je bestelling. Zit er iets niet goed, dan heb je vanaf de levering 30 dagen om het terug te sturen.</p>' +
        '<h2>Zo start je een retour</h2>' +
        '<p>Mail ons op ' + mail + ' met je ordernummer en de artikelen die je terug wilt sturen. We antwoorden binnen één werkdag met alles wat je nodig hebt om het pakket te versturen.</p>' +
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
        '<p>Komt er iets beschadigd aan of blijkt het defect, dan zit je altijd goed. Mail ons op ' + mail + ' met je ordernummer en een foto, dan regelen we een reparatie, vervanging of volledige terugbetaling.</p>',
      ja:
        '<h2>お届けから30日間</h2>' +
        '<p>お届けした商品を気に入っていただけることが、私たちの願いです。万一ご満足いただけない場合は、商品到着日から30日以内であれば返品を承ります。</p>' +
        '<h2>返品のお手続き</h2>' +
        '<p>ご注文番号と返品する商品を明記のうえ、' + mail + 'までメールでご連絡ください。1営業日以内に、返送に必要なご案内をお送りします。</p>' +
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
        '<p>商品が破損して届いた場合や不具合が見つかった場合は、いつでも責任をもって対応いたします。ご注文番号と写真を添えて' + mail + 'までご連絡ください。修理、交換、または全額返金にて対応いたします。</p>',
      'zh-CN':
        '<h2>30 天安心退换</h2>' +
        '<p>我们希望您喜欢收到的每一件商品。如有不满意，自签收之日起 30 天内均可退回。</p>' +
        '<h2>如何发起退货</h2>' +
        '<p>请发送邮件至 ' + mail + '，注明您的订单号和要退回的商品。我们会在 1 个工作日内回复，告诉您寄回包裹所需的全部信息。</p>' +
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
        '<p>如果商品到货时有破损或出现质量问题，我们始终为您负责。请将订单号和照片发送至 ' + mail + '，我们会为您安排维修、换新或全额退款。</p>',
      ar:
        '<h2>30 يومًا لتقرّر</h2>' +
        '<p>نريدك أن تحب ما طلبته. وإن لم يكن شيء ما مناسبًا، فلديك 30 يومًا من تاريخ التسليم لإعادته.</p>' +
        '<h2>كيف تبدأ الإرجاع</h2>' +
        '<p>راسلنا على ' + mail + ' واذكر رقم طلبك والقطع التي تريد إعادتها، وسنرد عليك خلال يوم عمل واحد بكل ما تحتاجه لشحن الطرد.</p>' +
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
        '<p>إذا وصلتك قطعة تالفة أو ظهر بها عيب، فأنت مشمول بالتغطية دائمًا. راسلنا على ' + mail + ' مع رقم طلبك وصورة، وسنرتّب لإصلاحها أو استبدالها أو رد المبلغ كاملًا.</p>',
    },
    seoDescription: {
      en: 'Return unworn items within 30 days of delivery: just email us your order number. Exchanges for size or colour; refunds within 5 business days.',
      de: 'Rückgabe ungetragener Artikel bis 30 Tage nach Zustellung per E-Mail mit Bestellnummer. Umtausch möglich, Erstattung binnen 5 Werktagen.',
      fr: 'Retournez vos articles non portés dans les 30 jours suivant la livraison. Échange de taille ou de couleur, remboursement sous 5 jours ouvrés.',
      es: 'Devuelve artículos sin estrenar en 30 días: escríbenos con tu número de pedido. Cambios de talla o color y reembolso en 5 días laborables.',
      it: 'Restituisci gli articoli non indossati entro 30 giorni: basta un’email con il numero d’ordine. Cambi di taglia o colore, rimborso in 5 giorni lavorativi.',
      nl: 'Ongedragen artikelen binnen 30 dagen retour: mail ons je ordernummer. Ruilen voor een andere maat of kleur, terugbetaling binnen 5 werkdagen.',
      ja: '商品到着から30日以内の未使用品は、ご注文番号をメールでお知らせいただければ返品できます。サイズ・色の交換も可能、返金は5営業日以内。',
      'zh-CN': '签收后 30 天内，未穿着、未使用的商品均可退回，发邮件告诉我们订单号即可；支持尺码或颜色换货，收到退货后 5 个工作日内退款。',
      ar: 'أعد القطع غير الملبوسة خلال 30 يومًا من التسليم: راسلنا برقم طلبك. استبدال المقاس أو اللون، واسترداد المبلغ خلال 5 أيام عمل.',
    },
  },
  {
    handle: 'contact',
    title: { en: 'Contact us', de: 'Kontakt', fr: 'Nous contacter', es: 'Contacto', it: 'Contatti', nl: 'Contact', ja: 'お問い合わせ', 'zh-CN': '联系我们', ar: 'اتصل بنا' },
    bodyHtml: {
      en:
        '<h2>We’d love to hear from you</h2>' +
        '<p>Whether you have a question about sizing, care or an order that’s on its way, the quickest way to reach us is by email. A real person in our studio reads every message, and we reply within one business day.</p>' +
        '<p><strong>Email:</strong> ' + mail + '</p>' +
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
        '<p><strong>E-Mail:</strong> ' + mail + '</p>' +
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
        '<p><strong>E-mail :</strong> ' + mail + '</p>' +
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
        '<p><strong>Correo electrónico:</strong> ' + mail + '</p>' +
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
        '<p><strong>Email:</strong> ' + mail + '</p>' +
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
        '<p><strong>E-mail:</strong> ' + mail + '</p>' +
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
        '<p><strong>メール：</strong>' + mail + '</p>' +
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
        '<p><strong>电子邮箱：</strong>' + mail + '</p>' +
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
        '<p><strong>البريد الإلكتروني:</strong> ' + mail + '</p>' +
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
      'zh-CN': '关于订单、尺码或护理的问题，请发邮件至 hello@auroraandoak.example，我们会在 1 个工作日内回复（周一至周五 9:00–17:00）。',
      ar: 'لديك سؤال عن طلب أو مقاس أو طريقة العناية؟ راسلنا على hello@auroraandoak.example وسنرد خلال يوم عمل واحد.',
    },
  },
];
