import { existsSync } from 'node:fs';

/** Chromium-family browsers that can load an unpacked MV3 extension, most preferred first. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/usr/bin/microsoft-edge-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

/** `FAPIAO_BROWSER` wins, so anyone can point the tests at their own Chrome or Edge. */
export function findBrowser(env = process.env) {
  if (env.FAPIAO_BROWSER) return existsSync(env.FAPIAO_BROWSER) ? env.FAPIAO_BROWSER : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}
