// Measurements of what a class sees, taken in the page: the rendered size of text in the diagram
// (its font size times the drawing's scale) and the share of the diagram that notices cover.
import type { Locator } from '@playwright/test';

/** The smallest rendered font size (CSS px) of any visible text inside `region`, and its text. */
export async function smallestText(region: Locator): Promise<{ px: number; text: string }> {
  return region.evaluate((root) => {
    let px = Number.POSITIVE_INFINITY;
    let text = '';
    for (const el of root.querySelectorAll<HTMLElement | SVGTextElement>('text, tspan, p, span, summary, button, dt, dd, h2')) {
      if (!el.checkVisibility() || el.getBoundingClientRect().width === 0 || !el.textContent?.trim()) continue;
      const size = Number.parseFloat(getComputedStyle(el).fontSize);
      // SVG text is scaled with its drawing: the screen transform's vertical scale.
      const ctm = el instanceof SVGGraphicsElement ? el.getScreenCTM() : null;
      const rendered = ctm ? size * Math.hypot(ctm.c, ctm.d) : size;
      if (rendered < px) {
        px = rendered;
        text = el.textContent.trim();
      }
    }
    return { px: Math.round(px * 100) / 100, text };
  });
}

/** The area of a box, in CSS px². */
export async function areaOf(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  return box ? box.width * box.height : 0;
}
