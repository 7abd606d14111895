import { ProductCard, type ProductCardData } from './product-card.tsx';

export function ProductGrid({
  products,
  prefix,
  eagerCount = 4,
}: {
  products: ProductCardData[];
  prefix: string;
  eagerCount?: number;
}) {
  return (
    <ul className="product-grid">
      {products.map((p, i) => (
        <li key={p.id}>
          <ProductCard product={p} prefix={prefix} eager={i < eagerCount} />
        </li>
      ))}
    </ul>
  );
}
