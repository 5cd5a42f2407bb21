import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { nodePlatform } from '../../tests/support/node-platform';
import { extractFile } from './extract-file';
import { LIMITS } from './limits';

const platform = nodePlatform();
afterAll(() => platform.close());

const ctx = { platform, modifiedAt: Date.UTC(2026, 10, 30), taxpayerId: null };
const fixture = (path: string) => new Uint8Array(readFileSync(`tests/fixtures/${path}`));
const truth = JSON.parse(readFileSync('tests/fixtures/generated/truth.json', 'utf8')) as { files: Array<{ file: string; invoices: Array<Record<string, string>> }> };
const invoiceOf = (file: string) => truth.files.find((f) => f.file === file)!.invoices[0]!;
const values = async (path: string) => {
  const outcome = await extractFile(fixture(path), path, ctx);
  return Object.fromEntries(Object.entries(outcome.drafts[0]?.fields ?? {}).map(([k, v]) => [k, v.value]));
};

describe('extractFile', () => {
  it('reads a PDF’s text layer and confirms it with the QR drawn on the page', async () => {
    const inv = invoiceOf('pdf-text/e-special-1.pdf');
    const outcome = await extractFile(fixture('generated/pdf-text/e-special-1.pdf'), 'e-special-1.pdf', ctx);
    expect(outcome.kind).toBe('pdf');
    const { fields } = outcome.drafts[0]!;
    expect(fields.number).toMatchObject({ value: inv.number, source: 'qr', confirmed: true });
    expect(fields.total).toMatchObject({ value: inv.total, source: 'pdf-text' });
    expect(fields.sellerTaxId?.value).toBe(inv.sellerTaxId);
  });

  it('reads a picture by its QR code first and OCR for what the code lacks', async () => {
    const inv = invoiceOf('image-qr/shudian-normal-1-150dpi.png');
    expect(await values('generated/image-qr/shudian-normal-1-150dpi.png')).toMatchObject({
      number: inv.number, date: inv.date, total: inv.total, sellerTaxId: inv.sellerTaxId, buyerTaxId: inv.buyerTaxId,
    });
  }, 60_000);

  it.each([
    ['empty', new Uint8Array(0), 'file-empty'],
    ['not an invoice file', new TextEncoder().encode('hello'), 'unsupported-format'],
    ['a corrupt PDF', new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...new Uint8Array(500).fill(7)]), 'pdf-corrupt'],
    ['a zip bomb posing as OFD', zipSync({ 'OFD.xml': new Uint8Array(60 * 1024 * 1024) }, { level: 9 }), 'zip-bomb'],
    ['a PNG declaring a billion pixels', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x7f, 0xff, 0, 0, 0x7f, 0xff, 8, 2, 0, 0, 0]), 'image-too-large'],
    ['a TIFF scan', new Uint8Array([0x49, 0x49, 0x2a, 0x00, 0, 0, 0, 0]), 'image-tiff'],
  ])('gives %s its own problem and no draft', async (_label, bytes, code) => {
    const outcome = await extractFile(bytes, 'x', ctx);
    expect(outcome.drafts).toEqual([]);
    expect(outcome.problems[0]?.code).toBe(code);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const outcome = await extractFile(new Uint8Array(LIMITS.fileBytes + 1), 'big.pdf', ctx);
    expect(outcome.problems[0]?.code).toBe('file-too-large');
  });

  it('says a kind of invoice the product does not track is not supported', async () => {
    const outcome = await extractFile(fixture('samples/photo-motor-vehicle-invoice-unsupported.png'), 'car.png', ctx);
    expect(outcome.drafts).toEqual([]);
    expect(['unsupported-kind', 'no-invoice-found']).toContain(outcome.problems[0]?.code);
  }, 60_000);
});
