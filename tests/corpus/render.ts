/** The one place that drives Chromium: HTML in, PNG/JPEG/PDF bytes out. No other imaging tool is needed (or allowed in CI). */
import { chromium, type Browser, type Page } from 'playwright-core';
import { postProcessPdf } from './pdf-post';

/** A complete HTML page rendered at device scale 1, so `width` × `height` are the output's pixels. */
export interface Scene {
  html: string;
  width: number;
  height: number;
}

export type ImageFormat = { type: 'png' } | { type: 'jpeg'; quality: number };

/** find-browser.mjs is untyped JS shared with the e2e tests; a computed specifier keeps tsc from wanting its types. */
async function browserPath(): Promise<string> {
  const mod = (await import(new URL('../tools/find-browser.mjs', import.meta.url).href)) as {
    findBrowser: () => string | null;
  };
  const path = mod.findBrowser();
  if (!path) throw new Error('No Chromium-family browser found; set FAPIAO_BROWSER or run `node tests/tools/ensure-env.mjs`.');
  return path;
}

export class Renderer {
  private constructor(
    private readonly browser: Browser,
    private readonly page: Page,
  ) {}

  static async start(): Promise<Renderer> {
    const browser = await chromium.launch({
      executablePath: await browserPath(),
      headless: true,
      // Same offline flags as tests/e2e/launch.mjs: no sandbox in containers, no GPU, nothing phoning home.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--lang=zh-CN',
        '--font-render-hinting=none',
      ],
    });
    const context = await browser.newContext({ deviceScaleFactor: 1, locale: 'zh-CN' });
    return new Renderer(browser, await context.newPage());
  }

  private async load(html: string, width: number, height: number): Promise<void> {
    await this.page.setViewportSize({ width, height });
    await this.page.setContent(html, { waitUntil: 'load' });
    await this.page.evaluate(() => document.fonts.ready.then(() => undefined));
  }

  async raster(scene: Scene, format: ImageFormat, transparent = false): Promise<Buffer> {
    await this.load(scene.html, scene.width, scene.height);
    return this.page.screenshot({ ...format, omitBackground: transparent, animations: 'disabled', caret: 'hide' });
  }

  /** `html` must size its page with `@page`; the text stays text, so the PDF has a text layer. */
  async pdf(html: string, widthMm: number, heightMm: number): Promise<Buffer> {
    await this.load(html, Math.ceil((widthMm / 25.4) * 96), Math.ceil((heightMm / 25.4) * 96));
    const pdf = await this.page.pdf({
      width: `${widthMm}mm`,
      height: `${heightMm}mm`,
      printBackground: true,
      margin: { top: '0', right: '0', bottom: '0', left: '0' },
    });
    return postProcessPdf(pdf);
  }

  /** An SVG as a transparent PNG data URL, `scale` × its own size. */
  async svgToPng(svg: string, width: number, height: number, scale: number): Promise<string> {
    const w = Math.round(width * scale);
    const h = Math.round(height * scale);
    const html = `<!doctype html><html><body style="margin:0;background:transparent">
      <div style="width:${w}px;height:${h}px">${svg.replace('<svg ', `<svg style="width:${w}px;height:${h}px" `)}</div></body></html>`;
    const png = await this.raster({ html, width: w, height: h }, { type: 'png' }, true);
    return `data:image/png;base64,${png.toString('base64')}`;
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
