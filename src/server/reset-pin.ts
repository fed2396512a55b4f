// The offline trainer PIN reset, run on the Gymdeck machine itself (see `npm run reset-pin`): forgets the
// PIN and every lock-out in the data folder, so that the next trainer at a screen chooses a new PIN.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir, resetTrainerPinIn } from '../services/backend';

const USAGE = `Usage: npm run reset-pin -- [--data-dir DIR]

Forgets the trainer PIN of the Gymdeck whose data is in DIR (by default GYMDECK_DATA_DIR, else the kiosk's
own folder). Gymdeck may keep running: every screen then asks for a new PIN.`;

function main(): void {
  let dataDir: string;
  try {
    const { values } = parseArgs({
      args: process.argv.slice(2),
      options: { 'data-dir': { type: 'string' }, help: { type: 'boolean' } },
      strict: true,
    });
    if (values.help) {
      console.log(USAGE);
      return;
    }
    dataDir = resolve(values['data-dir'] ?? defaultDataDir());
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  try {
    const hadPin = resetTrainerPinIn(dataDir);
    console.log(
      hadPin
        ? `The trainer PIN of ${dataDir} is forgotten. The next trainer to open trainer mode chooses a new one.`
        : `${dataDir} had no trainer PIN; the next trainer to open trainer mode chooses one.`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

main();
