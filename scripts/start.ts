import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { developmentCertificates, type CertificatePaths } from './certs';
import { startDevServers } from './dev-servers';
import { toolCommand } from './tools';

/**
 * `npm start`: build, serve the playground at http://localhost:3001/playground/ and dist/excel at
 * https://localhost:3000/ with Office's development certificates, and sideload into Excel desktop
 * where there is one; elsewhere print how to upload the manifest into Excel on the web. Ctrl+C stops.
 */
const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const MANIFEST = join(ROOT, 'manifest.xml');
const PORT = Number(process.env.PORT ?? 3000);
const PLAYGROUND_PORT = Number(process.env.PLAYGROUND_PORT ?? 3001);

/** Office's localhost certificates, kept between runs; the CA is trusted where the system lets us. */
async function certificates() {
  const certs = await import('office-addin-dev-certs');
  const defaults = await import('office-addin-dev-certs/lib/defaults.js');
  const paths: CertificatePaths = { ca: defaults.caCertificatePath, cert: defaults.localhostCertificatePath, key: defaults.localhostKeyPath };
  const result = await developmentCertificates(paths, {
    generate: ({ ca, cert, key }) => certs.generateCertificates(ca, cert, key),
    install: ({ ca }) => certs.installCaCertificate(ca),
  });
  if (result.notTrusted) {
    console.warn([
      '',
      `Note: the development CA is not in this system's trust store (${result.notTrusted}).`,
      'Browsers and Office warn about https://localhost until you trust',
      `  ${paths.ca}`,
      '(Linux: copy it to /usr/local/share/ca-certificates/ and run update-ca-certificates; it is kept between runs).',
      '',
    ].join('\n'));
  }
  return result.tls;
}

/** Excel desktop, where `office-addin-debugging` can sideload: Windows or macOS with Excel installed. */
function excelDesktopInstalled(): boolean {
  if (process.platform === 'darwin') return existsSync('/Applications/Microsoft Excel.app');
  if (process.platform !== 'win32') return false;
  const roots = [process.env.ProgramFiles, process.env['ProgramFiles(x86)']].filter((root): root is string => Boolean(root));
  return roots.some((root) => existsSync(join(root, 'Microsoft Office', 'root', 'Office16', 'EXCEL.EXE')));
}

function debugging(args: readonly string[]) {
  const { command, args: all, shell } = toolCommand('officeAddinDebugging', args);
  return { command, all, options: { stdio: 'inherit' as const, cwd: ROOT, shell } };
}

function sideload(): ChildProcess {
  const { command, all, options } = debugging(['start', MANIFEST, 'desktop']);
  return spawn(command, all, options);
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
  // The same build as `npm run build`: every host, so the playground is fresh too.
  await import('./build');
  const servers = await startDevServers({
    excelDir: join(ROOT, 'dist', 'excel'),
    playgroundDir: join(ROOT, 'dist', 'playground'),
    tls: await certificates(),
    excelPort: PORT,
    playgroundPort: PLAYGROUND_PORT,
  });
  console.log(`\nPlayground:    ${servers.addresses.playground}`);
  console.log(`Excel add-in:  ${servers.addresses.taskpane}`);
  if (PORT !== 3000) console.warn(`Note: manifest.xml points at port 3000; with PORT=${PORT} only the pages above are served, Office will not find them.`);

  const child = excelDesktopInstalled() ? sideload() : undefined;
  if (!child) printWebInstructions();
  console.log('\nCtrl+C stops the server.');

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    if (child) {
      child.kill();
      const { command, all, options } = debugging(['stop', MANIFEST]);
      spawnSync(command, all, options);
    }
    void servers.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  // A taken port and the like are one line for the user, not a stack trace.
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
