// A small HTTP proxy on 127.0.0.1 that puts the fixture server under the real
// hostnames for a browser without host-resolver rules (Firefox): a CONNECT to
// one of the mapped hosts is tunnelled to the fixture server; anything else is
// refused and recorded, so a test can tell that nothing left the browser.
//
//   const proxy = await startProxy({ port: server.port });
//   proxy.port; proxy.refused;  // [{ method, target }], every request that was not a fixture site
//   await proxy.close();

import http from 'node:http';
import net from 'node:net';

/** Whether `host` is one of `patterns` ('x.com', '*.facebook.com', …). */
export function hostMatches(host, patterns) {
  const name = host.toLowerCase();
  return patterns.some((p) => (p.startsWith('*.') ? name.endsWith(p.slice(1)) : name === p));
}

/**
 * @param {{ port: number, hosts: string[] }} options  port: the fixture server's; hosts: the mapped hostnames
 * @returns {Promise<{ port: number, refused: {method: string, target: string}[], tunnelled: string[], close(): Promise<void> }>}
 */
export async function startProxy({ port, hosts }) {
  /** @type {{method: string, target: string}[]} */
  const refused = [];
  /** @type {string[]} */
  const tunnelled = [];
  const sockets = new Set();
  const server = http.createServer((req, res) => {
    // Plain http:// requests: nothing is served over http, so every one is a request out.
    refused.push({ method: req.method ?? '', target: req.url ?? '' });
    res.writeHead(403, { 'Content-Type': 'text/plain' });
    res.end('refused by the test proxy\n');
  });
  server.on('connect', (req, client, head) => {
    const target = req.url ?? '';
    const [host, targetPort] = target.split(':');
    if (targetPort !== '443' || !hostMatches(host, hosts)) {
      refused.push({ method: 'CONNECT', target });
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    tunnelled.push(target);
    const upstream = net.connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [upstream, client]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        upstream.destroy();
        client.destroy();
      });
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy: no port');
  let closed = false;
  return {
    port: address.port,
    refused,
    tunnelled,
    async close() {
      if (closed) return;
      closed = true;
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}
