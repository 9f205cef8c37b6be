// The Share dialog: a text box "Share link" holding a link that reopens this scenario, seed and step
// (with the interventions made so far), and a text box "Embed code": an <iframe> of the compact player.
import { useEffect, useRef } from 'react';

const EMBED_BOX = { width: '100%', fontFamily: 'ui-monospace, monospace', fontSize: '0.8rem', resize: 'vertical' } as const;

interface Props {
  link: string;
  embedCode: string;
  /** What the link reopens, in a sentence. */
  note: string;
  onClose(): void;
}

export function SharePanel({ link, embedCode, note, onClose }: Props) {
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    inputRef.current?.select();
  }, []);
  return (
    <fieldset className="share-pop">
      <legend className="visually-hidden">Share this scenario</legend>
      <label htmlFor="share-link">Share link</label>
      <input id="share-link" ref={inputRef} type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
      <p className="share-note">{note}</p>
      <div className="share-actions">
        <button type="button" onClick={() => navigator.clipboard?.writeText(link).catch(() => undefined)}>
          Copy link
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <label htmlFor="share-embed">Embed code</label>
      <textarea id="share-embed" style={EMBED_BOX} readOnly rows={3} value={embedCode} onFocus={(e) => e.currentTarget.select()} />
      <p className="share-note">Paste it into a course page or slides: the compact player, with the diagram, narration and step controls.</p>
    </fieldset>
  );
}
