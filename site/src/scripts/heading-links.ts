/**
 * Copyable section links: clicking a heading's "#" link moves to the section as usual (so the address bar holds
 * the link) and also copies the full address, announced in a polite live region. Without JavaScript, or when
 * the clipboard is refused, the link still works as a plain anchor.
 */
const status = document.querySelector<HTMLElement>('#copy-status');

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a.heading-link');
  if (!link || !navigator.clipboard) return;
  navigator.clipboard.writeText(link.href).then(
    () => {
      if (status) status.textContent = 'Linket til afsnittet er kopieret.';
    },
    () => {
      if (status) status.textContent = '';
    },
  );
});
