/**
 * Phone numbers written as text (an MDX body, a component's text attribute, a frontmatter or YAML
 * string) are checked against the hotline registry, like the structured fields are: a retired
 * number (RETIRED_NUMBERS) is always an error, a number that is not in the registry is an error
 * unless it is marked as an example, and a registered number passes.
 *
 * What counts as phone-like:
 * - digit groups joined by one space, no-break space, dot or hyphen, 8 to 12 digits in all
 *   (1900 969 680, 0912.345.678, 024-3942-1234, +84 24 3942 1234, (024) 3942 1234);
 * - a bare 111–119 only right after a call word ("gọi 112", "số 111", "tổng đài 111",
 *   "đường dây nóng 113", "hotline 115"; "gọi Công an 113" too) or in a list after one
 *   ("gọi 113, 114 hoặc 115").
 *
 * What is not: numbers glued to Latin letters, a slash or an underscore (125/2021/NĐ-CP,
 * 2232/QĐ-TTg, 24/7, QH15, file-2026-11-15.jpg), dates (15.11.2026, 2026-11-15), year ranges
 * (2021-2030), amounts with dots between thousands (75.000.000 đ, 1.000.000 đồng) or with spaces
 * and a unit (75 000 000 đồng).
 *
 * Digits of other scripts (Khmer ០–៩, Cham, Thai, Lao, Myanmar, Arabic-Indic, full-width…) are
 * read as 0–9 first, so a retired number written in Khmer digits is caught too.
 *
 * The example marker: "(ví dụ)" or "(số ví dụ)" right after the number, e.g.
 * "0912 345 678 (ví dụ)", says the number only shows what a number looks like. It does not
 * excuse a retired number.
 */
import { RETIRED_NUMBERS } from '../schemas/hotline.ts';

/** The zero of every decimal-digit block in the Basic Multilingual Plane that the check reads as 0–9. */
const DIGIT_ZEROS = [
  0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0de6, 0x0e50, 0x0ed0, 0x0f20, 0x1040,
  0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50,
  0xabf0, 0xff10,
];

/** The text with every non-ASCII decimal digit replaced by its ASCII digit; the length is unchanged. */
export function toAsciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (digit) => {
    const code = digit.codePointAt(0)!;
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
    return zero === undefined || digit.length !== 1 ? digit : String(code - zero);
  });
}

/** The digits of a number, with +84 read as the leading 0 of a Vietnamese number. */
export function phoneDigits(written: string): string {
  const ascii = toAsciiDigits(written).trim();
  const digits = ascii.replace(/\D/g, '');
  return ascii.startsWith('+84') ? `0${digits.slice(2)}` : digits;
}

export interface PhoneLike {
  /** The number as written (original digits and separators). */
  written: string;
  /** Digits only, ASCII, +84 read as 0. */
  digits: string;
  /** Where it starts in the text. */
  index: number;
  /** The groups between separators (digits only), for lists like "113 114 115". */
  groups: string[];
  /** Marked "(ví dụ)" or "(số ví dụ)" right after it. */
  example: boolean;
}

const SEPARATOR = '[ \\u00a0\\u202f\\u2007.\\-\\u2011]';
/** A run of digit groups, with an optional +country code and (area code) in front. */
const RUN = new RegExp(`(?:\\+\\d{1,3}[ \\u00a0]?)?(?:\\(\\d{2,4}\\)[ \\u00a0]?)?\\d+(?:${SEPARATOR}\\d+)*`, 'g');
/**
 * Latin letters, digits, slash, underscore: a number touching one is part of a code, a path or a
 * document number. Letters of Khmer, Cham and the like do not glue: those scripts write a number
 * right after a word ("សូមហៅ១១១").
 */
