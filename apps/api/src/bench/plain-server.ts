import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

// The yardstick of the API's benchmark: node:http answering, to any request, the bytes the API
// answered once. It reads and drops the request's body first, as the API must.
const body = readFileSync(process.argv[2] as string);
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body));
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(
    JSON.stringify({
      url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`,
    }),
  );
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
