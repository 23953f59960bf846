/**
 * What a caller must know before dialling a line, said the same way on every surface that prints
 * a number (the strip on every page, hotline cards, posters and their PDFs): whether the call is
 * free and whether a state body answers. From the registry's `free` and `stateRun`; pure.
 */
import type { Translate, UiKey } from '../i18n/translate.ts';

export interface HotlineTerms {
  free: boolean;
  stateRun: boolean;
}

/** The two facts in full, for cards: cost, then who runs it. */
export function hotlineTermKeys(line: HotlineTerms): [UiKey, UiKey] {
  return [line.free ? 'hotlines.free' : 'hotlines.paid', line.stateRun ? 'hotlines.stateRun' : 'hotlines.notStateRun'];
}

/** The facts a surface printing only a number and a name must add: nothing for a free state line. */
export function hotlineCaveatKeys(line: HotlineTerms): UiKey[] {
  return [...(line.free ? [] : (['hotlines.caveat.paid'] as const)), ...(line.stateRun ? [] : (['hotlines.caveat.notStateRun'] as const))];
}

/** The caveat as printed after a number, e.g. "có thể mất cước, không phải tổng đài Nhà nước"; empty when none. */
export function hotlineCaveat(line: HotlineTerms, t: Translate): string {
  return hotlineCaveatKeys(line)
    .map((key) => t(key))
    .join(', ');
}
