import { setImmediate as nextTurn } from 'node:timers/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coalesceChunks } from '#app/lib/coalesce-chunks.ts';

/** Writes each burst's chunks in one turn, waits a turn between bursts, and returns what came out. */
async function run(bursts: string[][]): Promise<string[]> {
  const stream = coalesceChunks();
  const out: string[] = [];
  stream.on('data', (chunk: Buffer) => out.push(chunk.toString('utf8')));
  const ended = new Promise((resolve) => stream.on('end', resolve));
  for (const burst of bursts) {
    for (const chunk of burst) stream.write(chunk);
    await nextTurn();
    await nextTurn();
  }
  stream.end();
  await ended;
  return out;
}

describe('coalesceChunks', () => {
  it('sends the chunks of one turn as one, and a later turn separately (streaming holds)', async () => {
    expect(await run([['<html>', '<head>', '</head>'], ['<script>late</script>']])).toEqual([
      '<html><head></head>',
      '<script>late</script>',
    ]);
  });

  it('loses, reorders and adds nothing, however the writes fall', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 5 }), { maxLength: 5 }),
        async (bursts) => {
          const out = await run(bursts);
          expect(out.join('')).toBe(bursts.flat().join(''));
          expect(out.length).toBeLessThanOrEqual(bursts.filter((b) => b.join('') !== '').length);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('sends what is left when the stream ends within the same turn', async () => {
    const stream = coalesceChunks();
    const out: string[] = [];
    stream.on('data', (chunk: Buffer) => out.push(chunk.toString()));
    stream.write('a');
    stream.end('b');
    await new Promise((resolve) => stream.on('end', resolve));
    expect(out).toEqual(['ab']);
  });
});
