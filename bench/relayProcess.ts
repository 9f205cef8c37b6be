// The relay alone in a child process, so the bench reads the relay's own CPU time: it listens on an
// ephemeral port, tells the parent the port, and answers 'cpu' with its process.cpuUsage().
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { attachRelay } from '../server/relay';

const server = createServer();
// The bench's teacher plays at 10 steps a second: the default rate limit holds.
attachRelay(server);
server.listen(0, '127.0.0.1', () => {
  process.send?.({ port: (server.address() as AddressInfo).port });
});
process.on('message', (message) => {
  if (message === 'cpu') process.send?.({ cpu: process.cpuUsage() });
  if (message === 'stop') process.exit(0);
});
