import { describe, expect, it } from 'vitest';
import { crc16Buypass, parseQrPayload, qrTypeToPortalType, type QrData } from './qr';

const SHUDIAN = '01,32,,24312000000136634917,0.01,20240514,,1DD6';
const LEGACY = '01,20,052002100113,00008006,24519.05,20220505,18001801513030862041,88CD,';
/**
 * DESIGN.md lists `…,112,20230215,,74AE` as checked, but CRC-16/BUYPASS of its first seven fields is D327 (and no
 * other common CRC-16 gives 74AE while also giving the two other examples). We test it as a mismatch.
 */
const DESIGN_MISMATCH = '01,32,,23442000000014209621,112,20230215,,74AE';
const SHUDIAN_2 = '01,32,,23442000000014209621,112,20230215,,D327';

describe('crc16Buypass', () => {
  it.each([
    ['123456789', 0xfee8],
    ['', 0],
    ['01,32,,24312000000136634917,0.01,20240514,,', 0x1dd6],
    ['01,20,052002100113,00008006,24519.05,20220505,18001801513030862041,', 0x88cd],
  ])('%j -> %i', (s, crc) => expect(crc16Buypass(s)).toBe(crc));
});

describe('parseQrPayload', () => {
  it.each<[string, QrData]>([
    [
      SHUDIAN,
      {
        version: '01',
        qrType: '32',
        number: '24312000000136634917',
        amount: '0.01',
        date: '2024-05-14',
        crc: '1DD6',
        crcValid: true,
        kind: 'shudian',
        amountIsTotal: true,
      },
    ],
    [
      SHUDIAN_2,
      {
        version: '01',
        qrType: '32',
        number: '23442000000014209621',
        amount: '112.00',
        date: '2023-02-15',
        crc: 'D327',
        crcValid: true,
        kind: 'shudian',
        amountIsTotal: true,
      },
    ],
    [
      LEGACY,
      {
        version: '01',
        qrType: '20',
        code: '052002100113',
        number: '00008006',
        amount: '24519.05',
        date: '2022-05-05',
        checkCode: '18001801513030862041',
        crc: '88CD',
        crcValid: true,
        kind: 'legacy',
        amountIsTotal: false,
      },
    ],
    [` ${SHUDIAN.replace('1DD6', '1dd6')}\n`, expect.objectContaining({ crc: '1DD6' }) as QrData],
    [LEGACY.slice(0, -1), expect.objectContaining({ kind: 'legacy', crc: '88CD' }) as QrData],
  ])('reads %j', (payload, qr) => expect(parseQrPayload(payload)).toEqual({ ok: true, qr }));

  it('reports the DESIGN.md example ending in 74AE as a CRC mismatch, naming the computed value', () => {
    const result = parseQrPayload(DESIGN_MISMATCH);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.code)).toEqual(['qr-crc-mismatch']);
    expect(result.problems[0]?.zh).toContain('「D327」');
    expect(result.problems[0]?.zh).toContain('「74AE」');
  });

  const digitChanges = (payload: string) =>
    [...payload].flatMap((ch, i) =>
      /\d/.test(ch)
        ? [...'0123456789'].filter((d) => d !== ch).map((d) => payload.slice(0, i) + d + payload.slice(i + 1))
        : [],
    );
  it.each([SHUDIAN, SHUDIAN_2, LEGACY])('every one-digit change of %s is rejected', (payload) => {
    const changed = digitChanges(payload);
    expect(changed.length).toBeGreaterThan(300);
    for (const variant of changed) expect(parseQrPayload(variant).ok, variant).toBe(false);
  });

  it.each<[string, string[]]>([
    ['01,32,,24312000000136634917,0.01,20240514,1DD6', ['qr-field-count']],
    ['https://example.com/invoice?id=1', ['qr-field-count']],
    ['01,32,,24312000000136634917,0.01,20240514,,1DD6,,', ['qr-field-count']],
    ['1,32,,24312000000136634917,0.01,20240514,,1DD6', ['qr-header']],
    ['01,32,,2431200000013663491,0.01,20240514,,1DD6', ['qr-number']],
    ['01,20,052002100113,0000800,24519.05,20220505,,88CD', ['qr-number']],
    ['01,32,,24312000000136634917,0.0x,20240514,,1DD6', ['qr-amount']],
    ['01,32,,24312000000136634917,0.01,20230229,,1DD6', ['qr-date']],
    ['01,32,,24312000000136634917,0.01,2024-05-14,,1DD6', ['qr-date']],
    ['01,32,,24312000000136634917,0.01,20240514,12A4,1DD6', ['qr-check-code']],
    ['01,32,,24312000000136634917,0.01,20240514,,1DG6', ['qr-crc-format']],
    ['01,32,,24312000000136634917,0.01,20240514,,1DD7', ['qr-crc-mismatch']],
  ])('rejects %j with %j', (payload, expected) => {
    const result = parseQrPayload(payload);
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(expected);
  });
});

describe('qrTypeToPortalType', () => {
  it.each([
    ['31', '81'],
    ['32', '82'],
    ['01', '01'],
    ['04', '04'],
    ['10', '10'],
    ['20', '08'],
    ['99', undefined],
    ['constructor', undefined],
  ])('%s -> %s', (qrType, portal) => expect(qrTypeToPortalType(qrType)).toBe(portal));
});
