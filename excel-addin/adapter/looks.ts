/// <reference types="office-js" />
import type { CellStyle } from '../../shared/templates/spec';

/** Sets one style on a range: only the properties the style names, so host defaults stay elsewhere. */
export function applyStyle(range: Excel.Range, style: CellStyle): void {
  const { format } = range;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
}

/** Excel column widths are points; template widths are pixels at 96 dpi. */
export function pointsFromPixels(pixels: number): number {
  return pixels * 0.75;
}
