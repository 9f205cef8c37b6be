// "Share": a text box "Share link" holding a link that reopens this scenario, seed and step.
import { useEffect, useRef } from 'react';

interface Props {
  link: string | null;
  /** Why the link may not show exactly what is on screen (interventions are not in it). */
  note: string | null;
  disabled: boolean;
  onShare(): void;
  onClose(): void;
}

export function SharePanel({ link, note, disabled, onShare, onClose }: Props) {
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (link) inputRef.current?.select();
  }, [link]);
  return (
    <div className="share">
      <button type="button" aria-expanded={link !== null} disabled={disabled} onClick={link ? onClose : onShare}>
        Share
      </button>
      {link && (
        <fieldset className="share-pop">
          <legend className="visually-hidden">Share this scenario</legend>
          <label htmlFor="share-link">Share link</label>
          <input id="share-link" ref={inputRef} type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
          <p className="share-note">{note ?? 'Anyone opening it sees this scenario at this step.'}</p>
          <div className="share-actions">
            <button type="button" onClick={() => navigator.clipboard?.writeText(link).catch(() => undefined)}>
              Copy link
            </button>
            <button type="button" onClick={onClose}>
              Close
            </button>
          </div>
        </fieldset>
      )}
    </div>
  );
}