const GLUE = /[\p{Script=Latin}\d/_\\@]/u;
const JOINER = /[.\-\u2011]/;
const EXAMPLE_MARKER = /^[ \u00a0\u202f]*\((?:số[ \u00a0]+)?ví[ \u00a0]+dụ\)/iu;
/** Units after an amount written with spaces between thousands. */
const UNIT_AFTER = /^[ \u00a0\u202f]*(?:đồng|đ(?![\p{L}\p{M}])|vnđ|vnd|usd|triệu|tỷ|nghìn|ngàn|người|hộ|lượt|%)/iu;

/**
 * Call words that, right before a bare 111–119, make it a phone number. Verbs may have up to three
 * words between them and the number ("gọi Công an 113"); nouns stand right before it.
 */
const CALL_VERB = '(?:gọi|call|hu|bấm|quay|ហៅ)';
const CALL_NOUN = '(?:số(?:[ \\u00a0]+(?:điện thoại|máy))?|tổng đài|đường dây(?:[ \\u00a0]+nóng)?|hotline|điện thoại|đt|ទូរស័ព្ទ|លេខ)';
const CALL_BEFORE = new RegExp(
  `(?<!\\p{Script=Latin})(?:${CALL_VERB}(?:[ \\u00a0]+[\\p{L}\\p{M}]+){0,3}|${CALL_NOUN})[ \\u00a0]*[:–-]?[ \\u00a0]*$`,
  'iu',
);
/** Between two numbers of one list: "113, 114 hoặc 115". */
const LIST_BETWEEN = /^[ \u00a0]*(?:[,;][ \u00a0]*|[ \u00a0]+(?:hoặc|và|hay|or|and)[ \u00a0]+)$/iu;

const isGlued = (text: string, at: number, step: -1 | 1): boolean => {
  const next = text[at] ?? '';
  if (GLUE.test(next)) return true;
  return JOINER.test(next) && GLUE.test(text[at + step] ?? '');
};

const isYear = (group: string) => /^(?:19|20)\d\d$/.test(group);
const inRange = (group: string, max: number) => group.length <= 2 && Number(group) >= 1 && Number(group) <= max;

/** Dates, year ranges and amounts look like digit groups too. */
function isNotPhone(run: string, groups: string[], after: string): boolean {
  const separators = run.replace(/[\d+()]/g, '');
  const sameSeparator = new Set(separators).size === 1 ? separators[0] : undefined;
  const [a, b, c] = groups;
  if (groups.length === 3 && (sameSeparator === '.' || sameSeparator === '-')) {
    if (inRange(a!, 31) && inRange(b!, 12) && isYear(c!)) return true;
    if (isYear(a!) && inRange(b!, 12) && inRange(c!, 31)) return true;
  }
  if (groups.length === 2 && isYear(a!) && isYear(b!) && Number(b) > Number(a)) return true;
  const thousands = groups.length >= 2 && /^[1-9]\d{0,2}$/.test(a!) && groups.slice(1).every((g) => g.length === 3);
  if (thousands && sameSeparator === '.') return true;
  if (thousands && sameSeparator !== undefined && /\s/.test(sameSeparator) && UNIT_AFTER.test(after)) return true;
  return false;
}

/** Every phone-like number in a text, in order. */
export function findPhoneNumbers(text: string): PhoneLike[] {
  const ascii = toAsciiDigits(text);
  const found: PhoneLike[] = [];
  let previousEnd = -1;
  for (const match of ascii.matchAll(RUN)) {
    const start = match.index;
    const run = match[0];
    const end = start + run.length;
    if (isGlued(ascii, start - 1, -1) || isGlued(ascii, end, 1)) continue;
    const groups = run.replace(/^\+\d{1,3}[ \u00a0]?/, '').match(/\d+/g) ?? [];
    const digits = phoneDigits(run);
    const after = ascii.slice(end, end + 24);
    const phoneLike =
      digits.length >= 8 && digits.length <= 12
        ? !isNotPhone(run, groups, after)
        : /^11[1-9]$/.test(run) &&
          (CALL_BEFORE.test(ascii.slice(0, start)) || (previousEnd >= 0 && LIST_BETWEEN.test(ascii.slice(previousEnd, start))));
    const retired = retiredIn(groups);
    if (!phoneLike && !retired) continue;
    found.push({ written: text.slice(start, end), digits, index: start, groups, example: EXAMPLE_MARKER.test(ascii.slice(end)) });
    previousEnd = end;
  }
  return found;
}

