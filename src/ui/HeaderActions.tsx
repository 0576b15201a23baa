// The researchers' actions in the full app's header (Share, Cite, Embed, Export, Load data, Sources): a row of
// buttons on wide screens; on phones one Menu button that unfolds them. One list, shown in either
// form by CSS (header-actions.css), so that nothing renders again as the window changes size. On
// phones the list is a popover: the browser folds it on Escape (focus goes back to the Menu button)
// and on a press outside it.
import './header-actions.css';
import { useRef, useState } from 'preact/hooks';
import { useT } from './use-t';

export type HeaderAction = 'share' | 'cite' | 'embed' | 'export' | 'import' | 'sources';

export function HeaderActions({ onChoose }: { onChoose: (action: HeaderAction) => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  const items: [HeaderAction, string][] = [['share', t.share], ['cite', t.cite], ['embed', t.embed], ['export', t.export], ['import', t.loadData], ['sources', t.sources]];
  return (
    <>
      <button type="button" class="header-menu" popovertarget="header-menu" aria-controls="header-menu" aria-expanded={open}>{t.menu}</button>
      <ul ref={list} id="header-menu" popover="auto" onToggle={(e) => setOpen(e.newState === 'open')}>
        {items.map(([action, label]) => (
          <li key={action}>
            <button type="button" onClick={() => {
              // Folding the list gives focus back to the Menu button, which the dialog chosen gives it back to.
              if (open) list.current?.hidePopover();
              onChoose(action);
            }}>{label}</button>
          </li>
        ))}
      </ul>
    </>
  );
}
