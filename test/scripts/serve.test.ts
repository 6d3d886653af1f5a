import { request as httpRequest, type Server } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCertificates } from 'office-addin-dev-certs';
import { LOOPBACK, createStaticServer, listen, portTakenMessage } from '../../scripts/serve';
import { startDevServers, type DevServers } from '../../scripts/dev-servers';
import { usableCertificates } from '../../scripts/certs';

interface Answer { status: number; headers: Record<string, string | string[] | undefined>; body: string }

/** A raw GET, so a malformed path reaches the server as it was typed. */
function get(url: string, headers: Record<string, string> = {}, ca?: Buffer): Promise<Answer> {
  const { protocol, hostname, port, pathname } = new URL(url);
  const rawPath = url.slice(url.indexOf(pathname.split('%')[0], protocol.length + 2));
  const send = protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((done, fail) => {
    const req = send({ hostname: hostname === 'localhost' ? LOOPBACK : hostname, port, path: rawPath, headers, ca, servername: 'localhost' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

function folder(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'serve-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

const close = (server: Server) => new Promise<void>((done) => server.close(() => done()));

describe('the development server', () => {
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    server = createStaticServer({ routes: { '/': folder({ 'taskpane.html': '<p>pane</p>', 'functions.json': '{}' }) } });
    await listen(server, 0);
    origin = `http://${LOOPBACK}:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => close(server));

  it('answers a malformed path with 400 and keeps serving', async () => {
    expect((await get(`${origin}/%E0%A4%A`)).status).toBe(400);
    expect((await get(`${origin}/taskpane.html`)).body).toBe('<p>pane</p>');
  });

  it('answers 404 for a missing file and for paths out of its folder', async () => {
    expect((await get(`${origin}/nothing.html`)).status).toBe(404);
    expect((await get(`${origin}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
  });

  it('listens on the loopback address only', () => {
    expect((server.address() as AddressInfo).address).toBe('127.0.0.1');
  });

  it('sends no wildcard CORS header; only Office\'s own sites get one, naming them', async () => {
    const plain = await get(`${origin}/functions.json`, { origin: 'https://evil.example' });
    expect(plain.headers['access-control-allow-origin']).toBeUndefined();
    const office = await get(`${origin}/functions.json`, { origin: 'https://excel.officeapps.live.com' });
    expect(office.headers['access-control-allow-origin']).toBe('https://excel.officeapps.live.com');
    expect(office.headers.vary).toBe('Origin');
    for (const lookalike of ['https://officeapps.live.com.evil.example', 'http://excel.officeapps.live.com', 'https://evil-office.com']) {
      expect((await get(`${origin}/functions.json`, { origin: lookalike })).headers['access-control-allow-origin'], lookalike).toBeUndefined();
    }
  });

  it('says in one line how to get past a taken port', async () => {
    const port = (server.address() as AddressInfo).port;
    const second = createStaticServer({ routes: {} });
    const error = await listen(second, port).then(() => undefined, (reason: Error) => reason);
    expect(error?.message).toBe(portTakenMessage(port, 'PORT'));
    expect(error?.message).toMatch(new RegExp(`^Port ${port} is in use.*PORT=\\d+ npm start$`));
    expect(error?.message).not.toContain('\n');
  });
});

describe('npm start\'s two servers', () => {
  let servers: DevServers;
  let ca: Buffer;
  beforeAll(async () => {
    const certs = folder({});
    const paths = { ca: path.join(certs, 'ca.crt'), cert: path.join(certs, 'localhost.crt'), key: path.join(certs, 'localhost.key') };
    await generateCertificates(paths.ca, paths.cert, paths.key);
    const tls = usableCertificates(paths, new Date());
    if (!tls) throw new Error('no certificates');
    ca = tls.ca;
    servers = await startDevServers({
      excelDir: folder({ 'taskpane.html': '<p>pane</p>' }),
      playgroundDir: folder({ 'index.html': '<p>playground</p>' }),
      tls,
      excelPort: 0,
      playgroundPort: 0,
    });
  }, 60_000);
  afterAll(() => servers.close());

  it('serve the playground over plain http, needing no certificate', async () => {
    expect(servers.addresses.playground).toMatch(/^http:\/\/localhost:\d+\/playground\/$/);
    expect((await get(servers.addresses.playground)).body).toBe('<p>playground</p>');
  });

  it('serve the add-in\'s files over https with the development certificate', async () => {
    expect(servers.addresses.taskpane).toMatch(/^https:\/\/localhost:\d+\/taskpane\.html$/);
    expect((await get(servers.addresses.taskpane, {}, ca)).body).toBe('<p>pane</p>');
  });

  it('answer / on both with a small page linking the playground and the add-in', async () => {
    for (const base of [servers.addresses.playground, servers.addresses.taskpane]) {
      const page = await get(new URL('/', base).href, {}, ca);
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(page.body).toContain(`href="${servers.addresses.playground}"`);
      expect(page.body).toContain(`href="${servers.addresses.taskpane}"`);
    }
  });
});
