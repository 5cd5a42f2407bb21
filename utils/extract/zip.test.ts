import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { problemCodeOf } from './test-problem-code';
import { LIMITS } from './limits';
import { readZip, scanZip } from './zip';


/** Rewrites a field of every local and central header, as a crafted archive would. */
function patchHeaders(zip: Uint8Array, patch: (view: DataView, at: number, central: boolean) => void): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) patch(view, i, false);
    if (sig === 0x02014b50) patch(view, i, true);
  }
  return out;
}

describe('scanZip', () => {
  it('lists entries with their declared sizes', () => {
    const zip = zipSync({ 'OFD.xml': new TextEncoder().encode('<a/>'), 'Doc_0/x.xml': new Uint8Array(10) });
    expect(scanZip(zip).map((e) => [e.name, e.size])).toEqual([['OFD.xml', 4], ['Doc_0/x.xml', 10]]);
  });

  it('refuses an archive that expands far beyond its size (a zip bomb)', () => {
    const bomb = zipSync({ 'zeros.xml': new Uint8Array(60 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(200_000);
    expect(problemCodeOf(() => scanZip(bomb))).toBe('zip-bomb');
  });

  it('refuses more entries than the limit', () => {
    const many = Object.fromEntries(Array.from({ length: LIMITS.zipEntries + 1 }, (_, i) => [`f${i}`, new Uint8Array(1)]));
    expect(problemCodeOf(() => scanZip(zipSync(many)))).toBe('zip-too-many-entries');
  });

  it('refuses encrypted entries', () => {
    const zip = patchHeaders(zipSync({ 'a.xml': new Uint8Array(5) }), (view, at, central) => {
      const flags = at + (central ? 8 : 6);
      view.setUint16(flags, view.getUint16(flags, true) | 1, true);
    });
    expect(problemCodeOf(() => scanZip(zip))).toBe('encrypted');
  });

  it.each([
    ['no end record', new Uint8Array(100)],
    ['truncated', zipSync({ 'a.xml': new Uint8Array(1000).fill(65) }).subarray(0, 40)],
  ])('calls a damaged archive corrupt (%s)', (_label, bytes) => {
    expect(problemCodeOf(() => scanZip(bytes))).toBe('zip-corrupt');
  });
});

describe('readZip', () => {
  it('unpacks only the entries asked for', () => {
    const zip = zipSync({ 'OFD.xml': new TextEncoder().encode('<ofd/>'), 'Doc_0/Res/big.png': new Uint8Array(1000) });
    const entries = readZip(zip, (name) => name.endsWith('.xml'));
    expect([...entries.keys()]).toEqual(['OFD.xml']);
    expect(new TextDecoder().decode(entries.get('OFD.xml'))).toBe('<ofd/>');
  });

  it('never inflates an entry past its declared size, whatever its data holds', () => {
    const lying = patchHeaders(zipSync({ 'a.xml': new Uint8Array(5_000_000) }), (view, at, central) => view.setUint32(at + (central ? 24 : 22), 100, true));
    expect(readZip(lying, () => true).get('a.xml')?.length).toBe(100);
  });
});
