import type { Db } from '#app/db/client.server.ts';
import type { PolicyKind } from '#app/db/schema/policies.ts';
import { savePolicy } from '#app/modules/policies/policies.server.ts';
import { RETURN_WINDOW_TOKEN as DAYS } from '#app/modules/policies/core/return-window.ts';
import { pages } from './data/pages.ts';

type Lang = 'en' | 'de' | 'fr' | 'es' | 'it' | 'nl' | 'ja' | 'zh-CN' | 'ar';
type Localized = { en: string } & Partial<Record<Lang, string>>;

const mail = '<a href="mailto:hello@auroraandoak.example">hello@auroraandoak.example</a>';

/** The seeded page of the same content, so the terms and shipping policy say what those pages say. */
function fromPage(handle: 'terms-of-service' | 'shipping') {
  const page = pages.find((p) => p.handle === handle)!;
  return { title: page.title as Localized, body: page.bodyHtml as Localized };
}

/**
 * The demo store's policies. The refund policy states the return window as the token, so each
 * market's storefront shows its own window (ADR DRAFT-policies).
 */
export const seedPolicies: { kind: PolicyKind; title: Localized; body: Localized }[] = [
  { kind: 'terms', ...fromPage('terms-of-service') },
  {
    kind: 'refund',
    title: {
      en: 'Refund policy',
      de: 'Rückerstattungsrichtlinie',
      fr: 'Politique de remboursement',
      es: 'Política de reembolso',
      it: 'Politica di rimborso',
      nl: 'Terugbetalingsbeleid',
      ja: '返金ポリシー',
      'zh-CN': '退款政策',
      ar: 'سياسة الاسترداد',
    },
    body: {
      en:
        `<h2>Returns</h2><p>You can return unworn, unused items within ${DAYS} days of delivery for a refund. Start a return from the link in your shipping confirmation email, or email us at ${mail} with your order number.</p>` +
        '<p>Items marked “final sale” cannot be returned unless they are faulty.</p>' +
        '<h2>Your right of withdrawal (EU)</h2><p>If you live in the European Union, you may also withdraw from your purchase within 14 days of delivery without giving a reason. Our return window never gives you less than that.</p>' +
        '<h2>Refunds</h2><p>Once your return arrives and we have checked it, we refund the items to your original payment method within 5 business days, in the currency you paid in. Import duties you paid at checkout are refunded with them. If you prefer, you can choose store credit instead.</p>',
      de:
        `<h2>Rückgabe</h2><p>Ungetragene, unbenutzte Artikel können Sie innerhalb von ${DAYS} Tagen ab Zustellung gegen Erstattung zurückgeben. Starten Sie die Rückgabe über den Link in Ihrer Versandbestätigung oder schreiben Sie uns mit Ihrer Bestellnummer an ${mail}.</p>` +
        '<p>Als „Final Sale“ gekennzeichnete Artikel sind von der Rückgabe ausgeschlossen, sofern sie nicht mangelhaft sind.</p>' +
        '<h2>Ihr Widerrufsrecht (EU)</h2><p>Wenn Sie in der Europäischen Union wohnen, können Sie Ihren Kauf außerdem innerhalb von 14 Tagen ab Zustellung ohne Angabe von Gründen widerrufen. Unsere Rückgabefrist ist nie kürzer.</p>' +
        '<h2>Erstattung</h2><p>Sobald Ihre Rücksendung eingetroffen und geprüft ist, erstatten wir die Artikel innerhalb von 5 Werktagen auf Ihr ursprüngliches Zahlungsmittel, in der Währung, in der Sie bezahlt haben. An der Kasse bezahlte Einfuhrabgaben erstatten wir mit. Auf Wunsch erhalten Sie stattdessen ein Guthaben.</p>',
      fr: `<p>Vous pouvez retourner les articles non portés dans les ${DAYS} jours suivant la livraison pour être remboursé, sur votre moyen de paiement initial et dans la devise payée. Dans l’Union européenne, vous disposez en outre d’un droit de rétractation de 14 jours. Écrivez-nous à ${mail}.</p>`,
      es: `<p>Puedes devolver artículos sin estrenar en un plazo de ${DAYS} días desde la entrega y te reembolsamos en tu método de pago original y en la moneda en que pagaste. En la Unión Europea tienes además un derecho de desistimiento de 14 días. Escríbenos a ${mail}.</p>`,
      it: `<p>Puoi restituire gli articoli non indossati entro ${DAYS} giorni dalla consegna per ottenere il rimborso sul metodo di pagamento originale, nella valuta pagata. Nell’Unione europea hai inoltre un diritto di recesso di 14 giorni. Scrivici a ${mail}.</p>`,
      nl: `<p>Je kunt ongedragen artikelen binnen ${DAYS} dagen na levering retourneren; we betalen terug via je oorspronkelijke betaalmethode, in de valuta waarin je betaalde. In de Europese Unie heb je bovendien een herroepingsrecht van 14 dagen. Mail ons via ${mail}.</p>`,
      ja: `<p>未使用の商品は、お届けから${DAYS}日以内であれば返品・返金が可能です。返金はご購入時のお支払い方法・通貨で行います。お問い合わせは ${mail} まで。</p>`,
      'zh-CN': `<p>未穿着、未使用的商品可在签收后 ${DAYS} 天内退货退款，款项将按原支付方式、以原支付币种退回。如有疑问，请发邮件至 ${mail}。</p>`,
      ar: `<p>يمكنك إرجاع المنتجات غير المستعملة خلال ${DAYS} يومًا من التسليم واسترداد ثمنها بطريقة الدفع الأصلية وبالعملة التي دفعت بها. راسلنا على ${mail}.</p>`,
    },
  },
  { kind: 'shipping', ...fromPage('shipping') },
  {
    kind: 'privacy',
    title: {
      en: 'Privacy policy',
      de: 'Datenschutzerklärung',
      fr: 'Politique de confidentialité',
      es: 'Política de privacidad',
      it: 'Informativa sulla privacy',
      nl: 'Privacybeleid',
      ja: 'プライバシーポリシー',
      'zh-CN': '隐私政策',
      ar: 'سياسة الخصوصية',
    },
    body: {
      en:
        '<h2>What we collect</h2><p>When you place an order we collect your name, email address, shipping address and, if you give it, your phone number. Payments are handled by our payment provider; we never see or store your full card number.</p>' +
        '<h2>Why</h2><p>We use your details to deliver your order, to send you order and shipping emails, to handle returns, and to meet our legal and tax obligations. We do not sell your data.</p>' +
        '<h2>Cookies</h2><p>We use a cookie to keep your cart and your chosen country and language. We use no advertising cookies.</p>' +
        `<h2>Your rights</h2><p>You can ask us for a copy of your data, to correct it or to delete it, by emailing ${mail}. In the EU and the UK you also have the right to complain to your data protection authority.</p>`,
      de:
        '<h2>Welche Daten wir erheben</h2><p>Wenn Sie bestellen, erheben wir Ihren Namen, Ihre E-Mail-Adresse, Ihre Lieferadresse und, falls angegeben, Ihre Telefonnummer. Zahlungen wickelt unser Zahlungsdienstleister ab; Ihre vollständige Kartennummer sehen und speichern wir nie.</p>' +
        '<h2>Wozu</h2><p>Wir nutzen Ihre Angaben, um Ihre Bestellung zu liefern, Ihnen Bestell- und Versand-E-Mails zu senden, Rücksendungen abzuwickeln und gesetzliche und steuerliche Pflichten zu erfüllen (Art. 6 Abs. 1 lit. b und c DSGVO). Wir verkaufen Ihre Daten nicht.</p>' +
        '<h2>Cookies</h2><p>Wir verwenden ein Cookie für Ihren Warenkorb und Ihr gewähltes Land und Ihre Sprache. Werbe-Cookies verwenden wir nicht.</p>' +
        `<h2>Ihre Rechte</h2><p>Sie können Auskunft über Ihre Daten, deren Berichtigung oder Löschung verlangen: per E-Mail an ${mail}. Sie haben außerdem das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren.</p>`,
      fr: `<p>Nous utilisons votre nom, votre e-mail et votre adresse uniquement pour livrer votre commande, gérer les retours et respecter nos obligations légales. Nous ne vendons pas vos données. Pour y accéder, les corriger ou les supprimer : ${mail}.</p>`,
      es: `<p>Usamos tu nombre, tu correo y tu dirección solo para entregar tu pedido, gestionar devoluciones y cumplir nuestras obligaciones legales. No vendemos tus datos. Para acceder a ellos, corregirlos o borrarlos: ${mail}.</p>`,
      it: `<p>Usiamo nome, e-mail e indirizzo solo per consegnare l’ordine, gestire i resi e rispettare gli obblighi di legge. Non vendiamo i tuoi dati. Per accedervi, correggerli o cancellarli: ${mail}.</p>`,
      nl: `<p>We gebruiken je naam, e-mailadres en adres alleen om je bestelling te leveren, retouren af te handelen en aan wettelijke verplichtingen te voldoen. We verkopen je gegevens niet. Inzien, corrigeren of verwijderen: ${mail}.</p>`,
      ja: `<p>お名前、メールアドレス、ご住所は、ご注文の配送、返品対応、法令上の義務のためにのみ利用し、販売することはありません。開示・訂正・削除のご依頼は ${mail} まで。</p>`,
      'zh-CN': `<p>我们仅将您的姓名、电子邮件和地址用于配送订单、处理退货及履行法律义务，绝不出售您的数据。如需查阅、更正或删除，请联系 ${mail}。</p>`,
      ar: `<p>نستخدم اسمك وبريدك الإلكتروني وعنوانك فقط لتوصيل طلبك ومعالجة المرتجعات والوفاء بالتزاماتنا القانونية، ولا نبيع بياناتك. للاطلاع عليها أو تصحيحها أو حذفها: ${mail}.</p>`,
    },
  },
  {
    kind: 'legal_notice',
    title: {
      en: 'Legal notice',
      de: 'Impressum',
      fr: 'Mentions légales',
      it: 'Note legali',
      es: 'Aviso legal',
      nl: 'Colofon',
      ja: '運営者情報',
      'zh-CN': '法律声明',
      ar: 'إشعار قانوني',
    },
    body: {
      en: `<p>Aurora &amp; Oak (a fictional demo shop)<br>Example Street 1<br>10115 Berlin, Germany</p><p>Represented by: Jane Example<br>Email: ${mail}</p><p>VAT ID: DE000000000 (example)</p>`,
      de: `<p>Angaben gemäß § 5 DDG</p><p>Aurora &amp; Oak (ein fiktiver Demo-Shop)<br>Beispielstraße 1<br>10115 Berlin, Deutschland</p><p>Vertreten durch: Jane Example<br>E-Mail: ${mail}</p><p>USt-IdNr.: DE000000000 (Beispiel)</p><p>Plattform der EU-Kommission zur Online-Streitbeilegung: https://ec.europa.eu/consumers/odr. Wir sind nicht verpflichtet und nicht bereit, an Streitbeilegungsverfahren vor einer Verbraucherschlichtungsstelle teilzunehmen.</p>`,
    },
  },
  {
    kind: 'contact_information',
    title: {
      en: 'Contact information',
      de: 'Kontakt',
      fr: 'Coordonnées',
      es: 'Información de contacto',
      it: 'Contatti',
      nl: 'Contactgegevens',
      ja: 'お問い合わせ先',
      'zh-CN': '联系方式',
      ar: 'معلومات الاتصال',
    },
    body: {
      en: `<p>Questions about an order, sizing or care? Email ${mail}; we answer within one business day (Monday to Friday, 9:00–17:00 CET).</p>`,
      de: `<p>Fragen zu einer Bestellung, zu Größen oder zur Pflege? Schreiben Sie an ${mail}; wir antworten innerhalb eines Werktags (Montag bis Freitag, 9:00–17:00 Uhr MEZ).</p>`,
    },
  },
];

/** Writes the demo policies: the English text, then every translation. */
export async function seedPolicyTexts(db: Db): Promise<void> {
  for (const p of seedPolicies) {
    await savePolicy(db, { kind: p.kind, language: 'en', title: p.title.en, body: p.body.en }, 'en');
    for (const lang of Object.keys(p.title) as Lang[]) {
      if (lang === 'en') continue;
      await savePolicy(
        db,
        { kind: p.kind, language: lang, title: p.title[lang] ?? '', body: p.body[lang] ?? '' },
        'en',
      );
    }
  }
}
