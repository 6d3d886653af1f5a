import { buildCli } from '../cli/build';
import { buildExcel } from '../excel-addin/build';
import { buildPlayground } from '../playground/build';
import { buildSheets } from '../sheets-addon/build';

/** `npm run build`: every host's bundle from the one core. Each step writes its own dist/ folder. */
const steps = { excel: buildExcel, sheets: buildSheets, playground: buildPlayground, cli: buildCli };

for (const [name, build] of Object.entries(steps)) {
  const started = Date.now();
  await build();
  console.log(`built ${name} in ${Date.now() - started} ms`);
}
