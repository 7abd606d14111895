import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Db } from '#app/db/client.server.ts';
import { storefrontYoga } from '#app/storefront-api/yoga.server.ts';

/** Meridian's Storefront API on a real HTTP port, for clients under test. */
export async function startApiServer(db: Db): Promise<{ origin: string; close(): Promise<void> }> {
  const yoga = storefrontYoga();
  let origin = '';
  // The Yoga instance is itself a Node request listener; the third argument is the server context.
  const listener = yoga as unknown as (
    req: IncomingMessage,
    res: ServerResponse,
    ctx: { db: Db; origin: string },
  ) => Promise<void>;
  const server: Server = createServer((req, res) => {
    void listener(req, res, { db, origin });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
