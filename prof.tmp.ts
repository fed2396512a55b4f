import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
async function main() {
  const dir = mkdtempSync('/tmp/idle');
  const child = spawn(process.execPath, ['out/main/web.js', '--port', '0', '--data-dir', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url: string = await new Promise((r) => child.stdout!.on('data', (d) => { const m = /(http:\/\/\S+)/.exec(String(d)); if (m) r(m[1]); }));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium-headless-shell', args: ['--no-sandbox', '--disable-gpu'] });
  for (let i = 0; i < 3; i++) {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(url + '/#/library');
    await page.locator('[aria-label="Exercise library"] a').first().waitFor();
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(`/tmp/cd/cold${i}.cpuprofile`, JSON.stringify(profile));
    const t = await page.evaluate(() => JSON.stringify(performance.getEntriesByType('resource').map((e) => [e.name.split('/').pop(), Math.round(e.startTime), Math.round(e.responseEnd)])));
    if (i === 2) console.log(t);
    await context.close();
  }
  await browser.close();
  child.kill();
}
void main();
