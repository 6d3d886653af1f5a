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

export interface StaticServerOptions {
  /** URL prefix (`/`, `/playground/`) to the folder it serves. */
  readonly routes: Readonly<Record<string, string>>;
  /** Key and certificate for https; plain http without them. */
  readonly tls?: { key: string | Buffer; cert: string | Buffer; ca?: string | Buffer };
}

/** The file a request path names inside a route's folder, never outside it. */
function fileFor(routes: StaticServerOptions['routes'], urlPath: string): string | undefined {
  const prefixes = Object.keys(routes).sort((a, b) => b.length - a.length);
  const path = decodeURIComponent(urlPath.split('?')[0]);
  const prefix = prefixes.find((candidate) => path === candidate.replace(/\/$/, '') || path.startsWith(candidate));
  if (prefix === undefined) return undefined;
  const root = resolve(routes[prefix]);
  const file = resolve(join(root, normalize(path.slice(prefix.length))));
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) return join(file, 'index.html');
  return file;
}

/** Serves built files as they are; a development server, with no caching so edits show at once. */
export function createStaticServer(options: StaticServerOptions): Server {
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const file = fileFor(options.routes, request.url ?? '/');
    if (!file || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'access-control-allow-origin': '*',
    });
    createReadStream(file).pipe(response);
  };
  return options.tls ? createHttpsServer(options.tls, handle) : createHttpServer(handle);
}
