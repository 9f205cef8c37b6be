// The addresses students on the same network can open: every IPv4 address of this machine that is
// not loopback (or only the one HOST names).
import { networkInterfaces } from 'node:os';

export function lanAddresses(host: string): string[] {
  if (host !== '0.0.0.0' && host !== '::') return [host];
  const out: string[] = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) out.push(a.address);
  }
  return out;
}

export function pageUrls(host: string, port: number): string[] {
  const lan = lanAddresses(host).map((a) => `http://${a}:${port}/`);
  const local = host === '0.0.0.0' || host === '::' || host === '127.0.0.1' ? [`http://localhost:${port}/`] : [];
  return [...local, ...lan];
}
