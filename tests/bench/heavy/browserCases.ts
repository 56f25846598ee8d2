import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { HOST_FILE_NAME } from '../../../src/main/web/hostFile';
import { PROJECT_ROOT, type WebHost } from '../../support/webHost';

const RENDERER_DIR = join(PROJECT_ROOT, 'out', 'renderer');

/**
 * What the first screen downloads: the entry script, the modules it preloads and the stylesheets
 * index.html names, each gzipped (level 9, as a server would send them). Chunks loaded on demand
 * by later screens are not counted.
 */
export function firstScreenBundle(): { files: { file: string; bytes: number; gzipBytes: number }[]; gzipKb: number } {
  const html = readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  const files = [...new Set(refs)].map((file) => {
    const bytes = readFileSync(join(RENDERER_DIR, file));
    return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
  if (files.length === 0) throw new Error('out/renderer/index.html names no script: run `npm run build` first');
  return { files, gzipKb: files.reduce((sum, f) => sum + f.gzipBytes, 0) / 1024 };
}

/**
 * The little of the DOM the in-page timers use, typed here: the Node-side project has no DOM
 * library, and these functions run in the page, not in Node.
 */
interface PageElement {
  textContent: string | null;
  classList: { contains(name: string): boolean };
  querySelector(selector: string): PageElement | null;
  click(): void;
}
interface PageGlobals {
  document: { querySelector(selector: string): PageElement | null; querySelectorAll(selector: string): ArrayLike<PageElement> };
  requestAnimationFrame(callback: () => void): number;
}

/** The main navigation, as a person clicks it. */
export const MAIN_SCREENS = ['Dashboard', 'Catalog', 'My certifications', 'Records', 'Reminders', 'Settings'] as const;

/**
 * Clicks a main-navigation link and waits, inside the page, until the new screen shows content:
 * its link is the active one, the main area has a heading and nothing in it says "Loading…", and a
 * frame has been painted after that. Timed with the page's own clock, so Playwright's round trips
 * are not counted.
 */
async function clickAndWait(page: Page, label: string): Promise<number> {
  return page.evaluate(async (name) => {
    const win = globalThis as unknown as PageGlobals;
    const { document } = win;
    const links = Array.from(document.querySelectorAll('nav[aria-label="Main"] a'));
    const link = links.find((a) => (a.textContent ?? '').trim().startsWith(name));
    if (!link) throw new Error(`No main-navigation link "${name}"`);
    const started = performance.now();
    link.click();
    await waitForContent(() => link.classList.contains('active'));
    return performance.now() - started;

    function waitForContent(routed: () => boolean): Promise<void> {
      return new Promise((resolve, reject) => {
        const deadline = performance.now() + 60_000;
        const check = () => {
          const main = document.querySelector('main');
          if (routed() && main && main.querySelector('h1') && !main.querySelector('.loading')) {
            win.requestAnimationFrame(() => resolve());
            return;
          }
          if (performance.now() > deadline) reject(new Error(`"${name}" showed no content within 60 s`));
          else win.requestAnimationFrame(check);
        };
        check();
      });
    }
  }, label);
}

/** Opens a screen by its address (as a bookmark would) and waits for its content. */
async function visit(page: Page, baseUrl: string, path: string): Promise<void> {
  await page.goto(`${baseUrl}#${path}`);
  await page.waitForFunction(() => {
    const main = (globalThis as unknown as PageGlobals).document.querySelector('main');
    return Boolean(main && main.querySelector('h1') && !main.querySelector('.loading'));
  }, undefined, { timeout: 120_000 });
}

export interface BrowserFigures {
  /** Per main screen: click → content times in ms, sorted. */
  clickToContent: Record<string, number[]>;
  rssMb: number;
  peakRssMb: number;
  screensVisited: number;
}

/**
 * Chromium (/usr/bin/chromium) against the web host on the heavy profile: `rounds` passes over the
 * main navigation (the first pass warms up and is not counted), then every other screen — each
 * track's every tab and each credential — before the web host's memory is read.
 */
export async function browserFigures(host: WebHost, paths: readonly string[], rounds: number): Promise<BrowserFigures> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(host.appUrl);
    await page.getByRole('navigation', { name: 'Main' }).waitFor({ timeout: 120_000 });
    const clickToContent: Record<string, number[]> = Object.fromEntries(MAIN_SCREENS.map((s) => [s, []]));
    for (let round = 0; round <= rounds; round++) {
      // Start each pass away from the dashboard so its click is a real change of screen.
      for (const screen of [...MAIN_SCREENS.slice(1), MAIN_SCREENS[0]]) {
        const ms = await clickAndWait(page, screen);
        if (round > 0) clickToContent[screen]?.push(ms);
      }
    }
    for (const times of Object.values(clickToContent)) times.sort((a, b) => a - b);
    for (const path of paths) await visit(page, host.baseUrl, path);
    const memory = webHostMemory(host.dataDir);
    return { clickToContent, ...memory, screensVisited: MAIN_SCREENS.length + paths.length };
  } finally {
    await browser.close();
  }
}

/** The web host's resident memory now and at its peak, from /proc (Linux). */
export function webHostMemory(dataDir: string): { rssMb: number; peakRssMb: number } {
  const { pid } = JSON.parse(readFileSync(join(dataDir, HOST_FILE_NAME), 'utf8')) as { pid: number };
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rssMb: kb('VmRSS') / 1024, peakRssMb: kb('VmHWM') / 1024 };
}
