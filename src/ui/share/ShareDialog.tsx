// "Share": the link to exactly this view (and to the selected incident), copied to the clipboard.
import { useRef, useState } from 'preact/hooks';
import { incidentUrl, viewUrl } from '../../app/page-links';
import { selectSelectedIncident } from '../../store/selectors';
import { useApp } from '../store-context';
import { useMoreT } from '../use-more-t';
import { copyMessage, copyText } from './copy-text';
import { Dialog } from './Dialog';

function CopyField({ label, value }: { label: string; value: string }) {
  const field = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState('');
  const m = useMoreT();
  return (
    <div class="copy-field">
      <label>
        <span>{label}</span>
        <input ref={field} type="text" readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <button type="button" onClick={async () => setMessage(copyMessage(await copyText(value, field.current), m))}>{m.copy}</button>
      <p class="copy-status" role="status">{message}</p>
    </div>
  );
}

/** Mounted only while the dialog is open, so a closed dialog costs nothing per time step. */
function ShareBody() {
  const state = useApp((s) => s);
  const incident = useApp(selectSelectedIncident);
  const m = useMoreT();
  return (
    <>
      <p>{m.shareIntro(incident !== null && incident !== undefined)}</p>
      <CopyField label={m.linkToView} value={viewUrl(state, false)} />
      {incident ? <CopyField label={m.linkToIncident(incident.title)} value={incidentUrl(state, incident.id)} /> : null}
    </>
  );
}

export function ShareDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const m = useMoreT();
  return <Dialog title={m.shareTitle} open={open} onClose={onClose}><ShareBody /></Dialog>;
}
