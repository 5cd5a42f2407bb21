/**
 * Deterministic synthetic invoice corpus with ground truth (see README.md).
 *   npx tsx tests/corpus/generate.ts --out test-output/corpus   full benchmark corpus
 *   npx tsx tests/corpus/generate.ts --fixtures                 small committed subset in tests/fixtures/generated
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng } from '../../utils/invoice/test-prng';
import { buildInvoice, makeBuyers, type Invoice } from './invoice';
import { paperLook } from './layouts/index';
import { FIXTURE_PLAN, FULL_PLAN, type Plan } from './plan';
import { qrDataUrl } from './qr-payload';
import { Renderer } from './render';
import { bureauSealSvg, sellerSealSvg } from './seals';
import { makeSheets } from './sheets/index';
import type { Category, Truth } from './truth';
import { type InvoiceArt, makeVariant } from './variants';
import { printReport, verifyCorpus } from './verify';

const CATEGORIES: readonly Category[] = ['pdf-text', 'pdf-scan', 'image-qr', 'ocr-a4-300', 'photo-lowres'];
const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/generated', import.meta.url));

function parseArgs(argv: readonly string[]): { out: string; plan: Plan; label: string } {
  const fixtures = argv.includes('--fixtures');
  const outIndex = argv.indexOf('--out');
  const out = outIndex >= 0 ? argv[outIndex + 1] : undefined;
  if (fixtures === (out !== undefined)) {
    console.error('usage: npx tsx tests/corpus/generate.ts (--out <folder> | --fixtures)');
    process.exit(2);
  }
  return fixtures
    ? { out: FIXTURES_DIR, plan: FIXTURE_PLAN, label: '--fixtures' }
    : { out: out ?? '', plan: FULL_PLAN, label: '--out' };
}

/** Seals are drawn once per bureau and per seller, rasterised (see seals.ts). */
async function makeArt(r: Renderer, inv: Invoice, seed: number, cache: Map<string, string>): Promise<InvoiceArt> {
  const bureau = inv.seller.region.bureau;
  let bureauSeal = cache.get(bureau);
  if (!bureauSeal) {
    bureauSeal = await r.svgToPng(bureauSealSvg(bureau), 300, 200, 1.5);
    cache.set(bureau, bureauSeal);
  }
  // 数电 invoices carry no seal; paper ones are stamped by hand (uneven ink), legacy e-invoices crisply.
  const ink = inv.layout === 'paper' ? seed % 1000 : undefined;
  const sellerSeal =
    inv.layout === 'shudian'
      ? undefined
      : await r.svgToPng(sellerSealSvg(inv.seller.name, inv.seller.taxId, ink), 400, 300, 1.25);
  const qr = inv.qr ? await qrDataUrl(inv.qr) : undefined;
  return {
    withQr: { qr, bureauSeal, sellerSeal },
    withoutQr: { bureauSeal, sellerSeal },
    look: paperLook(prng(seed ^ 0x9e3779b9)),
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  const { out, plan, label } = parseArgs(process.argv.slice(2));
  const dir = resolve(out);
  // Only our own outputs are removed, never the folder itself (it may be anything the user passed).
  for (const sub of [...CATEGORIES, 'sheets']) rmSync(join(dir, sub), { recursive: true, force: true });
  rmSync(join(dir, 'truth.json'), { force: true });

  const { ours, others } = makeBuyers(plan.seed);
  const truth: Truth = { generatedBy: `tests/corpus/generate.ts ${label}`, seed: plan.seed, files: [], sheets: [] };
  const invoices: Invoice[] = [];
  const perType = new Map<string, number>();
  const seals = new Map<string, string>();
  const renderer = await Renderer.start();
  try {
    for (const [i, planned] of plan.invoices.entries()) {
      const seed = plan.seed + 7919 * (i + 1);
      const buyer = planned.otherBuyer ? (others[i % others.length] ?? ours) : ours;
      const inv = buildInvoice(planned.type, seed, buyer);
      invoices.push(inv);
      const n = (perType.get(planned.type) ?? 0) + 1;
      perType.set(planned.type, n);
      const art = await makeArt(renderer, inv, seed, seals);
      for (const v of planned.variants) {
        const made = await makeVariant(renderer, inv, `${planned.type}-${n}`, v, art, plan.small, plan.seed);
        const path = join(dir, made.truth.file);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, made.data);
        truth.files.push(made.truth);
      }
    }
  } finally {
    await renderer.close();
  }
  for (const sheet of await makeSheets(plan.seed, invoices, ours, plan.small)) {
    const path = join(dir, sheet.truth.file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, sheet.data);
    truth.sheets.push(sheet.truth);
  }
  writeFileSync(join(dir, 'truth.json'), `${JSON.stringify(truth, null, 2)}\n`);
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`wrote ${truth.files.length} invoice files and ${truth.sheets.length} sheets to ${dir} in ${seconds} s`);
  if (!printReport(await verifyCorpus(dir))) process.exit(1);
}

await main();
