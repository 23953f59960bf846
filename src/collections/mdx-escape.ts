/**
 * Escapes the characters of ordinary prose that MDX would misread as code: `{` and `}` (an
 * expression), and `<` (a tag) unless it opens or closes an author component. The CMS calls this
 * on the body when it saves, so "Giá {100.000đ}", "<3" or a lone "{" are stored as
 * "Giá \{100.000đ\}", "\<3" and "\{", and show exactly as typed. A line that starts with the word
 * "import" or "export" (read as code) gets its first letter as a character reference. Code (fenced blocks and
 * `inline code`) is left alone, escaped characters are not escaped twice, and text is stored NFC.
 */
import { AUTHOR_COMPONENTS } from '../components/author/index.ts';

const COMPONENT_TAG = new RegExp(`^</?(?:${AUTHOR_COMPONENTS.join('|')})(?=[\\s/>]|$)`);
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Escapes one line of prose, leaving inline code spans untouched. */
function escapeLine(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    const char = line[i]!;
    if (char === '\\') {
      // An existing escape: keep it and the character it protects.
      out += line.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (char === '`') {
      const run = /^`+/.exec(line.slice(i))![0];
      const close = line.indexOf(run, i + run.length);
      if (close >= 0 && line[close + run.length] !== '`') {
        out += line.slice(i, close + run.length);
        i = close + run.length;
        continue;
      }
      out += run;
      i += run.length;
      continue;
    }
    if (char === '{' || char === '}') out += `\\${char}`;
    else if (char === '<' && !COMPONENT_TAG.test(line.slice(i))) out += '\\<';
    else out += char;
    i++;
  }
  return out;
}

/** Escapes an MDX body written as prose (with author components) so that it parses as written. */
export function escapeMdxProse(body: string): string {
  let fence: string | undefined;
  return body
    .normalize('NFC')
    .split('\n')
    .map((line) => {
      const marker = FENCE.exec(line)?.[1];
      if (fence) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
        return line;
      }
      if (marker) {
        fence = marker;
        return line;
      }
      // A line starting with import/export is read as code; a character reference keeps the word.
      return escapeLine(line).replace(/^(i)(?=mport\b)|^(e)(?=xport\b)/, (letter) => `&#${letter.charCodeAt(0)};`);
    })
    .join('\n');
}
