import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** For tests: an iTop stand-in, its address and every form posted to it. */
export interface FakeItop {
  readonly url: string;
  readonly forms: URLSearchParams[];
  close(): Promise<void>;
}

/** An iTop stand-in on 127.0.0.1 (over http:) that records each form posted and answers with `reply`. */
export async function fakeItop(
  reply: (res: ServerResponse, form: URLSearchParams) => void,
): Promise<FakeItop> {
  const forms: URLSearchParams[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      const form = new URLSearchParams(body);
      forms.push(form);
      reply(res, form);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webservices/rest.php`,
    forms,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
