// A child process of `npm run bench`: the least an HTTP answer can cost. A bare node:http server on 127.0.0.1
// that reads the same body as POST /v1/evaluate and answers with the hand-written Chongqing function
// (bench/hand-written/chongqing.ts): no framework, no validation library, no storage, no words.
import { createServer } from 'node:http';
import { chongqing } from '../hand-written/chongqing.js';

if (!process.send) throw new Error('usage: a child of bench/run.ts');
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    let status = 200;
    let body: string;
    try {
      const request = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { event?: unknown };
      body = JSON.stringify(chongqing(request.event));
    } catch (error) {
      status = 422;
      body = JSON.stringify({ error: { code: 'invalid_event', message: (error as Error).message } });
    }
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(body);
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send!({ port: typeof address === 'object' && address ? address.port : 0 });
});

const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('disconnect', stop);
