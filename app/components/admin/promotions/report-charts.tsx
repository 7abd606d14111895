import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { toDecimalString } from '#app/modules/money/core/money.ts';

/**
 * The report's two charts (recharts: maintained, React 18). Values are plotted as decimals of
 * their currency; the page shows the same numbers in a table and offers them as CSV.
 */

const COLORS = ['#005bd3', '#c05717', '#29845a', '#8051ff', '#b98900'];

export function BurnChart({
  rows,
  budget,
  currency,
  label,
}: {
  rows: { day: string; cumulative: number }[];
  budget: number | null;
  currency: string;
  label: { spent: string; budget: string; aria: string };
}) {
  const dec = (n: number) => Number(toDecimalString({ amount: n, currencyCode: currency }));
  const points = rows.map((r) => ({
    day: r.day,
    spent: dec(r.cumulative),
    budget: budget == null ? null : dec(budget),
  }));
  return (
    <div role="img" aria-label={label.aria} style={{ width: '100%', height: 260 }}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="day" />
          <YAxis />
          <Tooltip />
          <Legend />
          <Line type="stepAfter" dataKey="spent" name={label.spent} stroke={COLORS[0]} dot={false} />
          {budget != null ? (
            <Line dataKey="budget" name={label.budget} stroke={COLORS[1]} strokeDasharray="6 3" dot={false} />
          ) : null}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

export function CurrencyChart({
  rows,
  shopCurrency,
  label,
}: {
  rows: { currency: string; revenueShop: number; discountShop: number }[];
  shopCurrency: string;
  label: { revenue: string; discount: string; aria: string };
}) {
  const dec = (n: number) => Number(toDecimalString({ amount: n, currencyCode: shopCurrency }));
  const points = rows.map((r) => ({
    currency: r.currency,
    revenue: dec(r.revenueShop),
    discount: dec(r.discountShop),
  }));
  return (
    <div role="img" aria-label={label.aria} style={{ width: '100%', height: 260 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="currency" />
          <YAxis />
          <Tooltip />
          <Legend />
          <Bar dataKey="revenue" name={label.revenue} fill={COLORS[0]} />
          <Bar dataKey="discount" name={label.discount} fill={COLORS[1]} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
