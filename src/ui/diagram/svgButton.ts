// Keyboard and pointer props that make an SVG <g> behave like a button (Enter and Space activate).
import type { KeyboardEvent, MouseEvent } from 'react';

export function svgButtonProps(label: string, onActivate: () => void, pressed?: boolean) {
  return {
    role: 'button' as const,
    tabIndex: 0,
    'aria-label': label,
    ...(pressed === undefined ? {} : { 'aria-pressed': pressed }),
    onClick: (e: MouseEvent) => {
      e.stopPropagation();
      onActivate();
    },
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        e.stopPropagation();
        onActivate();
      }
    },
  };
}
