import type { Sql } from 'postgres';
import type { EventTransport } from '#app/lib/events.server.ts';

/** The channel every Meridian process on one database shares. */
export const EVENTS_CHANNEL = 'meridian_events';

/**
 * Domain events between processes over PostgreSQL's LISTEN/NOTIFY (ADR 0027). postgres.js keeps
 * one extra connection for LISTEN and re-listens after a reconnect, calling `onConnect` each time.
 * NOTIFY is sent outside any transaction, so listeners hear it as soon as it is sent: emit after
 * the change has committed (every emitter in app/modules does).
 */
export function postgresEventTransport(sql: Sql): EventTransport {
  return {
    async publish(message) {
      await sql.notify(EVENTS_CHANNEL, message);
    },
    async subscribe(onMessage, onConnect) {
      const { unlisten } = await sql.listen(EVENTS_CHANNEL, onMessage, onConnect);
      return unlisten;
    },
  };
}
