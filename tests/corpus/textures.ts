/**
 * Procedural textures painted by the page itself into `<canvas data-paint>` elements: wooden and laminate desks,
 * sensor noise, scanner dust. Seeded, so every render is identical. The painter is a plain JS string rather than a
 * serialised TS function because tsx wraps functions in name helpers that do not exist inside the page.
 */

export type Paint =
  | { kind: 'wood'; color: readonly [number, number, number]; planks: number }
  | { kind: 'laminate'; gray: number }
  | { kind: 'noise'; amp: number }
  | { kind: 'specks'; count: number };

/** A canvas of `w` × `h` texels, stretched by `style` (textures are painted at reduced size where it does not show). */
export function canvas(paint: Paint, w: number, h: number, seed: number, style: string): string {
  const opts = JSON.stringify(paint).replaceAll('"', '&quot;');
  return `<canvas data-paint="${opts}" data-seed="${seed >>> 0}" width="${Math.round(w)}" height="${Math.round(h)}" style="${style}"></canvas>`;
}

export const PAINT_SCRIPT = `<script>
(() => {
  const prng = (seed) => { let a = seed >>> 0; return () => { a = (a + 0x6d2b79f5) >>> 0; let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; };
  const painters = {
    wood(px, w, h, rnd, o) {
      const plank = Math.max(24, Math.round(h / o.planks));
      const boards = [];
      for (let p = 0; p <= h / plank + 1; p++) boards.push([rnd() * 100, 0.7 + rnd() * 0.6, rnd() * 0.16 - 0.08]);
      for (let y = 0; y < h; y++) {
        const b = boards[Math.floor(y / plank)];
        const seam = y % plank < 2;
        for (let x = 0; x < w; x++) {
          const g = Math.sin(y * 0.11 * b[1] + 4 * Math.sin(x * 0.004 + b[0]) + 0.7 * Math.sin(x * 0.029 + b[0] * 3));
          const f = seam ? 0.55 : 0.87 + 0.09 * g + b[2] + (rnd() - 0.5) * 0.07;
          const i = (y * w + x) * 4;
          px[i] = o.color[0] * f; px[i + 1] = o.color[1] * f; px[i + 2] = o.color[2] * f; px[i + 3] = 255;
        }
      }
    },
    laminate(px, w, h, rnd, o) {
      for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
        const v = o.gray * (0.94 + 0.04 * Math.sin(x * 0.01 + y * 0.004) + (rnd() - 0.5) * 0.1);
        const i = (y * w + x) * 4;
        px[i] = v; px[i + 1] = v * 0.99; px[i + 2] = v * 0.97; px[i + 3] = 255;
      }
    },
    noise(px, w, h, rnd, o) {
      for (let i = 0; i < w * h * 4; i += 4) {
        const v = 128 + (rnd() - 0.5) * 2 * o.amp;
        px[i] = v; px[i + 1] = v; px[i + 2] = v; px[i + 3] = 255;
      }
    },
    specks(px, w, h, rnd, o) {
      for (let n = 0; n < o.count; n++) {
        const x = Math.floor(rnd() * w), y = Math.floor(rnd() * h), r = 1 + Math.floor(rnd() * 2), a = 60 + rnd() * 120;
        for (let dy = -r; dy <= r; dy++) for (let dx = -r; dx <= r; dx++) {
          if (dx * dx + dy * dy > r * r || x + dx < 0 || y + dy < 0 || x + dx >= w || y + dy >= h) continue;
          const i = ((y + dy) * w + x + dx) * 4;
          px[i] = 40; px[i + 1] = 40; px[i + 2] = 40; px[i + 3] = a;
        }
      }
    },
  };
  for (const c of document.querySelectorAll('canvas[data-paint]')) {
    const o = JSON.parse(c.dataset.paint);
    const ctx = c.getContext('2d');
    const img = ctx.createImageData(c.width, c.height);
    painters[o.kind](img.data, c.width, c.height, prng(Number(c.dataset.seed)), o);
    ctx.putImageData(img, 0, 0);
  }
})();
</script>`;
