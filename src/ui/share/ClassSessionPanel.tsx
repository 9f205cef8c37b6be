// The teacher's class session: the class link (a text box and its QR code, never the teacher's
// secret), how many students follow, and "End class session".
import { useEffect, useRef } from 'react';
import { endSession, startTeaching } from '../../session/controller';
import { classSessionStore } from '../../session/sessionStore';
import { QrCode } from './QrCode';
import { useClassSession } from './useClassSession';
import './classSession.css';

export default function ClassSessionPanel({ onClose }: { onClose(): void }) {
  const link = useClassSession((s) => s.classLink);
  const connection = useClassSession((s) => s.connection);
  const students = useClassSession((s) => s.students);
  const message = useClassSession((s) => s.message);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (classSessionStore.getState().role === null) startTeaching();
  }, []);
  useEffect(() => {
    if (link) inputRef.current?.select();
  }, [link]);
  const status =
    connection === 'connecting' ? 'Opening the class session…' : connection === 'live' ? `${students} student${students === 1 ? '' : 's'} following` : connection === 'reconnecting' ? 'Reconnecting to the class relay…' : null;
  return (
    <fieldset
      className="share-pop class-pop"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <legend className="visually-hidden">Class session</legend>
      {link && (
        <>
          <label htmlFor="class-link">Class link</label>
          <input id="class-link" ref={inputRef} type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
          <QrCode text={link} label="QR code of the class link" />
        </>
      )}
      {status && (
        <p className="share-note" role="status">
          {status}
        </p>
      )}
      {message && <p className="share-note">{message}</p>}
      <div className="share-actions">
        {link && (
          <button type="button" onClick={() => navigator.clipboard?.writeText(link).catch(() => undefined)}>
            Copy class link
          </button>
        )}
        {connection !== 'ended' && (
          <button
            type="button"
            onClick={() => {
              endSession();
              onClose();
            }}
          >
            End class session
          </button>
        )}
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </fieldset>
  );
}
