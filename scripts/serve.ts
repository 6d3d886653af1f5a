import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The development server answers this machine only: nobody else on the network reads the files. */
export const LOOPBACK = '127.0.0.1';

/**
 * The sites Office loads an add-in's files from (Excel on the web, the Office webviews): the only
 * origins that get a CORS answer, named one by one, never `*`.
 */
const OFFICE_ORIGIN = /^https:\/\/([\w-]+\.)*(officeapps\.live\.com|office\.com|office365\.com|microsoft365\.com|sharepoint\.com|cloud\.microsoft)$/;

export interface StaticServerOptions {
  /** URL prefix (`/`, `/playground/`) to the folder it serves. */
  readonly routes: Readonly<Record<string, string>>;
  /** Key and certificate for https; plain http without them. */
  readonly tls?: { key: string | Buffer; cert: string | Buffer; ca?: string | Buffer };
  /** The HTML page answering `/` itself, before any route. */
  readonly index?: () => string;
}

type Lookup = { file: string } | { status: 400 | 404 };

/** The file a request path names inside a route's folder, never outside it. */
function fileFor(routes: StaticServerOptions['routes'], urlPath: string): Lookup {
  const prefixes = Object.keys(routes).sort((a, b) => b.length - a.length);
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    // `%E0%A4%A` and the like: not a path at all.
    return { status: 400 };
  }
  if (path.includes('\0')) return { status: 400 };
  const prefix = prefixes.find((candidate) => path === candidate.replace(/\/$/, '') || path.startsWith(candidate));
  if (prefix === undefined) return { status: 404 };
  const root = resolve(routes[prefix]);
  const file = resolve(join(root, normalize(path.slice(prefix.length))));
  if (file !== root && !file.startsWith(root + sep)) return { status: 404 };
  if (existsSync(file) && statSync(file).isDirectory()) return { file: join(file, 'index.html') };
  return existsSync(file) ? { file } : { status: 404 };
}

const STATUS_TEXT = { 400: 'Bad request', 404: 'Not found' } as const;

/** Serves built files as they are; a development server, with no caching so edits show at once. */
export function createStaticServer(options: StaticServerOptions): Server {
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const headers: Record<string, string> = { 'cache-control': 'no-store' };
    const origin = request.headers.origin;
    if (typeof origin === 'string' && OFFICE_ORIGIN.test(origin)) Object.assign(headers, { 'access-control-allow-origin': origin, vary: 'Origin' });
    const url = request.url ?? '/';
    if (options.index !== undefined && url.split('?')[0] === '/') {
      response.writeHead(200, { ...headers, 'content-type': TYPES['.html'] }).end(options.index());
      return;
    }
    const found = fileFor(options.routes, url);
    if ('status' in found) {
      response.writeHead(found.status, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end(STATUS_TEXT[found.status]);
      return;
    }
    response.writeHead(200, { ...headers, 'content-type': TYPES[extname(found.file)] ?? 'application/octet-stream' });
    createReadStream(found.file).pipe(response);
  };
  return options.tls ? createHttpsServer(options.tls, handle) : createHttpServer(handle);
}

/** What to tell a user whose port is taken: one line, with the way out. */
export function portTakenMessage(port: number, variable: string): string {
  return `Port ${port} is in use by another program: stop it, or choose another port, e.g. ${variable}=${port + 10} npm start`;
}

/** Listens on the loopback address; a taken port rejects with `portTakenMessage`, not a stack trace. */
export function listen(server: Server, port: number, variable = 'PORT'): Promise<void> {
  return new Promise((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) => fail(error.code === 'EADDRINUSE' ? new Error(portTakenMessage(port, variable)) : error));
    server.listen(port, LOOPBACK, () => done());
  });
}
