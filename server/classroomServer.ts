// One HTTP server for a classroom: the built app (dist/) as static files, and the class relay on
// /class. Pages find the relay on the address they were served from, so one port is all a class
// needs, and no internet.
import { createServer, type Server } from 'node:http';
import sirv from 'sirv';
import { attachRelay, type Relay, type RelayOptions } from './relay';

export interface Classroom {
  server: Server;
  relay: Relay;
}

export function createClassroom(dist: string, relayOptions: RelayOptions = {}): Classroom {
  // `single`: any unknown path is the app (a class link is `/?class=…`); hashed assets cache long.
  const files = sirv(dist, { single: true, etag: true, setHeaders: cacheHeaders });
  const server = createServer((req, res) => files(req, res, () => {
    res.statusCode = 404;
    res.end('Not found');
  }));
  const relay = attachRelay(server, relayOptions);
  return { server, relay };
}

function cacheHeaders(res: { setHeader(name: string, value: string): void }, pathname: string): void {
  res.setHeader('Cache-Control', pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
}
