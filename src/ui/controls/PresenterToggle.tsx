// "Presenter view": large type, the diagram and narration filling the screen, quiz answers hidden
// until the teacher reveals them. Clicker keys (PgDn/PgUp, Space, arrows) drive playback.
interface Props {
  on: boolean;
  onChange(on: boolean): void;
}

export function PresenterToggle({ on, onChange }: Props) {
  return (
    <button type="button" className={on ? 'primary' : undefined} aria-pressed={on} onClick={() => onChange(!on)}>
      <span aria-hidden="true">▣ </span>Presenter view
    </button>
  );
}
