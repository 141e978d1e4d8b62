/** Reveals the "Afdrukken / PDF" buttons (src/components/PrintAction.astro) and prints on click. */
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
for (const hint of document.querySelectorAll<HTMLElement>('[data-print-hint]')) hint.textContent = 'Of druk op Ctrl+P (Mac: Cmd+P). Elke pagina krijgt de markering, de titel, de peildatum en een paginanummer.';
