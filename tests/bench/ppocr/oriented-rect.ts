/**
 * Text boxes turned by the page's skew, and the sampling frames that read them upright.
 */
import type { Rect } from './types';

/** A w × h rectangle centred on (cx, cy), turned by `angle` radians (clockwise on screen, since y points down). */
export interface OrientedRect {
  cx: number;
  cy: number;
  w: number;
  h: number;
  angle: number;
}

/**
 * A sampling grid over an image: the point where the output's top-left corner lies, and the full vectors along
 * which its width (u) and height (v) run.
 */
export interface Frame {
  x: number;
  y: number;
  ux: number;
  uy: number;
  vx: number;
  vy: number;
}

/** The frame covering an axis-aligned rectangle. */
export function rectFrame(r: Rect): Frame {
  return { x: r.x, y: r.y, ux: r.w, uy: 0, vx: 0, vy: r.h };
}

/**
 * The frame reading `r` along its length, or, with `turn`, turned 90° counter-clockwise as PaddleOCR's np.rot90
 * turns tall crops: the output then starts at the top-right corner and runs down the right edge.
 */
export function cropFrame(r: OrientedRect, turn: boolean): Frame {
  const c = Math.cos(r.angle);
  const s = Math.sin(r.angle);
  const left = r.cx - (r.w / 2) * c + (r.h / 2) * s;
  const top = r.cy - (r.w / 2) * s - (r.h / 2) * c;
  if (!turn) return { x: left, y: top, ux: r.w * c, uy: r.w * s, vx: -r.h * s, vy: r.h * c };
  return { x: left + r.w * c, y: top + r.w * s, ux: -r.h * s, uy: r.h * c, vx: -r.w * c, vy: -r.w * s };
}

/**
 * `r` in image coordinates when the map it was found in was scaled by sx, sy. Unequal factors would shear it; they
 * differ by a few per cent at most (rounding to multiples of 32), so the images of its axes are taken as its new sides.
 */
export function scaleOriented(r: OrientedRect, sx: number, sy: number): OrientedRect {
  const c = Math.cos(r.angle);
  const s = Math.sin(r.angle);
  return {
    cx: r.cx * sx,
    cy: r.cy * sy,
    w: r.w * Math.hypot(c * sx, s * sy),
    h: r.h * Math.hypot(s * sx, c * sy),
    angle: Math.atan2(s * sy, c * sx),
  };
}

/** Smallest axis-aligned rectangle holding `r`, within an image of the given size, in whole pixels. */
export function bounds(r: OrientedRect, width: number, height: number): Rect {
  const halfW = (Math.abs(r.w * Math.cos(r.angle)) + Math.abs(r.h * Math.sin(r.angle))) / 2;
  const halfH = (Math.abs(r.w * Math.sin(r.angle)) + Math.abs(r.h * Math.cos(r.angle))) / 2;
  const x0 = Math.max(0, Math.round(r.cx - halfW));
  const y0 = Math.max(0, Math.round(r.cy - halfH));
  const x1 = Math.min(width, Math.round(r.cx + halfW));
  const y1 = Math.min(height, Math.round(r.cy + halfH));
  return { x: x0, y: y0, w: Math.max(0, x1 - x0), h: Math.max(0, y1 - y0) };
}

/** `r` as it lies once the page is turned back by its angle: where reading order is decided. */
export function unskewed(r: OrientedRect): Rect {
  const c = Math.cos(r.angle);
  const s = Math.sin(r.angle);
  const cx = r.cx * c + r.cy * s;
  const cy = -r.cx * s + r.cy * c;
  return { x: cx - r.w / 2, y: cy - r.h / 2, w: r.w, h: r.h };
}
