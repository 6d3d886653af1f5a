import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createStaticServer } from './serve';

/**
 * `npm start`: build, serve dist/excel at https://localhost:3000/ (and the playground at
 * /playground/) with Office's development certificates, and sideload into Excel desktop where
 * there is one; elsewhere print how to upload the manifest into Excel on the web. Ctrl+C stops.
 */
const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const MANIFEST = join(ROOT, 'manifest.xml');
const PORT = Number(process.env.PORT ?? 3000);

type Tls = { key: Buffer; cert: Buffer; ca?: Buffer };

/**
 * Office's localhost certificates. Installing their CA into the OS trust store needs Windows,
 * macOS or sudo on Linux; where that fails (CI, containers) the certificates are still made and
 * served, and the user is told to trust the CA themselves.
 */
async function certificates(): Promise<Tls> {
  const certs = await import('office-addin-dev-certs');
  try {
    return (await certs.getHttpsServerOptions()) as Tls;
  } catch (error) {
    const { caCertificatePath, localhostCertificatePath, localhostKeyPath } = await import('office-addin-dev-certs/lib/defaults.js');
    if (!existsSync(localhostCertificatePath) || !existsSync(localhostKeyPath)) {
      await certs.generateCertificates(caCertificatePath, localhostCertificatePath, localhostKeyPath);
    }
    console.warn([
      '',
      `Note: the development CA could not be added to this system's trust store (${firstLine(error)}).`,
      'The server runs with the certificates anyway. To make browsers and Office trust https://localhost, trust',
      `  ${caCertificatePath}`,
      'yourself (Linux: copy it to /usr/local/share/ca-certificates/ and run update-ca-certificates), or run',
      '  npx office-addin-dev-certs install',
      '',
    ].join('\n'));
    return { key: readFileSync(localhostKeyPath), cert: readFileSync(localhostCertificatePath), ca: readFileSync(caCertificatePath) };
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

/** Excel desktop, where `office-addin-debugging` can sideload: Windows or macOS with Excel installed. */
function excelDesktopInstalled(): boolean {
  if (process.platform === 'darwin') return existsSync('/Applications/Microsoft Excel.app');
  if (process.platform !== 'win32') return false;
  const roots = [process.env.ProgramFiles, process.env['ProgramFiles(x86)']].filter((root): root is string => Boolean(root));
  return roots.some((root) => existsSync(join(root, 'Microsoft Office', 'root', 'Office16', 'EXCEL.EXE')));
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, () => done());
  });
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** office-addin-debugging is run with npx, not installed: its keychain dependency needs native libraries. */
function sideload(): ChildProcess {
  return spawn(npx, ['--yes', 'office-addin-debugging', 'start', MANIFEST, 'desktop'], { stdio: 'inherit', cwd: ROOT });
}

function printWebInstructions(): void {
  console.log([
    '',
    'No Excel desktop here to sideload into. To try the add-in in Excel on the web:',
    '  1. Open a workbook at https://www.office.com (Excel on the web), on this machine.',
    '  2. Home > Add-ins > More Add-ins (or Insert > Add-ins > My Add-ins) > Upload My Add-in.',
    `  3. Choose ${MANIFEST}`,
    'The KPI Review group appears on the Home tab; =KPI.RAG(...) and the other functions work in cells.',
  ].join('\n'));
}

async function main(): Promise<void> {
  // The same build as `npm run build`: every host, so /playground/ is fresh too.
  await import('./build');
  const tls = await certificates();
  const server = createStaticServer({ routes: { '/': join(ROOT, 'dist', 'excel'), '/playground/': join(ROOT, 'dist', 'playground') }, tls });
  await listen(server, PORT);
  console.log(`\nExcel add-in:  https://localhost:${PORT}/taskpane.html`);
  console.log(`Playground:    https://localhost:${PORT}/playground/`);
  if (PORT !== 3000) console.warn(`Note: manifest.xml points at port 3000; with PORT=${PORT} only the pages above are served, Office will not find them.`);

  const debugging = excelDesktopInstalled() ? sideload() : undefined;
  if (!debugging) printWebInstructions();
  console.log('\nCtrl+C stops the server.');

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    if (debugging) {
      debugging.kill();
      spawnSync(npx, ['--yes', 'office-addin-debugging', 'stop', MANIFEST], { stdio: 'inherit', cwd: ROOT });
    }
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
