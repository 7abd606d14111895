import { afterEach, describe, expect, it } from 'vitest';
import {
  connectEventTransport,
  decodeEvent,
  emit,
  emitAndWait,
  encodeEvent,
  MAX_MESSAGE_BYTES,
  on,
  type EventTransport,
} from '#app/lib/events.server.ts';

/** Another process's end of the channel: what this process published, and a way to speak as a stranger. */
function channel() {
  const sent: string[] = [];
  let deliver: (m: string) => void = () => {};
  let reconnect: () => void = () => {};
  const transport: EventTransport = {
    publish: async (m) => {
      sent.push(m);
    },
    subscribe: async (onMessage, onConnect) => {
      deliver = onMessage;
      reconnect = onConnect;
      onConnect();
      return async () => {};
    },
  };
  return { transport, sent, fromOther: (m: string) => deliver(m), reconnect: () => reconnect() };
}

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

describe('the cross-process event bus', () => {
  it('publishes what this process emits and delivers what others emit, but not its own echo', async () => {
    const ch = channel();
    cleanups.push(await connectEventTransport(ch.transport));
    const heard: unknown[] = [];
    cleanups.push(on('catalog-changed', (p) => heard.push(p)));
    emit('catalog-changed', { productIds: [1, 2] });
    await Promise.resolve();
    expect(heard).toEqual([{ productIds: [1, 2] }]);
    expect(ch.sent).toHaveLength(1);
    // Our own message comes back over LISTEN: not heard twice.
    ch.fromOther(ch.sent[0]!);
    expect(heard).toHaveLength(1);
    ch.fromOther(encodeEvent('another-process', 'catalog-changed', { productIds: [7] }));
    expect(heard).toEqual([{ productIds: [1, 2] }, { productIds: [7] }]);
  });

  it('keeps local-only listeners to this process own events', async () => {
    const ch = channel();
    cleanups.push(await connectEventTransport(ch.transport));
    const repriced: number[][] = [];
    cleanups.push(on('markets-changed', ({ marketIds }) => repriced.push(marketIds), { localOnly: true }));
    ch.fromOther(encodeEvent('another-process', 'markets-changed', { marketIds: [3] }));
    expect(repriced).toEqual([]);
    expect(await emitAndWait('markets-changed', { marketIds: [4] })).toHaveLength(1);
    expect(repriced).toEqual([[4]]);
    expect(ch.sent.map((m) => decodeEvent(m)?.payload)).toEqual([{ marketIds: [4] }]);
  });

  it('widens an id list too long for NOTIFY to "everything" rather than cutting it', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => i + 1);
    const message = encodeEvent('p', 'prices-changed', { variantIds: ids });
    expect(Buffer.byteLength(message)).toBeLessThanOrEqual(MAX_MESSAGE_BYTES);
    expect(decodeEvent(message)?.payload).toEqual({ variantIds: null });
    expect(decodeEvent(encodeEvent('p', 'prices-changed', { variantIds: [1, 2] }))?.payload).toEqual({
      variantIds: [1, 2],
    });
  });

  it('ignores messages that are not Meridian events', () => {
    for (const junk of [
      '',
      'not json',
      '{"from":1}',
      '{"from":"x","name":"drop-tables","payload":{}}',
      '{"from":"x","name":"catalog-changed"}',
    ])
      expect(decodeEvent(junk)).toBeNull();
  });

  it('after a reconnection, tells every listener that anything may have changed', async () => {
    const ch = channel();
    cleanups.push(await connectEventTransport(ch.transport));
    const heard: string[] = [];
    cleanups.push(on('catalog-changed', (p) => heard.push(`catalog ${JSON.stringify(p)}`)));
    cleanups.push(on('prices-changed', (p) => heard.push(`prices ${JSON.stringify(p)}`)));
    cleanups.push(on('job-enqueued', () => heard.push('jobs')));
    expect(heard).toEqual([]); // the first connection is not a gap
    ch.reconnect();
    expect(heard).toEqual(['catalog {"productIds":null}', 'prices {"variantIds":null}', 'jobs']);
  });
});
