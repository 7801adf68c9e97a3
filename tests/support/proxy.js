// A small HTTP proxy that puts the look-alike sites under their real hostnames for
// Firefox, which has no host-resolver rules: the browser is told to use it for
// every request (network.proxy.* prefs, see firefox.js), and it tunnels a CONNECT
// to a fixture host's port 443 to the fixture server on 127.0.0.1. Everything else
// is refused, so nothing leaves the machine.
//
//   const proxy = await startProxy({ port: server.port, hosts: HOSTS });
//   proxy.port; await proxy.close();

import http from 'node:http';
import net from 'node:net';

/**
 * @param {{ port: number, hosts: string[] }} options  port: the fixture server's; hosts: the names it serves
 * @returns {Promise<{ port: number, refused: string[], close(): Promise<void> }>}
 */
export async function startProxy({ port, hosts }) {
  const known = new Set(hosts);
  const refused = [];
  const sockets = new Set();
  const server = http.createServer((req, res) => {
    // Plain HTTP: the fixtures are HTTPS only.
    refused.push(`${req.method} ${req.url}`);
    res.writeHead(403, { 'content-type': 'text/plain' }).end('refused by the test proxy\n');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (req, client, head) => {
    const [host, target] = (req.url ?? '').split(':');
    if (!known.has(host) || target !== '443') {
      refused.push(`CONNECT ${req.url}`);
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = net.connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head?.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    const drop = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', drop);
    client.on('error', drop);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    refused,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}
