// `npm run test:security`: Electronegativity over the sources of every process, offline. Fails on any
// high-severity finding; medium and low ones are printed for a human to judge.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runBin } from './lib/run';

const root = resolve(__dirname, '..');
const report = resolve(root, 'test-results/electronegativity.csv');
const electronVersion = (
  JSON.parse(readFileSync(resolve(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }
).version;

mkdirSync(resolve(root, 'test-results'), { recursive: true });
const status = runBin(
  'electronegativity',
  // The online check only compares release numbers with a list it cannot fetch here.
  [
    '-i',
    'src',
    '-x',
    'AvailableSecurityFixesGlobalCheck',
    '-e',
    electronVersion,
    '-r',
    '-v',
    'false',
    '-o',
    report,
  ],
  { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
);
if (status !== 0) {
  console.error('Electronegativity did not run to the end.');
  process.exit(1);
}

interface Finding {
  issue: string;
  severity: string;
  file: string;
  location: string;
}

const findings: Finding[] = readFileSync(report, 'utf8')
  .split('\n')
  .slice(1)
  .filter((line) => line.trim() !== '')
  .map((line) => {
    const [issue = '', severity = '', , file = '', location = ''] = line.split(',');
    const unquote = (value: string): string => value.replace(/^"|"$/g, '');
    return { issue, severity: unquote(severity), file: unquote(file), location: unquote(location) };
  });

for (const finding of findings) {
  console.log(`${finding.severity.padEnd(8)} ${finding.issue}  ${finding.file}:${finding.location}`);
}
const high = findings.filter((finding) => finding.severity === 'HIGH');
console.log(`Electronegativity: ${high.length} high, ${findings.length - high.length} other findings.`);
process.exit(high.length === 0 ? 0 : 1);
