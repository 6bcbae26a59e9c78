import { type AddressInfo, connect, createServer, type Server, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { Store } from './store.js';
import { ENGINES, freshDatabase } from './testing.js';

describe.each(ENGINES)('ping on %s', (engine) => {
  it('answers while the store is open, and rejects once it is closed', async () => {
    const db = await freshDatabase(engine);
    const store = await Store.open(db.url);
    await expect(store.ping()).resolves.toBeUndefined();
    await store.close();
    await expect(store.ping()).rejects.toThrow();
    await db.drop();
  });
});

/** A TCP relay to `target` that can go down (every connection cut, new ones refused) and come back. */
async function relay(target: URL) {
  const sockets = new Set<Socket>();
  const listen = async (port = 0) => {
    const server = createServer((client) => {
      const upstream = connect(Number(target.port || 5432), target.hostname);
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on('error', () => undefined);
        socket.on('close', () => sockets.delete(socket));
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    return server;
  };
  let server: Server = await listen();
  const { port } = server.address() as AddressInfo;
  return {
    port,
    down: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
    up: async () => {
      server = await listen(port);
    },
  };
}

describe.skipIf(!ENGINES.includes('postgres'))('ping on a PostgreSQL server that goes away', () => {
  it('rejects while the server is unreachable, and answers again once it is back', async () => {
    const db = await freshDatabase('postgres');
    const url = new URL(db.url);
    const link = await relay(new URL(db.url));
    url.host = `127.0.0.1:${link.port}`;
    const store = await Store.open(url.toString());
    await expect(store.ping()).resolves.toBeUndefined();
    await link.down();
    await expect(store.ping()).rejects.toThrow(/ECONNREFUSED|Connection terminated/);
    await link.up();
    await expect(store.ping()).resolves.toBeUndefined();
    await store.close();
    await link.down();
    await db.drop();
  });
});
