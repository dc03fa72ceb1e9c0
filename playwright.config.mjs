// End-to-end tests against the release build in dist/, served on loopback with the strict CSP.
// Debian's Chromium only: Playwright never downloads a browser here.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'tests/e2e/output/results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:4173/',
    browserName: 'chromium',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: [
    // The widget at the site root; every spec uses this one through baseURL.
    { command: 'node scripts/serve.mjs --port 4173 --dir dist --studio dist-studio --quiet', url: 'http://127.0.0.1:4173/', reuseExistingServer: false },
    // The same bundle under a sub-path, as a careers site would host it.
    { command: 'node scripts/serve.mjs --port 4175 --dir dist --base /careers/self-evaluation/ --studio dist-studio --quiet', url: 'http://127.0.0.1:4175/careers/self-evaluation/', reuseExistingServer: false },
    // A host page on a second origin that embeds the widget from the first.
    { command: 'node scripts/serve.mjs --demo --port 4174 --widget-origin http://127.0.0.1:4173 --quiet', url: 'http://127.0.0.1:4174/host.html', reuseExistingServer: false },
  ],
});
