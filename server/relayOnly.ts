// The class relay alone, for any Node host (the pages are served elsewhere): `PORT=9000 npx tsx
// server/relayOnly.ts`, then open the app with `?relay=wss://<that host>/class`.
import { createServer } from 'node:http';
import { attachRelay } from './relay';

const port = Number(process.env.PORT ?? 8081);
const host = process.env.HOST ?? '0.0.0.0';
const server = createServer((_req, res) => {
  res.statusCode = 426;
  res.end('This is the KafkaScope class relay: connect with a WebSocket to /class.');
});
const relay = attachRelay(server);
server.listen(port, host, () => console.log(`KafkaScope class relay on ws://${host}:${port}/class`));
setInterval(() => {
  const s = relay.stats();
  console.log(`${s.sessions} sessions, ${s.connections} connections, dropped ${JSON.stringify(s.dropped)}`);
}, 10 * 60 * 1000).unref();
process.on('SIGTERM', () => void relay.close().then(() => process.exit(0)));
process.on('SIGINT', () => void relay.close().then(() => process.exit(0)));
