/**
 * Oval stamps as SVG: the seller's 发票专用章 and the tax bureau's 监制章. They are rasterised before use (see render.ts)
 * because real invoices carry them as pictures: their text must not end up in a PDF's text layer.
 */

const RED = '#d8261f';
const FONT = "'Noto Serif CJK SC', serif";

interface Arc {
  path: string;
  length: number;
}

/** Upper arc of an ellipse from 200° to -20°, clockwise on screen, so text along it reads left to right upright. */
function upperArc(cx: number, cy: number, rx: number, ry: number): Arc {
  const at = (deg: number) => {
    const t = (deg * Math.PI) / 180;
    return [cx + rx * Math.cos(t), cy - ry * Math.sin(t)] as const;
  };
  const [x1, y1] = at(200);
  const [x2, y2] = at(-20);
  let length = 0;
  let prev = at(200);
  for (let d = 199; d >= -20; d--) {
    const p = at(d);
    length += Math.hypot(p[0] - prev[0], p[1] - prev[1]);
    prev = p;
  }
  return { path: `M ${x1.toFixed(1)} ${y1.toFixed(1)} A ${rx} ${ry} 0 1 1 ${x2.toFixed(1)} ${y2.toFixed(1)}`, length };
}

function arcText(arc: Arc, text: string, maxSize: number, fill = 0.94): string {
  const size = Math.min(maxSize, (arc.length * fill) / text.length);
  return `<path id="arc" d="${arc.path}" fill="none"/>
  <text font-family="${FONT}" font-weight="700" font-size="${size.toFixed(1)}" fill="${RED}">
    <textPath href="#arc" startOffset="50%" text-anchor="middle" textLength="${(arc.length * fill).toFixed(1)}" lengthAdjust="spacing">${text}</textPath>
  </text>`;
}

/**
 * 发票专用章 (40 × 30 mm): company name on the upper arc, tax ID across the middle. `inkSeed` set = a hand-stamped
 * look (uneven ink from seeded turbulence) for paper invoices; unset = the crisp electronic signature picture.
 */
export function sellerSealSvg(name: string, taxId: string, inkSeed?: number): string {
  const ink =
    inkSeed === undefined
      ? ''
      : `<filter id="ink"><feTurbulence type="fractalNoise" baseFrequency="0.09" numOctaves="2" seed="${inkSeed}"/>
    <feColorMatrix type="matrix" values="0 0 0 0 0  0 0 0 0 0  0 0 0 0 0  0 0 0 -2.4 2.1"/>
    <feComposite in="SourceGraphic" operator="in"/></filter>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" viewBox="0 0 400 300">
  <defs>${ink}</defs>
  <g ${inkSeed === undefined ? '' : 'filter="url(#ink)"'}>
  <ellipse cx="200" cy="150" rx="192" ry="142" fill="none" stroke="${RED}" stroke-width="9"/>
  ${arcText(upperArc(200, 150, 140, 96), name, 38, 0.9)}
  <text x="200" y="166" text-anchor="middle" font-family="'Noto Sans CJK SC', sans-serif" font-size="27" font-weight="700" fill="${RED}" textLength="250" lengthAdjust="spacingAndGlyphs">${taxId}</text>
  <text x="200" y="238" text-anchor="middle" font-family="${FONT}" font-weight="700" font-size="36" fill="${RED}">发票专用章</text>
  </g>
</svg>`;
}

/** 全国统一发票监制章 (about 30 × 20 mm) printed over the title: the supervising bureau in two lines. */
export function bureauSealSvg(bureau: string): string {
  const head = '国家税务总局';
  const rest = bureau.startsWith(head) ? bureau.slice(head.length) : bureau;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200" viewBox="0 0 300 200">
  <ellipse cx="150" cy="100" rx="144" ry="94" fill="none" stroke="${RED}" stroke-width="5"/>
  ${arcText(upperArc(150, 100, 118, 70), '全国统一发票监制章', 30, 0.8)}
  <text x="150" y="118" text-anchor="middle" font-family="${FONT}" font-weight="700" font-size="26" fill="${RED}">${head}</text>
  <text x="150" y="156" text-anchor="middle" font-family="${FONT}" font-weight="700" font-size="24" fill="${RED}">${rest}</text>
</svg>`;
}
