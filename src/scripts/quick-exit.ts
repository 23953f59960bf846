/**
 * Quick exit: the button is a plain link to the neutral page (works without JavaScript). With
 * JavaScript, the button, Escape, or Shift pressed three times in a row within two seconds (any
 * other key starts the count again, so typing capitals does not exit) hide the page
 * at once, silence any recording or read-aloud voice, and replace the current history entry, so
 * Back does not return here.
 */
const button = document.querySelector<HTMLAnchorElement>('.exit__button');
if (button) {
  const exit = (event?: Event) => {
    event?.preventDefault();
    document.body.style.visibility = 'hidden';
    document.title = '';
    // Silence at once: a recording or the read-aloud voice would go on until the next page loads.
    document.querySelectorAll('audio').forEach((audio) => audio.pause());
    if ('speechSynthesis' in window) speechSynthesis.cancel();
    location.replace(button.href);
  };
  button.addEventListener('click', exit);
  let shifts: number[] = [];
  addEventListener('keydown', (event) => {
    if (event.key === 'Escape') exit(event);
    else if (event.key === 'Shift' && !event.repeat) {
      shifts = [...shifts.filter((time) => event.timeStamp - time < 2000), event.timeStamp];
      if (shifts.length >= 3) exit(event);
    } else shifts = [];
  });
}
