import { describe, expect, it } from 'vitest';
import { openDb } from '#app/db/client.server.ts';
import { databaseUrl, onServer, randomDbName } from '../support/template-db.ts';

const base = process.env.TEST_DATABASE_URL;

describe.skipIf(process.env.MERIDIAN_TEST_DB !== 'postgres' || !base)('LISTEN/NOTIFY event transport', () => {
  it('carries a message from one connection pool to another on the same database, and not to another database', async () => {
    const name = randomDbName('meridian_bus');
    const other = randomDbName('meridian_bus_other');
    await onServer(base!, `create database ${name}`);
    await onServer(base!, `create database ${other}`);
    const one = openDb({ databaseUrl: databaseUrl(base!, name), max: 1 });
    const two = openDb({ databaseUrl: databaseUrl(base!, name), max: 1 });
    const elsewhere = openDb({ databaseUrl: databaseUrl(base!, other), max: 1 });
    try {
      const heard: string[] = [];
      const strangers: string[] = [];
      const stop = await two.eventTransport!().subscribe(
        (m) => heard.push(m),
        () => {},
      );
      const stopElsewhere = await elsewhere.eventTransport!().subscribe(
        (m) => strangers.push(m),
        () => {},
      );
      await one.eventTransport!().publish('{"hello":"ünïcode"}');
      const until = Date.now() + 5000;
      while (!heard.length && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
      expect(heard).toEqual(['{"hello":"ünïcode"}']);
      expect(strangers).toEqual([]);
      await stop();
      await stopElsewhere();
    } finally {
      await Promise.all([one.close(), two.close(), elsewhere.close()]);
      await onServer(base!, `drop database if exists ${name} with (force)`);
      await onServer(base!, `drop database if exists ${other} with (force)`);
    }
  });

  it('lets one start-up at a time hold the database (servers started together migrate in turn)', async () => {
    const name = randomDbName('meridian_lock');
    await onServer(base!, `create database ${name}`);
    const one = openDb({ databaseUrl: databaseUrl(base!, name), max: 2 });
    const two = openDb({ databaseUrl: databaseUrl(base!, name), max: 2 });
    try {
      const order: string[] = [];
      const work = (who: string) => async () => {
        order.push(`${who} in`);
        await new Promise((r) => setTimeout(r, 150));
        order.push(`${who} out`);
      };
      await Promise.all([one.exclusively(work('one')), two.exclusively(work('two'))]);
      // Never interleaved: whichever went first is out before the other is in.
      expect([
        ['one in', 'one out', 'two in', 'two out'],
        ['two in', 'two out', 'one in', 'one out'],
      ]).toContainEqual(order);
    } finally {
      await Promise.all([one.close(), two.close()]);
      await onServer(base!, `drop database if exists ${name} with (force)`);
    }
  });
});
