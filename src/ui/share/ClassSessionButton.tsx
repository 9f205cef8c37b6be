// "Start class session" beside "Share". The session code and its panel (class link, QR code) load
// on the click; a student's page has no such button, it follows the teacher instead.
import { lazy, Suspense, useState } from 'react';
import { useClassSession } from './useClassSession';

const ClassSessionPanel = lazy(() => import('./classSessionUi').then((m) => ({ default: m.ClassSessionPanel })));

export function ClassSessionButton({ disabled }: { disabled: boolean }) {
  const role = useClassSession((s) => s.role);
  const [open, setOpen] = useState(false);
  if (role === 'student') return null;
  const teaching = role === 'teacher';
  // The panel starts the session when it opens on a page that is not teaching yet.
  const onClick = () => setOpen(teaching ? !open : true);
  return (
    <div className="share class-session">
      <button type="button" aria-expanded={open} disabled={disabled && !teaching} onClick={onClick}>
        {teaching ? 'Class session' : 'Start class session'}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ClassSessionPanel onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
