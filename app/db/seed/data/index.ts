/**
 * The Aurora & Oak demo catalog: one entry point for the seed script, the
 * product-art generator and test factories.
 */
import type { Localized, SeedProduct } from '../catalog-types.ts';
import { accessoryProducts } from './products-accessories.ts';
import { apparelProducts } from './products-apparel.ts';
import { fabricProducts } from './products-fabric.ts';
import { homeProducts } from './products-home.ts';

export { collections } from './collections.ts';
export { menus } from './menus.ts';

export const products: SeedProduct[] = [
  ...apparelProducts,
  ...homeProducts,
  ...accessoryProducts,
  ...fabricProducts,
];

export const shop: { name: string; description: Localized; brandSlogan: Localized; email: string } = {
  name: 'Aurora & Oak',
  description: {
    en: 'Aurora & Oak makes knitwear, ceramics, home textiles and everyday accessories with small workshops around the world, and ships them worldwide.',
    de: 'Aurora & Oak fertigt Strickwaren, Keramik, Heimtextilien und Alltagsaccessoires gemeinsam mit kleinen Werkstätten auf der ganzen Welt und liefert weltweit.',
    fr: 'Aurora & Oak crée mailles, céramiques, textiles de maison et accessoires du quotidien avec de petits ateliers du monde entier, et les expédie partout.',
    es: 'Aurora & Oak crea prendas de punto, cerámica, textiles para el hogar y accesorios cotidianos con pequeños talleres de todo el mundo, y los envía a cualquier país.',
    it: 'Aurora & Oak realizza maglieria, ceramiche, tessili per la casa e accessori di tutti i giorni con piccoli laboratori in tutto il mondo, e spedisce ovunque.',
    nl: 'Aurora & Oak maakt breiwerk, keramiek, woontextiel en accessoires voor elke dag samen met kleine werkplaatsen over de hele wereld, en verzendt wereldwijd.',
    ja: 'Aurora & Oakは、世界各地の小さな工房とともにニット、うつわ、ホームテキスタイル、日々の道具をつくり、世界中にお届けしています。',
    'zh-CN':
      'Aurora & Oak 与世界各地的小型工坊合作，打造针织服饰、陶瓷器皿、家居织物与日常配饰，并配送至全球。',
    ar: 'تصنع Aurora & Oak الملابس المحاكة والخزفيات والمنسوجات المنزلية والإكسسوارات اليومية مع ورش صغيرة حول العالم، وتشحنها إلى كل مكان.',
  },
  brandSlogan: {
    en: 'Well-made things for slow days.',
    de: 'Gut gemachte Dinge für ruhige Tage.',
    fr: 'De belles choses pour les jours tranquilles.',
    es: 'Cosas bien hechas para días sin prisa.',
    it: 'Cose fatte bene per giornate lente.',
    nl: 'Goedgemaakte dingen voor rustige dagen.',
    ja: 'ゆっくり過ごす日のための、よいものを。',
    'zh-CN': '为慢日子而做的好物。',
    ar: 'أشياء متقنة الصنع للأيام الهادئة.',
  },
  email: 'hello@auroraandoak.example',
};