/** A retired number (RETIRED_NUMBERS) as the whole run or as consecutive groups of a longer run. */
function retiredIn(groups: readonly string[]): string | undefined {
  for (let from = 0; from < groups.length; from++) {
    let digits = '';
    for (let to = from; to < groups.length; to++) {
      digits += groups[to];
      const retired = RETIRED_NUMBERS.find((number) => number === digits);
      if (retired) return retired;
    }
  }
  return undefined;
}

/** Whether the groups split into registered numbers only, e.g. "113 114 115". */
function splitsIntoKnown(groups: readonly string[], known: ReadonlySet<string>): boolean {
  const can: boolean[] = Array.from({ length: groups.length + 1 }, () => false);
  can[groups.length] = true;
  for (let from = groups.length - 1; from >= 0; from--) {
    let digits = '';
    for (let to = from; to < groups.length && !can[from]; to++) {
      digits += groups[to];
      if (known.has(digits) && can[to + 1]) can[from] = true;
    }
  }
  return can[0]!;
}

/** Where the number stands: in body text (where <Hotline> can be used), or in a field or attribute (plain text only). */
export type NumberPlace = 'body' | 'field';

export interface NumberProblem {
  /** Where the number starts in the text. */
  index: number;
  message: string;
}

/** What the registry offers an editor in a message: its ids. */
export interface NumberRegistry {
  /** Registered numbers, digits only. */
  numbers: ReadonlySet<string>;
  /** Hotline ids (file names) for <Hotline id="…" />. */
  ids: readonly string[];
}

const shown = (phone: PhoneLike) => {
  const ascii = toAsciiDigits(phone.written);
  return ascii === phone.written ? `"${phone.written}"` : `"${phone.written}" (${ascii})`;
};

const useInstead = (place: NumberPlace, registry: NumberRegistry) =>
  place === 'body'
    ? `chèn đường dây nóng từ danh bạ bằng thẻ <Hotline id="…" /> (các mã có sẵn: ${registry.ids.join(', ')})`
    : `ghi một số có trong danh bạ đường dây nóng (content/hotlines)`;

/** The problems of the phone-like numbers in one text: retired ones always, unknown ones unless marked as examples. */
export function numberProblems(text: string, registry: NumberRegistry, place: NumberPlace): NumberProblem[] {
  const problems: NumberProblem[] = [];
  for (const phone of findPhoneNumbers(text)) {
    if (retiredIn(phone.groups)) {
      problems.push({
        index: phone.index,
        message: `Số ${shown(phone)} đã ngừng hoạt động, không được đăng ở bất cứ đâu trên trang, kể cả khi làm ví dụ. Hãy xóa số này và ${useInstead(place, registry)}.`,
      });
      continue;
    }
    if (phone.example || registry.numbers.has(phone.digits) || splitsIntoKnown(phone.groups, registry.numbers)) continue;
    problems.push({
      index: phone.index,
      message:
        `Số điện thoại ${shown(phone)} không có trong danh bạ đường dây nóng, nên chưa ai kiểm tra số này. Hãy ${useInstead(place, registry)}, hoặc thêm số vào danh bạ kèm nguồn và ngày kiểm tra. ` +
        `Nếu đây chỉ là số minh họa, hãy ghi "(ví dụ)" ngay sau số: ${phone.written} (ví dụ). Nếu đây không phải số điện thoại (số tiền, số liệu), hãy viết có dấu chấm giữa hàng nghìn, ví dụ 12.345.678.`,
    });
  }
  return problems;
}
