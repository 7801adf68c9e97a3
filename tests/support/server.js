// HTTPS server for the look-alike sites, chosen by the Host header.
//
//   const server = await startServer();     // 127.0.0.1, random free port
//   server.port; server.requests; server.close();
//
// The browser reaches it under the real hostnames through
// --host-resolver-rules (see browser.js). The certificate is self-signed,
// made with openssl at run time in a temporary folder that close() removes.
// Run directly (node tests/support/server.js [port]) to browse by hand.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const sitesDir = path.resolve(here, '../fixtures/sites');
export const buildDir = path.resolve(here, '../fixtures/build');

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

// Host header (port stripped) -> folder under tests/fixtures/sites
export const SITES = {
  'x.com': 'x.com',
  'twitter.com': 'x.com',
  'www.facebook.com': 'www.facebook.com',
  'facebook.com': 'www.facebook.com',
  'www.linkedin.com': 'www.linkedin.com',
  'linkedin.com': 'www.linkedin.com',
};

export const HOSTS = Object.keys(SITES);

const SAN = 'DNS:x.com,DNS:twitter.com,DNS:*.twitter.com,DNS:facebook.com,DNS:*.facebook.com,DNS:linkedin.com,DNS:*.linkedin.com';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Makes a self-signed certificate for the three sites; returns { key, cert, dir }. */
export function makeCertificate(dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ambassadeur-cert-'))) {
  const keyFile = path.join(dir, 'key.pem');
  const certFile = path.join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=x.com',
      '-addext',
      `subjectAltName=${SAN}`,
      '-keyout',
      keyFile,
      '-out',
      certFile,
    ],
    { stdio: 'pipe' },
  );
  return { key: fs.readFileSync(keyFile), cert: fs.readFileSync(certFile), dir };
}

// Resolves a URL path inside root, refusing to leave it.
function inside(root, urlPath) {
  const file = path.resolve(root, `.${path.posix.normalize(`/${urlPath}`)}`);
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

function isFile(file) {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function send(res, status, body, type, extra = {}) {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CSP,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  });
  res.end(body);
}

function handle(req, res) {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
  const site = SITES[host];
  if (!site) return send(res, 421, `unknown host ${host}\n`, TYPES['.txt']);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(res, 405, 'method not allowed\n', TYPES['.txt'], { Allow: 'GET, HEAD' });
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url, `https://${host}`).pathname);
  } catch {
    return send(res, 400, 'bad request\n', TYPES['.txt']);
  }
  const siteRoot = path.join(sitesDir, site);
  let file = null;
  if (pathname.startsWith('/build/')) {
    file = inside(buildDir, pathname.slice('/build'.length));
    if (!file || !isFile(file)) return send(res, 404, 'not found\n', TYPES['.txt']);
  } else if (pathname === '/favicon.ico') {
    return send(res, 204, '', TYPES['.txt']);
  } else {
    file = inside(siteRoot, pathname);
    // SPA routing: any path that is not a file serves the site's index page.
    if (!file || !isFile(file)) file = path.join(siteRoot, 'index.html');
  }
  const body = fs.readFileSync(file);
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  send(res, 200, req.method === 'HEAD' ? '' : body, type, { 'Content-Length': body.length });
}

/**
 * Starts the server. Returns { port, host, origin(hostname), close() }.
 * port 0 (default) picks a free port.
 */
export async function startServer({ port = 0, host = '127.0.0.1' } = {}) {
  const { key, cert, dir } = makeCertificate();
  /** @type {{ method: string, host: string, url: string }[]} */
  const requests = [];
  const server = https.createServer({ key, cert }, (req, res) => {
    requests.push({ method: req.method ?? '', host: req.headers.host ?? '', url: req.url ?? '' });
    try {
      handle(req, res);
    } catch (error) {
      if (!res.headersSent) send(res, 500, String(error), TYPES['.txt']);
      else res.destroy(error);
    }
  });
  const sockets = new Set();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  try {
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, resolve);
    });
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const actualPort = server.address().port;
  let closed = false;
  return {
    port: actualPort,
    host,
    cert,
    /** Every request served so far: { method, host, url }. */
    requests,
    /** https origin as the browser sees it, e.g. origin('x.com') -> 'https://x.com' */
    origin: (hostname) => `https://${hostname}`,
    async close() {
      if (closed) return;
      closed = true;
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(() => resolve()));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const server = await startServer({ port: Number(process.argv[2] ?? 0) });
  console.log(`serving ${HOSTS.join(', ')} on https://127.0.0.1:${server.port}`);
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
