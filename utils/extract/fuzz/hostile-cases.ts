import { unzipSync, zipSync } from 'fflate';
import { craftPdf, craftXlsx, deflateBomb, jpegHeader, onePagePdf, pdfStream, rawZip, whitePng, zlibBomb, zlibOf } from './hostile-files';
import { below, seededRandom } from './mutate';

const text = (s: string) => new TextEncoder().encode(s);
const GB = 1024 ** 3;

export interface HostileCase {
  label: string;
  /** The file name the user dropped; it only tells CSV from other text. */
  name: string;
  bytes: () => Uint8Array;
  /** Problem codes the first problem may have, or `read` when the file must be read (drafts, a mapping or an export). */
  expect: readonly string[];
  /** For a file that is read: text its outcome must (or must not) hold. */
  holds?: string;
  lacks?: string;
}

/** A well-formed sample each hostile archive is grafted onto, so "read" cases prove the invoice still reads. */
export interface Seeds {
  ofd: Uint8Array;
  pdf: Uint8Array;
}

const OFD_ROOT =
  '<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.1"><ofd:DocBody><ofd:DocInfo><ofd:DocID>x</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>';
const BILLION_LAUGHS = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]>`;
const XXE = '<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
const PARAMETER_XXE = '<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY % ext SYSTEM "file:///etc/passwd"> %ext;]>';

/** Every entry of a seed archive, with `change` applied to their names and `add` appended. */
function regraft(zip: Uint8Array, change: (name: string) => string, add: Record<string, Uint8Array> = {}): Uint8Array {
  const entries = Object.entries(unzipSync(zip)).map(([name, data]) => [change(name), data] as const);
  return zipSync({ ...Object.fromEntries(entries), ...add });
}

const row = (r: number, cells: readonly string[]) =>
  `<row r="${r}">${cells.map((v, i) => `<c r="${String.fromCharCode(65 + i)}${r}" t="inlineStr"><is><t>${v}</t></is></c>`).join('')}</row>`;
const INVOICE_ROW = ['24112000000048542163', '2024-05-28', '4449.00'];
const HEADER_ROW = ['发票号码', '开票日期', '价税合计'];

export function hostileCases(seeds: Seeds): HostileCase[] {
  return [
    // Zip bombs: a deflate stream that expands to gigabytes, declared honestly or hidden behind a small declared size.
    {
      label: 'zip bomb: OFD.xml inflating to 3.9 GB, declared',
      name: 'bomb.ofd',
      bytes: () => rawZip([{ name: 'OFD.xml', data: deflateBomb(3.9 * GB), method: 8, declaredSize: Math.floor(3.9 * GB) }]),
      expect: ['zip-bomb'],
    },
    {
      label: 'zip bomb: 1 GB stream declared as 1 kB',
      name: 'liar.ofd',
      bytes: () => rawZip([{ name: 'OFD.xml', data: deflateBomb(GB, 0x20), method: 8, declaredSize: 1024 }]),
      expect: ['ofd-invalid', 'xml-invalid', 'zip-corrupt'],
    },
    {
      label: 'zip bomb: xlsx sheet inflating to 2 GB, declared',
      name: 'bomb.xlsx',
      bytes: () => rawZip([{ name: 'xl/workbook.xml', data: text('<workbook/>') }, { name: 'xl/worksheets/sheet1.xml', data: deflateBomb(2 * GB), method: 8, declaredSize: 2 * GB }]),
      expect: ['zip-bomb'],
    },
    {
      label: 'zip bomb: xlsx sheet of 1 GB declared as 4 kB',
      name: 'liar.xlsx',
      bytes: () => {
        const parts = unzipSync(craftXlsx(row(1, HEADER_ROW)));
        return rawZip([
          ...Object.entries(parts).filter(([n]) => n !== 'xl/worksheets/sheet1.xml').map(([name, data]) => ({ name, data })),
          { name: 'xl/worksheets/sheet1.xml', data: deflateBomb(GB, 0x20), method: 8, declaredSize: 4096 },
        ]);
      },
      expect: ['xlsx-invalid', 'sheet-empty', 'zip-corrupt'],
    },
    {
      label: 'nested zip: an OFD carrying a zip bomb as an attachment',
      name: 'nested.ofd',
      bytes: () => regraft(seeds.ofd, (n) => n, { 'Doc_0/Attachs/inner.zip': rawZip([{ name: 'OFD.xml', data: deflateBomb(GB), method: 8, declaredSize: GB }]) }),
      expect: ['read'],
    },
    {
      label: 'nested zip: OFD.xml that is itself a zip',
      name: 'nested2.ofd',
      bytes: () => zipSync({ 'OFD.xml': seeds.ofd }),
      expect: ['xml-invalid', 'ofd-invalid'],
    },
    { label: 'zip: more entries than the limit', name: 'many.ofd', bytes: () => rawZip(Array.from({ length: 2001 }, (_, i) => ({ name: i ? `f${i}` : 'OFD.xml', data: new Uint8Array(1) }))), expect: ['zip-too-many-entries'] },
    { label: 'zip: an encrypted entry', name: 'enc.ofd', bytes: () => rawZip([{ name: 'OFD.xml', data: text(OFD_ROOT), flags: 1 }]), expect: ['encrypted'] },
    {
      label: 'zip: a ZIP64 entry count',
      name: 'z64.ofd',
      bytes: () => {
        const zip = rawZip([{ name: 'OFD.xml', data: text(OFD_ROOT) }]);
        new DataView(zip.buffer).setUint16(zip.length - 22 + 10, 0xffff, true);
        return zip;
      },
      expect: ['zip64-unsupported'],
    },

    // Path traversal: names never reach a file system, and the invoice beside them still reads.
    {
      label: 'zip names: ../../x, absolute, backslashes, drive letters, 60,000 characters',
      name: 'traversal.ofd',
      bytes: () =>
        regraft(seeds.ofd, (n) => n, {
          '../../x.xml': text('<x/>'),
          '/etc/passwd': text('root'),
          '..\\..\\windows\\x.xml': text('<x/>'),
          'C:\\x.xml': text('<x/>'),
          [`${'a/'.repeat(30_000)}x.xml`]: text('<x/>'),
        }),
      expect: ['read'],
    },
    { label: 'zip names: every entry absolute (/OFD.xml)', name: 'absolute.ofd', bytes: () => regraft(seeds.ofd, (n) => `/${n}`), expect: ['read'] },
    { label: 'zip names: backslash separators', name: 'backslash.ofd', bytes: () => regraft(seeds.ofd, (n) => n.replaceAll('/', '\\')), expect: ['read', 'no-invoice-found'] },
    { label: 'zip names: OFD.xml only as ../OFD.xml', name: 'up.ofd', bytes: () => zipSync({ '../OFD.xml': text(OFD_ROOT) }), expect: ['unsupported-format'] },
    {
      label: 'OFD DocRoot pointing out of the package',
      name: 'docroot.ofd',
      bytes: () => zipSync({ 'OFD.xml': text(OFD_ROOT.replace('Doc_0/Document.xml', '../../../etc/Document.xml')) }),
      expect: ['no-invoice-found'],
    },

    // XML entity expansion and external entities: refused before any parser sees them.
    { label: 'XML: billion laughs', name: 'lol.xml', bytes: () => text(`${BILLION_LAUGHS}<EInvoice>&lol9;</EInvoice>`), expect: ['xml-doctype'] },
    { label: 'XML: external entity file:///etc/passwd', name: 'xxe.xml', bytes: () => text(`${XXE}<EInvoice>&xxe;</EInvoice>`), expect: ['xml-doctype'] },
    { label: 'XML: external parameter entity', name: 'pxxe.xml', bytes: () => text(`${PARAMETER_XXE}<EInvoice/>`), expect: ['xml-doctype'] },
    { label: 'XML: lower-case doctype with a UTF-8 BOM', name: 'bom.xml', bytes: () => text(`\ufeff<!doctype a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>`), expect: ['xml-doctype'] },
    { label: 'OFD: billion laughs in OFD.xml', name: 'lol.ofd', bytes: () => zipSync({ 'OFD.xml': text(`${BILLION_LAUGHS}<ofd:OFD>&lol9;</ofd:OFD>`) }), expect: ['xml-doctype'] },
    { label: 'OFD: external entity in a page', name: 'xxe.ofd', bytes: () => regraft(seeds.ofd, (n) => n, { 'Doc_0/Pages/Page_9/Content.xml': text(`${XXE}<Page>&xxe;</Page>`) }), expect: ['xml-doctype'] },
    {
      label: 'XLSX: billion laughs in a sheet is never expanded',
      name: 'lol.xlsx',
      bytes: () => craftXlsx(`${row(1, HEADER_ROW)}${row(2, ['&lol9;', ...INVOICE_ROW.slice(1)])}`, { prolog: BILLION_LAUGHS.replace('<?xml version="1.0"?>', '') }),
      expect: ['read', 'xlsx-invalid', 'sheet-rows-no-number'],
      lacks: 'lollol',
    },
    {
      label: 'XLSX: external entity in shared strings is never resolved',
      name: 'xxe.xlsx',
      bytes: () =>
        craftXlsx(`${row(1, HEADER_ROW)}<row r="2"><c r="A2" t="s"><v>0</v></c></row>`, {
          extra: { 'xl/sharedStrings.xml': `${XXE}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&xxe;</t></si></sst>` },
        }),
      expect: ['read', 'xlsx-invalid', 'sheet-rows-no-number', 'sheet-empty', 'no-invoice-found'],
      lacks: 'root:',
    },
    { label: 'XML: nested 3,000 deep', name: 'deep.xml', bytes: () => text(`${'<a>'.repeat(3000)}${'</a>'.repeat(3000)}`), expect: ['xml-not-invoice', 'xml-invalid', 'xml-too-deep'] },
    { label: 'XML: nested 200,000 deep', name: 'deeper.xml', bytes: () => text(`${'<a>'.repeat(200_000)}${'</a>'.repeat(200_000)}`), expect: ['xml-invalid', 'xml-too-deep'] },
    {
      label: 'OFD: a page nested 100,000 deep',
      name: 'deep.ofd',
      bytes: () => regraft(seeds.ofd, (n) => n, { 'Doc_0/Pages/Page_9/Content.xml': text(`${'<L>'.repeat(100_000)}${'</L>'.repeat(100_000)}`) }),
      expect: ['read', 'xml-invalid', 'xml-too-deep', 'zip-bomb'],
    },

    // Images whose header claims absurd dimensions: refused before anything decodes them.
    { label: 'PNG header claiming 100000×100000', name: 'huge.png', bytes: () => whitePng(100_000, 100_000, false), expect: ['image-too-large'] },
    { label: 'PNG header claiming 12000×12000 (side allowed, pixels not)', name: 'square.png', bytes: () => whitePng(12_000, 12_000, false), expect: ['image-too-large'] },
    { label: 'PNG header claiming 0×0', name: 'zero.png', bytes: () => whitePng(0, 0, false), expect: ['image-corrupt'] },
    { label: 'JPEG header claiming 65535×65535', name: 'huge.jpg', bytes: () => jpegHeader(65_535, 65_535), expect: ['image-too-large'] },
    { label: 'JPEG header claiming 100000 (wraps to 34464)×2', name: 'wide.jpg', bytes: () => jpegHeader(100_000 & 0xffff, 2), expect: ['image-too-large'] },
    { label: 'JPEG header with a valid size but no image data', name: 'empty.jpg', bytes: () => jpegHeader(800, 600), expect: ['image-corrupt'] },
    { label: 'PNG of 7000×7000 white pixels in a few kB (decoded, within the limit)', name: 'white.png', bytes: () => whitePng(7000, 7000), expect: ['no-invoice-found'] },

    // PDFs: page counts, page trees, sizes, images and streams built to exhaust the reader.
    {
      label: 'PDF: page count of a billion',
      name: 'count.pdf',
      bytes: () => craftPdf([['<< /Type /Catalog /Pages 2 0 R >>'], ['<< /Type /Pages /Kids [3 0 R] /Count 1000000000 >>'], ['<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>'], pdfStream('', 'q Q')]),
      expect: ['no-invoice-found', 'pdf-corrupt'],
    },
    {
      label: 'PDF: 5,000 pages (one page listed 5,000 times)',
      name: 'pages.pdf',
      bytes: () =>
        craftPdf([['<< /Type /Catalog /Pages 2 0 R >>'], [`<< /Type /Pages /Kids [${'3 0 R '.repeat(5000)}] /Count 5000 >>`], ['<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] /Contents 4 0 R >>'], pdfStream('', 'q Q')]),
      expect: ['no-invoice-found'],
    },
    {
      label: 'PDF: a page tree that contains itself',
      name: 'cycle.pdf',
      bytes: () => craftPdf([['<< /Type /Catalog /Pages 2 0 R >>'], ['<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>'], ['<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] /Contents 4 0 R >>'], pdfStream('', 'q Q')]),
      expect: ['pdf-corrupt'],
    },
    {
      label: 'PDF: broken xref (every offset zeroed, startxref wrong)',
      name: 'xref.pdf',
      bytes: () => {
        const latin = new TextDecoder('latin1').decode(seeds.pdf);
        const broken = latin.replace(/\d{10} (\d{5}) n/g, '0000000000 $1 n').replace(/startxref\s+\d+/g, 'startxref\n999999999');
        return Uint8Array.from(broken, (c) => c.charCodeAt(0));
      },
      expect: ['read'],
    },
    {
      label: 'PDF: a page 100,000,000 points tall',
      name: 'tall.pdf',
      bytes: () => onePagePdf('/MediaBox [0 0 1 100000000]', pdfStream('', 'q Q')),
      expect: ['no-invoice-found', 'pdf-corrupt'],
    },
    {
      label: 'PDF: a page with a zero and a negative size',
      name: 'flat.pdf',
      bytes: () => onePagePdf('/MediaBox [0 0 0 -5]', pdfStream('', 'q Q')),
      expect: ['no-invoice-found', 'pdf-corrupt'],
    },
    {
      label: 'PDF: an image declaring 20000×20000 pixels',
      name: 'image.pdf',
      bytes: () =>
        onePagePdf('/MediaBox [0 0 595 842] /Resources << /XObject << /Im 5 0 R >> >>', pdfStream('', 'q 595 0 0 842 0 0 cm /Im Do Q'), [
          pdfStream('/Type /XObject /Subtype /Image /Width 20000 /Height 20000 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode', zlibOf(new Uint8Array(1000))),
        ]),
      expect: ['no-invoice-found'],
    },
    {
      label: 'PDF: a JPEG image whose own header claims 65535×65535',
      name: 'jpeg.pdf',
      bytes: () =>
        onePagePdf('/MediaBox [0 0 595 842] /Resources << /XObject << /Im 5 0 R >> >>', pdfStream('', 'q 595 0 0 842 0 0 cm /Im Do Q'), [
          pdfStream('/Type /XObject /Subtype /Image /Width 100 /Height 100 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode', jpegHeader(65_535, 65_535)),
        ]),
      expect: ['no-invoice-found'],
    },
    {
      label: 'PDF: a content stream inflating to 1 GB',
      name: 'flate.pdf',
      bytes: () => onePagePdf('/MediaBox [0 0 595 842]', pdfStream('/Filter /FlateDecode', zlibBomb(GB, 0x20))),
      expect: ['pdf-bomb'],
    },
    {
      label: 'PDF: a content stream deflated twice, inflating to 4 GB',
      name: 'flate2.pdf',
      bytes: () => onePagePdf('/MediaBox [0 0 595 842]', pdfStream('/Filter [/FlateDecode /FlateDecode]', zlibOf(zlibBomb(4 * GB, 0x20)))),
      expect: ['pdf-bomb'],
    },
    {
      label: 'PDF: a font inflating to 1 GB',
      name: 'font.pdf',
      bytes: () =>
        onePagePdf('/MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >>', pdfStream('', 'BT /F1 12 Tf 72 712 Td (Hello) Tj ET'), [
          ['<< /Type /Font /Subtype /TrueType /BaseFont /X /FirstChar 32 /LastChar 126 /Widths [] /FontDescriptor 6 0 R >>'],
          ['<< /Type /FontDescriptor /FontName /X /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 7 0 R >>'],
          pdfStream('/Filter /FlateDecode', zlibBomb(GB)),
        ]),
      expect: ['pdf-bomb'],
    },
    {
      label: 'PDF: a run-length stream expanding 64-fold',
      name: 'rle.pdf',
      bytes: () => onePagePdf('/MediaBox [0 0 595 842]', pdfStream('/Filter /RunLengthDecode', new Uint8Array(2 * 4_000_000).map((_, i) => (i % 2 ? 0x20 : 0x81)))),
      expect: ['pdf-bomb'],
    },

    // Sheets: formulas are text, never evaluated; sizes beyond a sheet's limits are refused.
    {
      label: 'XLSX: formula cells (=HYPERLINK, =cmd|...) are read as their stored text',
      name: 'formula.xlsx',
      bytes: () =>
        craftXlsx(
          `${row(1, [...HEADER_ROW, '购买方名称'])}<row r="2">${INVOICE_ROW.map((v, i) => `<c r="${String.fromCharCode(65 + i)}2" t="inlineStr"><is><t>${v}</t></is></c>`).join('')}<c r="D2" t="str"><f>HYPERLINK("http://evil.example/","x")</f><v>=cmd|' /C calc'!A0</v></c></row>`,
        ),
      expect: ['read'],
      // The buyer's name as the cell stored it (names are compared without spaces).
      holds: '"value":"=cmd|',
    },
    {
      label: 'CSV: formula cells are kept as text',
      name: 'formula.csv',
      bytes: () => text(`发票号码,开票日期,价税合计,购买方名称\n${INVOICE_ROW.join(',')},"=HYPERLINK(""http://evil.example/"",""x"")"\n24112000000048542164,2024-05-28,1.00,=cmd|' /C calc'!A0\n`),
      expect: ['read'],
      holds: '=HYPERLINK(\\"http://evil.example/\\"',
    },
    { label: 'CSV: 1,000,000 columns', name: 'wide.csv', bytes: () => text(`${new Array(1_000_000).fill('1').join(',')}\n`), expect: ['sheet-too-many-columns'] },
    { label: 'CSV: 1,000,000 tab-separated columns', name: 'wide.tsv', bytes: () => text(`${new Array(1_000_000).fill('1').join('\t')}\n`), expect: ['sheet-too-many-columns'] },
    { label: 'CSV: 1,000,000 rows', name: 'tall.csv', bytes: () => text(`发票号码,价税合计\n${'24112000000048542163,1.00\n'.repeat(1_000_000)}`), expect: ['sheet-too-many-rows', 'file-too-large'] },
    { label: 'CSV: one quoted cell of 19 MB, never closed', name: 'cell.csv', bytes: () => text(`"${'x'.repeat(19_000_000)}`), expect: ['sheet-cell-too-long'] },
    { label: 'CSV: 10 MB of one unquoted cell per row', name: 'cells.csv', bytes: () => text(`发票号码,备注\n1,${'y'.repeat(10_000_000)}\n`), expect: ['sheet-cell-too-long'] },
    {
      label: 'XLSX: a cell far out at XFD1048576',
      name: 'far.xlsx',
      bytes: () => craftXlsx(`${row(1, HEADER_ROW)}<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>`),
      expect: ['sheet-too-many-rows', 'sheet-too-many-columns'],
    },
    {
      label: 'XLSX: 20,000 rows each with one cell in column XFD',
      name: 'sparse.xlsx',
      bytes: () => craftXlsx(Array.from({ length: 20_000 }, (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`).join('')),
      expect: ['sheet-too-many-columns'],
    },
    {
      label: 'XLSX: a dimension claiming A1:XFD1048576',
      name: 'dimension.xlsx',
      bytes: () => craftXlsx(`${row(1, HEADER_ROW)}${row(2, INVOICE_ROW)}`, { head: '<dimension ref="A1:XFD1048576"/>' }),
      expect: ['read'],
    },
    {
      label: 'XLSX: a cell of 1 million characters',
      name: 'longcell.xlsx',
      // Random letters: a run of one letter would compress past the zip ratio limit and be refused as a bomb first.
      bytes: () => {
        const random = seededRandom(1);
        const long = Array.from({ length: 1_000_000 }, () => String.fromCharCode(97 + below(random, 26))).join('');
        return craftXlsx(`${row(1, HEADER_ROW)}${row(2, [...INVOICE_ROW.slice(0, 2), long])}`);
      },
      expect: ['sheet-cell-too-long'],
    },
  ];
}

