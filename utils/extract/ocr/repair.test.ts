import { describe, expect, it } from 'vitest';
import { repairAmount, repairCheckCode, repairCode, repairDate, repairNumber, repairTaxId } from './repair';

describe('repairs that OCR readings go through', () => {
  it.each([
    ['2411 2000 0000 4854 2163', '2024-05-28', '24112000000048542163', true],
    ['24112OOO0OO048542163', '2024-05-28', '24112000000048542163', true],
    ['24112000000048542163', '2023-05-28', '24112000000048542163', false],
    ['5895447I', undefined, '58954471', true],
    ['589544', undefined, '589544', false],
  ])('number %s (date %s) → %s, valid %s', (raw, date, value, valid) => {
    expect(repairNumber(raw, date)).toMatchObject({ value, valid });
  });

  it.each([
    ['1100237123', '2023-07-21', true],
    ['1100237123', '2021-07-21', false],
    ['O33002000211', '2020-07-23', true],
  ])('code %s against %s valid %s', (raw, date, valid) => {
    expect(repairCode(raw, date).valid).toBe(valid);
  });

  it.each([
    ['2022年1]月01日', '2022-11-01', true],
    ['2O22 年 11 月 O1 日', '2022-11-01', true],
    ['2031年01月01日', '2031-01-01', false],
    ['2022年13月01日', '2022年13月01日', false],
  ])('date %s → %s, valid %s', (raw, value, valid) => {
    expect(repairDate(raw, '2026-11-30')).toMatchObject({ value, valid });
  });

  it.each([
    ['¥1,306.96', '1306.96', true],
    ['Y 306.96', '306.96', true],
    ['对306.96', '对306.96', false],
    ['130696', '130696', false],
    ['-250.00', '-250.00', true],
  ])('amount %s → %s, valid %s', (raw, value, valid) => {
    expect(repairAmount(raw)).toMatchObject({ value, valid });
  });

  it('takes 20 digits for a check code, spaces and all', () => {
    expect(repairCheckCode('16197 83356 74145 07415')).toMatchObject({ value: '16197833567414507415', valid: true });
  });
});

describe('repairTaxId', () => {
  it.each([
    ['91440106MA004M340R', '91440106MA004M340R'],
    ['9144O1O6MAOO4M34OR', '91440106MA004M340R'],
    ['9144010GMA004M340R', '91440106MA004M340R'],
    ['91440106MA004MN340R', '91440106MA004M340R'],
  ])('repairs %s to %s', (raw, value) => {
    expect(repairTaxId(raw)).toMatchObject({ value, valid: true });
  });

  it('offers the candidates when the check characters cannot choose between them', () => {
    const repaired = repairTaxId('911201015570273666');
    expect(repaired.valid).toBe(false);
    expect(repaired.alternatives).toEqual(expect.arrayContaining(['91120101557027366G']));
    expect(repaired.alternatives.length).toBeGreaterThan(1);
  });

  it('does not take OCR noise of an old ID’s length for an old ID', () => {
    expect(repairTaxId('14911201015570273666').valid).toBe(false);
    expect(repairTaxId('110105197001010017').valid).toBe(false);
  });
});
