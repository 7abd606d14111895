import { createServer } from 'node:net';

/** A loopback port nothing listens on right now, for a server or browser a test starts. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  probe.unref();
  await new Promise<void>((resolve, reject) => probe.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
