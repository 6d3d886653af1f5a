import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createStaticServer, listen } from './serve';
import type { Tls } from './certs';

/**
 * The two servers of `npm start`. The playground needs no certificate, so it is plain
 * http://localhost; the Excel add-in's files are https, as Office requires, on the port the
 * development manifest names. Both answer `/` with a page linking each other.
 */
export interface DevServerOptions {
  readonly excelDir: string;
  readonly playgroundDir: string;
  readonly tls: Tls;
  readonly excelPort: number;
  readonly playgroundPort: number;
}

export interface DevAddresses {
  readonly playground: string;
  readonly taskpane: string;
  readonly manifest: string;
}

export interface DevServers {
  readonly addresses: DevAddresses;
  close(): Promise<void>;
}

export function devAddresses(excelPort: number, playgroundPort: number): DevAddresses {
  const excel = `https://localhost:${excelPort}`;
  return { playground: `http://localhost:${playgroundPort}/playground/`, taskpane: `${excel}/taskpane.html`, manifest: `${excel}/manifest.xml` };
}

/** The small page at `/` of both servers. */
export function indexPage(addresses: DevAddresses): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>KPI Review: development server</title></head>
<body>
<main>
<h1>KPI Review: development server</h1>
<ul>
<li><a href="${addresses.playground}">Playground</a>: the review pane beside a workbook in the browser, no Excel needed.</li>
<li><a href="${addresses.taskpane}">Excel add-in</a>: the task pane's files for Excel (sideload <a href="${addresses.manifest}">manifest.xml</a>).</li>
</ul>
</main>
</body>
</html>
`;
}

function close(server: Server): Promise<void> {
  return new Promise((done) => {
    server.closeAllConnections();
    server.close(() => done());
  });
}

/** Starts both servers on the loopback address; a taken port rejects with a one-line message. */
export async function startDevServers(options: DevServerOptions): Promise<DevServers> {
  let addresses = devAddresses(options.excelPort, options.playgroundPort);
  const index = () => indexPage(addresses);
  const playground = createStaticServer({ routes: { '/playground/': options.playgroundDir }, index });
  const excel = createStaticServer({ routes: { '/': options.excelDir }, index, tls: options.tls });
  await listen(playground, options.playgroundPort, 'PLAYGROUND_PORT');
  try {
    await listen(excel, options.excelPort, 'PORT');
  } catch (error) {
    await close(playground);
    throw error;
  }
  // The ports actually taken, for port 0 (any free one).
  const port = (server: Server) => (server.address() as AddressInfo).port;
  addresses = devAddresses(port(excel), port(playground));
  return { addresses, close: async () => void (await Promise.all([close(playground), close(excel)])) };
}
