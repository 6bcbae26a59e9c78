import { once } from 'node:events';
import { createServer, get, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { streamChunks } from './send-file.js';

const CHUNK = 'x'.repeat(64 * 1024);
const CHUNKS = 512; // 32 MiB: far more than the socket buffers hold

describe('streamChunks', () => {
  it('reads no further than the client takes, then sends everything once it reads', async () => {
    let produced = 0;
    function* chunks() {
      for (let i = 0; i < CHUNKS; i++) {
        produced++;
        yield CHUNK;
      }
    }
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      void streamChunks(res, chunks());
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    try {
      const request = get({ port, host: '127.0.0.1', path: '/' });
      const [res] = (await once(request, 'response')) as [IncomingMessage];
      res.pause();
      // Whatever the machine's speed, a client that does not read holds the writer back.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(produced).toBeLessThan(CHUNKS);
      let received = 0;
      res.on('data', (d: Buffer) => {
        received += d.length;
      });
      res.resume();
      await once(res, 'end');
      expect(received).toBe(CHUNKS * CHUNK.length);
      expect(produced).toBe(CHUNKS);
    } finally {
      server.close();
    }
  });
});
