/**
 * Vietnamese legal document numbers (số hiệu): normalising, parsing and comparing.
 * Grammar from NĐ 30/2020/NĐ-CP as summarised in shared/domain-facts.md.
 */

export type LegalNumberKind = 'law' | 'normative' | 'administrative' | 'letter' | 'party';

export interface ParsedLegalNumber {
  /** Normalised number as it should be printed, e.g. `125/2021/NĐ-CP`. */
  number: string;
  kind: LegalNumberKind;
  serial: string;
  year?: number;
  /** Type code such as NĐ, QĐ, NQ, CT; absent for official letters and laws. */
  type?: string;
  /** Issuer code such as CP, TTg, TW, QH15, BNV. */
  issuer: string;
  /** Issuing unit of an official letter, e.g. CTTN&BĐG. */
  unit?: string;
}

/** Type codes of administrative documents (NĐ 30/2020, Phụ lục III), plus the normative ones. */
export const TYPE_CODES = [
  'NQ', 'QĐ', 'CT', 'QC', 'QyĐ', 'TC', 'HD', 'CTr', 'KH', 'PA', 'ĐA', 'DA', 'BC', 'BB', 'TTr', 'HĐ', 'CĐ', 'TB',
  'GUQ', 'GM', 'GGT', 'GNP', 'PG', 'PC', 'PB', 'NĐ', 'TT', 'TTLT', 'NQLT', 'L', 'PL', 'SL',
] as const;
const TYPE_CODE_SET = new Set<string>(TYPE_CODES.map((code) => code.toUpperCase()));

const CODE = "[A-Za-zĐđ][A-Za-zĐđ0-9&]*";
const LAW = new RegExp(`^(\\d+)/(\\d{4})/(QH\\d+)$`, 'i');
const NORMATIVE = new RegExp(`^(\\d+)/(\\d{4})/(${CODE})-(${CODE})$`);
const NO_YEAR = new RegExp(`^(\\d+)/(${CODE})-(${CODE})$`);
const PARTY = new RegExp(`^(\\d+)-(${CODE})/(${CODE})$`);

/**
 * Puts a number into its printed form: NFC, no spaces around `/` or `-`, `ND`/`QD` written
 * for `NĐ`/`QĐ`, and an upper-case `Đ`.
 */
export function normalizeLegalNumber(raw: string): string {
  return raw
    .normalize('NFC')
    .trim()
    .replace(/\s*([/-])\s*/g, '$1')
    .replace(/đ/g, 'Đ')
    .replace(/(^|[/-])(N|Q)D(?=$|[/-])/gi, (_m, sep: string, letter: string) => `${sep}${letter.toUpperCase()}Đ`);
}

/** The key two spellings of one number share: normalised and upper-cased. */
export function legalNumberKey(raw: string): string {
  return normalizeLegalNumber(raw).toUpperCase();
}

/** Parses a number, or returns undefined when it follows none of the grammars. */
export function parseLegalNumber(raw: string): ParsedLegalNumber | undefined {
  const number = normalizeLegalNumber(raw);
  let m = LAW.exec(number);
  if (m) return { number, kind: 'law', serial: m[1]!, year: Number(m[2]), issuer: m[3]!.toUpperCase() };
  m = NORMATIVE.exec(number);
  if (m) return { number, kind: 'normative', serial: m[1]!, year: Number(m[2]), type: m[3]!, issuer: m[4]! };
  m = NO_YEAR.exec(number);
  if (m) {
    return TYPE_CODE_SET.has(m[2]!.toUpperCase())
      ? { number, kind: 'administrative', serial: m[1]!, type: m[2]!, issuer: m[3]! }
      : { number, kind: 'letter', serial: m[1]!, issuer: m[2]!, unit: m[3]! };
  }
  m = PARTY.exec(number);
  if (m) return { number, kind: 'party', serial: m[1]!, type: m[2]!, issuer: m[3]! };
  return undefined;
}
