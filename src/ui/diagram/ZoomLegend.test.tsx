// The big cluster's corner key: each line in the first wording that fits its corner, and the
// right corner's room is what the Legend button leaves of it.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ZoomLegend } from './ZoomLegend';

const codes = new Map([['orders', '']]);
const left = { x: 0, y: 0, w: 300, h: 60 };
const right = { x: 700, y: 0, w: 300, h: 60 };

const rendered = (rightReserve: number) => renderToStaticMarkup(<svg>{ZoomLegend({ codes, left, right, rightReserve, star: true })}</svg>);

describe('ZoomLegend', () => {
  it('writes the right corner whole when nothing covers it', () => {
    const markup = rendered(0);
    expect(markup).toContain('striped: out of ISR · bar: HW, LEO');
    expect(markup).toContain('● request  ○ response, on its link');
  });

  it('keeps clear of the Legend button: the shorter wordings fit what the button leaves', () => {
    const markup = rendered(120);
    expect(markup).not.toContain('bar: HW, LEO');
    expect(markup).toContain('striped: out of ISR');
    expect(markup).not.toContain('on its link');
  });

  it('leaves the corner empty when the button leaves too little room for a word', () => {
    expect(rendered(220)).not.toContain('striped');
  });
});
