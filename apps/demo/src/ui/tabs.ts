/** Tab strip: shows one view at a time and remembers it in the URL hash. */
export function mountTabs(): void {
  const tabs = Array.from(document.querySelectorAll<HTMLButtonElement>('nav [role="tab"]'));
  const views = Array.from(document.querySelectorAll<HTMLElement>('section.view'));
  const show = (name: string): void => {
    for (const t of tabs) t.setAttribute('aria-selected', String(t.dataset.view === name));
    for (const v of views) v.hidden = v.dataset.view !== name;
  };
  for (const t of tabs) {
    t.addEventListener('click', () => {
      const name = t.dataset.view ?? 'variance';
      show(name);
      history.replaceState(null, '', `#${name}`);
    });
  }
  const initial = location.hash.slice(1);
  if (views.some((v) => v.dataset.view === initial)) show(initial);
}
