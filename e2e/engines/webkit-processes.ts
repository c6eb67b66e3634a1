/**
 * The processes WebKit needs: an X server (MiniBrowser has no headless mode; `--headless` makes it
 * exit and the driver hang) and WebKitWebDriver, both started here and stopped by their own pid.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { until } from './poll';

const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

export interface WebKitProcesses {
  driverURL: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address !== 'string' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Starts Xvfb on a free display (it writes the number to fd 3) and the driver on a free port. */
export async function startWebKitProcesses(): Promise<WebKitProcesses> {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  const display = await new Promise<string>((resolve, reject) => {
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
    xvfb.stdio[3]!.once('data', (data: Buffer) => resolve(data.toString().trim()));
  });
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], { env: { ...process.env, DISPLAY: `:${display}` }, stdio: 'ignore' });
  const driverURL = `http://127.0.0.1:${port}`;
  try {
    await until('WebKitWebDriver to answer', async () => ((await fetch(`${driverURL}/status`).catch(() => undefined))?.ok ? true : undefined));
  } catch (error) {
    await Promise.all([stopProcess(driver), stopProcess(xvfb)]);
    throw error;
  }
  return {
    driverURL,
    async stop() {
      await stopProcess(driver);
      await stopProcess(xvfb);
    },
  };
}
