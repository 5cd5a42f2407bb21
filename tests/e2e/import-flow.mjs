// Steps for driving the dashboard's import, shared by the e2e tests and the demo.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const MIME = { pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg', xml: 'text/xml', csv: 'text/csv', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ofd: 'application/ofd' };

/** Drops files on the import zone as a user dragging them from the file manager would (a real drop event). */
export async function dropFiles(page, files) {
  const payload = files.map((f) => {
    const name = typeof f === 'string' ? basename(f) : f.name;
    const bytes = typeof f === 'string' ? readFileSync(f) : f.bytes;
    return { name, type: MIME[name.split('.').pop()] ?? '', base64: Buffer.from(bytes).toString('base64') };
  });
  await page.getByTestId('import-drop').evaluate((zone, items) => {
    const transfer = new DataTransfer();
    for (const item of items) {
      const bytes = Uint8Array.from(atob(item.base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], item.name, { type: item.type, lastModified: Date.now() }));
    }
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, payload);
}

/** Waits until every file of the import has settled (read, failed or stopped). */
export async function importSettled(page, timeout = 120_000) {
  await page.waitForFunction(
    () => {
      const files = [...document.querySelectorAll('[data-testid=import-file]')];
      return files.length > 0 && files.every((f) => ['done', 'failed', 'cancelled'].includes(f.getAttribute('data-state')));
    },
    null,
    { timeout },
  );
}

/** The review rows of one invoice, or its row from one file. */
export function reviewRow(page, key, fileName) {
  const inFile = fileName ? `[data-file="${fileName}"]` : '';
  return page.locator(`[data-testid=import-review-row][data-key="${key}"]${inFile}`);
}

/** The value shown for one field of a review row. */
export async function reviewValue(row, field) {
  return row.locator(`[data-testid=review-field][data-field=${field}] input`).inputValue();
}

export async function saveImport(page) {
  await page.getByTestId('import-save').click();
  await page.getByTestId('import-saved').waitFor();
}
