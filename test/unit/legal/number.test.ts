import { describe, expect, it } from 'vitest';
import { legalNumberKey, normalizeLegalNumber, parseLegalNumber } from '../../../src/legal/number.ts';

describe('parseLegalNumber: the grammars of domain-facts.md', () => {
  it.each([
    ['73/2006/QH11', { kind: 'law', serial: '73', year: 2006, issuer: 'QH11' }],
    ['13/2022/QH15', { kind: 'law', serial: '13', year: 2022, issuer: 'QH15' }],
    ['125/2021/NĐ-CP', { kind: 'normative', serial: '125', year: 2021, type: 'NĐ', issuer: 'CP' }],
    ['72/2001/QĐ-TTg', { kind: 'normative', serial: '72', year: 2001, type: 'QĐ', issuer: 'TTg' }],
    ['28/NQ-CP', { kind: 'administrative', serial: '28', type: 'NQ', issuer: 'CP' }],
    ['1140/KH-UBND', { kind: 'administrative', serial: '1140', type: 'KH', issuer: 'UBND' }],
    ['2282/QĐ-TTg', { kind: 'administrative', serial: '2282', type: 'QĐ', issuer: 'TTg' }],
    ['15/QyĐ-UBND', { kind: 'administrative', serial: '15', type: 'QyĐ', issuer: 'UBND' }],
    ['05/CTr-UBND', { kind: 'administrative', serial: '05', type: 'CTr', issuer: 'UBND' }],
    ['739/BNV-CTTN&BĐG', { kind: 'letter', serial: '739', issuer: 'BNV', unit: 'CTTN&BĐG' }],
    ['21-CT/TW', { kind: 'party', serial: '21', type: 'CT', issuer: 'TW' }],
    ['11-NQ/TW', { kind: 'party', serial: '11', type: 'NQ', issuer: 'TW' }],
  ])('%s', (raw, expected) => {
    expect(parseLegalNumber(raw)).toEqual({ number: raw, ...expected });
  });

  it('a letter carries no type code and an administrative document no year', () => {
    expect(parseLegalNumber('739/BNV-CTTN&BĐG')).not.toHaveProperty('type');
    expect(parseLegalNumber('28/NQ-CP')).not.toHaveProperty('year');
  });
});

describe('parseLegalNumber: spellings that are normalised first', () => {
  it.each([
    ['125/2021/ND-CP', '125/2021/NĐ-CP'],
    ['125/2021/NĐ - CP', '125/2021/NĐ-CP'],
    ['125 / 2021 / ND - CP', '125/2021/NĐ-CP'],
    ['2282/QD-TTg', '2282/QĐ-TTg'],
    ['21 - CT / TW', '21-CT/TW'],
    ['  73/2006/QH11 ', '73/2006/QH11'],
    ['739/BNV-CTTN&BđG', '739/BNV-CTTN&BĐG'],
  ])('%s → %s', (raw, printed) => {
    expect(normalizeLegalNumber(raw)).toBe(printed);
    expect(parseLegalNumber(raw)?.number).toBe(printed);
  });

  it('reads an NFD spelling as NFC', () => {
    const nfd = '739/BNV-CTTN&BĐG'.normalize('NFD');
    expect(normalizeLegalNumber(nfd)).toBe('739/BNV-CTTN&BĐG'.normalize('NFC'));
  });

  it('does not turn ND inside a longer code into NĐ', () => {
    expect(normalizeLegalNumber('1140/KH-UBND')).toBe('1140/KH-UBND');
  });
});

describe('parseLegalNumber: look-alikes that are not document numbers', () => {
  it.each(['15/11/2025', '1900 969 680', '111', '1/2', '3/4/2020', 'abc', '', '73/2006', 'QĐ-TTg', '125/21/NĐ-CP'])('%j', (raw) => {
    expect(parseLegalNumber(raw)).toBeUndefined();
  });
});

describe('legalNumberKey', () => {
  it('is the same for spellings of one document', () => {
    expect(legalNumberKey('125/2021/ND-CP')).toBe(legalNumberKey('125/2021/NĐ-CP'));
    expect(legalNumberKey('125/2021/NĐ - CP')).toBe(legalNumberKey('125/2021/NĐ-CP'));
    expect(legalNumberKey('2282/qđ-ttg')).toBe(legalNumberKey('2282/QĐ-TTg'));
    expect(legalNumberKey('21 - CT/TW')).toBe(legalNumberKey('21-CT/TW'));
    expect(legalNumberKey('2282/QĐ-TTg')).toBe('2282/QĐ-TTG');
  });
  it('tells different documents apart', () => {
    expect(legalNumberKey('125/2021/NĐ-CP')).not.toBe(legalNumberKey('125/2020/NĐ-CP'));
    expect(legalNumberKey('28/NQ-CP')).not.toBe(legalNumberKey('28/NĐ-CP'));
    expect(legalNumberKey('2282/QĐ-TTg')).not.toBe(legalNumberKey('2232/QĐ-TTg'));
    expect(legalNumberKey('21-CT/TW')).not.toBe(legalNumberKey('21/CT-TW'));
  });
});
