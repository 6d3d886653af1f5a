import type { CellStyle } from '../../shared/templates/spec';

/** Sheets' own look of an unstyled cell, written explicitly so a batch covers every cell. */
const PLAIN = { fontWeight: 'normal', fontStyle: 'normal', fontSize: 10, wrap: false } as const;

type FontWeight = 'bold' | 'normal';
type FontStyle = 'italic' | 'normal';

/** The style grid split into the property grids Sheets sets in one call each. */
export interface SheetsLooks {
  /** `null` resets to no fill / the default font colour. */
  readonly backgrounds: (string | null)[][];
  readonly fontColors: (string | null)[][];
  readonly fontWeights: FontWeight[][];
  readonly fontStyles: FontStyle[][];
  readonly fontSizes: number[][];
  readonly wraps: boolean[][];
}

export function sheetsLooks(styles: readonly (readonly (CellStyle | undefined)[])[]): SheetsLooks {
  const grid = <T>(pick: (style: CellStyle) => T): T[][] => styles.map((row) => row.map((style) => pick(style ?? {})));
  return {
    backgrounds: grid((style) => style.fill ?? null),
    fontColors: grid((style) => style.fontColor ?? null),
    fontWeights: grid((style): FontWeight => (style.bold ? 'bold' : PLAIN.fontWeight)),
    fontStyles: grid((style): FontStyle => (style.italic ? 'italic' : PLAIN.fontStyle)),
    fontSizes: grid((style) => style.fontSize ?? PLAIN.fontSize),
    wraps: grid((style) => style.wrap ?? PLAIN.wrap),
  };
}
