// "Share": the link to exactly this view (and to the selected incident), copied to the clipboard.
import { useRef, useState } from 'preact/hooks';
import { incidentUrl, viewUrl } from '../../app/page-links';
import { selectSelectedIncident } from '../../store/selectors';
import { useApp } from '../store-context';
import { COPY_MESSAGES, copyText } from './copy-text';
import { Dialog } from './Dialog';

function CopyField({ label, value }: { label: string; value: string }) {
  const field = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState('');
  return (
    <div class="copy-field">
      <label>
        <span>{label}</span>
        <input ref={field} type="text" readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <button type="button" onClick={async () => setMessage(COPY_MESSAGES[await copyText(value, field.current)])}>Copy</button>
      <p class="copy-status" role="status">{message}</p>
    </div>
  );
}

/** Mounted only while the dialog is open, so a closed dialog costs nothing per time step. */
function ShareBody() {
  const state = useApp((s) => s);
  const incident = useApp(selectSelectedIncident);
  return (
    <>
      <p>This link opens the map exactly as you see it now: the moment, the map view, the layers{incident ? ' and the selected incident' : ''}.</p>
      <CopyField label="Link to this view" value={viewUrl(state, false)} />
      {incident ? <CopyField label={`Link to the incident “${incident.title}”`} value={incidentUrl(state, incident.id)} /> : null}
    </>
  );
}

export function ShareDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return <Dialog title="Share this view" open={open} onClose={onClose}><ShareBody /></Dialog>;
}
