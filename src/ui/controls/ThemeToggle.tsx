import type { Theme } from '../../store/state';

interface Props {
  theme: Theme;
  onChange(theme: Theme): void;
}

export function ThemeToggle({ theme, onChange }: Props) {
  return (
    <button type="button" aria-pressed={theme === 'dark'} onClick={() => onChange(theme === 'dark' ? 'light' : 'dark')}>
      <span aria-hidden="true">{theme === 'dark' ? '☾ ' : '☀ '}</span>Dark theme
    </button>
  );
}
