// The dialog open over the page: one of the header's actions, or Cite for a record a popup names.
// Loaded once the first map is drawn, apart from the page (the first load carries none of it); each
// dialog's own code still loads when it first opens.
import type { CiteRecord } from '../core/citation';
import type { HeaderAction } from './HeaderActions';
import { lazyComponent } from './lazy';

const ShareDialog = lazyComponent(() => import('./share/ShareDialog').then((m) => m.ShareDialog));
const CiteDialog = lazyComponent(() => import('./cite/CiteDialog').then((m) => m.CiteDialog));
const EmbedDialog = lazyComponent(() => import('./share/EmbedDialog').then((m) => m.EmbedDialog));
const ImportDialog = lazyComponent(() => import('./data/ImportDialog').then((m) => m.ImportDialog));
const ExportDialog = lazyComponent(() => import('./data/ExportDialog').then((m) => m.ExportDialog));
const SourcesDialog = lazyComponent(() => import('./sources/SourcesDialog').then((m) => m.SourcesDialog));

const BY_ACTION = { share: ShareDialog, embed: EmbedDialog, import: ImportDialog, export: ExportDialog, sources: SourcesDialog };

export interface HeaderDialogProps {
  /** What to show: an action's dialog, or the Cite dialog for a record. */
  dialog: HeaderAction | CiteRecord;
  onClose: () => void;
}

export function HeaderDialog({ dialog, onClose }: HeaderDialogProps) {
  if (typeof dialog === 'object' || dialog === 'cite') return <CiteDialog open record={dialog} onClose={onClose} />;
  const Dialog = BY_ACTION[dialog];
  return <Dialog open onClose={onClose} />;
}
