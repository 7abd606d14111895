import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Loopback {
  origin: string;
  /** Drops kept-alive connections, then closes the server. */
  close(): Promise<void>;
}

/** Starts `server` on a free loopback port and resolves once it listens. */
export async function onLoopback(server: Server): Promise<Loopback> {
  server.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
