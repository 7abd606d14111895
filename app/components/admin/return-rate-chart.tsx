import { useSyncExternalStore } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

const noSubscription = () => () => {};

/**
 * Return rate by product as bars (recharts), highest first; the page shows the same rows as a
 * table and as CSV, so the chart is a picture of numbers that are also written out.
 */
export function ReturnRateChart({
  rows,
  label,
}: {
  rows: { label: string; rate: number }[];
  label: { rate: string; aria: string };
}) {
  const points = rows.map((r) => ({ name: r.label, rate: Math.round(r.rate * 1000) / 10 }));
  // The container measures the browser's layout: drawn after hydration, never on the server.
  const mounted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return (
    <div role="img" aria-label={label.aria} style={{ width: '100%', height: 280 }}>
      {mounted ? (
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={points} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" unit="%" />
            <YAxis type="category" dataKey="name" width={160} />
            <Tooltip />
            <Bar dataKey="rate" name={label.rate} fill="#c05717" />
          </BarChart>
        </ResponsiveContainer>
      ) : null}
    </div>
  );
}
