import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const workspaceRoot = path.resolve(__dirname, '..');
const PORT = Number(process.env.E2E_PORT ?? 3100);
/** Point at an already running app (E2E_BASE_URL) to skip starting one, e.g. while developing. */
const external = process.env.E2E_BASE_URL;
const baseURL = external ?? `http://127.0.0.1:${PORT}`;
/** E2E_DATA_DIR and E2E_PORT let two suites run side by side (each its own app and database). */
const DATA_DIR = process.env.E2E_DATA_DIR ?? 'tmp/e2e-data';

/**
 * Real Chromium against the real app: the API (serving the built web app)
 * starts on its own embedded database, wiped first so the demo seed runs fresh.
 */
export default defineConfig({
  testDir: __dirname,
  testMatch: '**/*.spec.ts',
  outputDir: path.join(workspaceRoot, 'tmp/e2e-results'),
  // Files side by side, each file's tests in order: every scenario makes its own dossiers and sessions
  // (titles with Date.now()) and none signs in as an account another changes (sign-in.spec's language).
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI
    ? [['list'], ['html', { outputFolder: path.join(workspaceRoot, 'playwright-report'), open: 'never' }]]
    : [['list']],
  use: {
    baseURL,
    locale: 'en-US',
    viewport: { width: 1280, height: 720 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 720 },
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: external
    ? undefined
    : {
    // Wipe the data dir in the same command, so it happens once, before the server, never under it.
    command: 'node e2e/support/clean-data.mjs && node tools/scripts/start.mjs',
    cwd: workspaceRoot,
    url: `${baseURL}/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: { PORT: String(PORT), DATA_DIR, NODE_ENV: 'test' },
      },
});
