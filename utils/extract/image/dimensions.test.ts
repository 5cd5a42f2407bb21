import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jpegHeader, whitePng } from '../fuzz/hostile-files';
import { problemCodeOf } from '../test-problem-code';
import { checkImageSize } from './dimensions';

const jpeg = new Uint8Array(readFileSync('tests/fixtures/generated/photo-lowres/e-special-1-screenshot.jpg'));
const png = new Uint8Array(readFileSync('tests/fixtures/generated/image-qr/shudian-normal-1-150dpi.png'));
/** Where the sample JPEG's start-of-scan header ends, and the PNG's first IDAT chunk header: the pixel data starts there. */
const JPEG_DATA = 864;
const PNG_DATA = 41;

describe('checkImageSize', () => {
  it('reads the size of whole files', () => {
    expect(checkImageSize(jpeg, 'jpeg')).toEqual({ width: expect.any(Number), height: expect.any(Number) });
    expect(checkImageSize(png, 'png').width).toBeGreaterThan(0);
  });

  // A decoder given one of these has no pixels to read; @napi-rs/canvas (the tests' decoder) crashes on them.
  it.each([
    ['JPEG cut before its frame header', jpeg.subarray(0, 100), 'jpeg'],
    ['JPEG cut between its frame and its scan', jpeg.subarray(0, 700), 'jpeg'],
    ['JPEG cut inside its scan header', jpeg.subarray(0, JPEG_DATA - 1), 'jpeg'],
    ['JPEG with a frame and no scan at all', jpegHeader(800, 600), 'jpeg'],
    ['PNG cut before IHDR ends', png.subarray(0, 20), 'png'],
    ['PNG cut before its first IDAT', png.subarray(0, PNG_DATA - 1), 'png'],
    ['PNG whose first chunk is not IHDR', Uint8Array.from(png, (b, i) => (i === 12 ? 0x78 : b)), 'png'],
  ] as const)('calls a %s damaged', (_label, bytes, format) => {
    expect(problemCodeOf(() => checkImageSize(bytes, format))).toBe('image-corrupt');
  });

  it.each([
    ['JPEG', jpeg.subarray(0, JPEG_DATA), 'jpeg'],
    ['PNG', png.subarray(0, PNG_DATA), 'png'],
  ] as const)('lets a %s cut after its data starts through to the decoder', (_label, bytes, format) => {
    expect(problemCodeOf(() => checkImageSize(bytes, format))).toBeUndefined();
  });

  it.each([
    ['a PNG header claiming 100000×100000', whitePng(100_000, 100_000, false), 'png'],
    ['a JPEG header claiming 65535×65535', jpegHeader(65_535, 65_535), 'jpeg'],
  ] as const)('refuses %s as too large, data or not', (_label, bytes, format) => {
    expect(problemCodeOf(() => checkImageSize(bytes, format))).toBe('image-too-large');
  });
});
