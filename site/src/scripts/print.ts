/**
 * Print button on template pages. The button is hidden in the HTML and shown only when this script runs,
 * so readers without JavaScript are not offered a button that does nothing.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('.js-print')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
