/**
 * The read-aloud button (components/ReadAloud.astro): shown only when the device has an on-device
 * voice for the text's language (src/site/read-aloud.ts), it reads the article sentence by sentence
 * and stops on a second press. Quick exit silences it (quick-exit.ts).
 */
import { pickVoice, speakableChunks } from '../site/read-aloud.ts';

const block = document.querySelector<HTMLElement>('[data-read-aloud]');
const button = block?.querySelector<HTMLButtonElement>('button');
const synth = 'speechSynthesis' in window ? window.speechSynthesis : undefined;

/** The article's text, without the page's labels, lists of facts and the reading-help group (this block with it). */
function articleText(article: HTMLElement): string {
  const copy = article.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[data-reading-help], [data-read-aloud], .meta, .tag, .loudspeaker-link, script, style, [aria-hidden="true"]').forEach((node) => node.remove());
  // innerText needs layout: read the clone while it is in the page, out of sight.
  copy.style.cssText = 'position:absolute;left:-99999px;top:0;width:40rem';
  document.body.append(copy);
  const text = copy.innerText;
  copy.remove();
  return text;
}

if (block && button && synth) {
  const lang = block.dataset.lang ?? document.documentElement.lang;
  const article = block.closest('article');
  let reading = false;
  const show = (text: string) => (button.textContent = text);
  const stop = () => {
    reading = false;
    synth.cancel();
    show(block.dataset.start ?? '');
  };
  const read = (voice: SpeechSynthesisVoice) => {
    const chunks = speakableChunks(articleText(article ?? document.body));
    reading = true;
    show(block.dataset.stop ?? '');
    chunks.forEach((chunk, index) => {
      const utterance = new SpeechSynthesisUtterance(chunk);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      if (index === chunks.length - 1) utterance.addEventListener('end', () => reading && stop());
      synth.speak(utterance);
    });
  };
  const offer = () => {
    const voice = pickVoice(synth.getVoices(), lang);
    if (!voice) return false;
    block.hidden = false;
    button.onclick = () => (reading ? stop() : read(voice));
    return true;
  };
  // Voices often arrive after the page: try now, and again once the device lists them.
  if (!offer()) synth.addEventListener('voiceschanged', offer, { once: true });
  addEventListener('pagehide', () => synth.cancel());
}
