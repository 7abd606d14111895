import autocannon from 'autocannon';
import { productProblem } from './api.ts';
import type { Target } from './targets.ts';

export interface Row {
  target: string;
  connections: number;
  durationS: number;
  reqPerSec: number;
  latencyMs: { p50: number; p97_5: number; p99: number; mean: number; max: number };
  requests: number;
  ok2xx: number;
  non2xx: number;
  /** Connection errors, timeouts included (autocannon's count). */
  errors: number;
  timeouts: number;
  serverRssMb: number | null;
}

/** A few plain requests so JIT, caches and the DB are warm; returns what is wrong, if anything. */
export async function warmUp(origin: string, target: Target, count = 5): Promise<string | null> {
  for (let i = 0; i < count; i++) {
    // redirect: 'manual' so a 3xx shows up here instead of being followed.
    const res = await fetch(origin + target.path, {
      method: target.method,
      headers: target.headers,
      body: target.body,
      redirect: 'manual',
    });
    const text = await res.text();
    if (!res.ok) return `warm-up got HTTP ${res.status}: ${text.slice(0, 200)}`;
    if (target.body) {
      const problem = (target.check ?? productProblem)(JSON.parse(text));
      if (problem) return `warm-up: ${problem}`;
    } else if (target.checkText) {
      const problem = target.checkText(text);
      if (problem) return `warm-up: ${problem}`;
    } else if (!text.includes('</html>')) {
      return 'warm-up: response is not a full HTML document';
    }
  }
  return null;
}

export async function measure(
  origin: string,
  target: Target,
  connections: number,
  durationS: number,
): Promise<Omit<Row, 'serverRssMb'>> {
  const r = await autocannon({
    url: origin + target.path,
    method: target.method,
    headers: target.headers,
    body: target.body,
    connections,
    pipelining: 1,
    duration: durationS,
    timeout: 10,
  });
  return {
    target: target.name,
    connections,
    durationS,
    reqPerSec: r.requests.mean,
    // autocannon records latency of 2xx responses only, in whole milliseconds.
    latencyMs: {
      p50: r.latency.p50,
      p97_5: r.latency.p97_5,
      p99: r.latency.p99,
      mean: r.latency.mean,
      max: r.latency.max,
    },
    requests: r.requests.total,
    ok2xx: r['2xx'],
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
  };
}
