// `npm run classroom`: builds the app when needed, then serves it with the class relay on one port
// (PORT, default 8080; HOST, default every interface) and prints the addresses students can open.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageUrls } from './addresses';
import { createClassroom } from './classroomServer';
import { ensureBuilt } from './freshBuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '0.0.0.0';

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number (got "${process.env.PORT}").`);
  process.exit(2);
}
if (!(await ensureBuilt(root, dist, (line) => console.log(line)))) {
  console.error('The build failed; see the messages above.');
  process.exit(1);
}

const { server, relay } = createClassroom(dist);
server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: start with PORT=<another port> npm run classroom.` : `The server stopped: ${error.message}`);
  process.exit(1);
});
server.listen(port, host, () => {
  console.log('KafkaScope classroom is running. Students on this network can open:');
  for (const url of pageUrls(host, port)) console.log(`  ${url}`);
  console.log('Start a class session from the app ("Start class session") and share its class link or QR code.');
});

const stop = () => {
  const { dropped, sessions } = relay.stats();
  console.log(`Stopping (${sessions} class sessions open; dropped messages: ${JSON.stringify(dropped)}).`);
  void relay.close().then(() => server.close(() => process.exit(0)));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
