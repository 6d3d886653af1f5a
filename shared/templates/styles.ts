import type { CellStyle, StyleName } from './spec';

/**
 * The look of every named style, close to Office's built-in table and cell styles so a sheet
 * feels native in Excel and calm in Sheets. Colours are hex `#RRGGBB`, which both hosts accept.
 */
export const STYLES: Record<StyleName, CellStyle> = {
  title: { bold: true, fontSize: 16, fontColor: '#1F3864' },
  subtitle: { italic: true, fontColor: '#595959' },
  section: { bold: true, fontSize: 12, fontColor: '#1F3864', fill: '#D9E1F2' },
  header: { bold: true, fontColor: '#FFFFFF', fill: '#4472C4', wrap: true },
  label: { bold: true, fontColor: '#1F3864' },
  // A pale fill marks where the user types, like Excel's "Input" cell style but quieter.
  input: { fill: '#FFF9E6', wrap: true },
  // Reference text to read or copy, unlike an input it asks for nothing.
  text: { wrap: true },
  // Instructions in grey that still reads at 6:1 on white (WCAG AA asks 4.5:1).
  note: { italic: true, fontColor: '#616161' },
  // Grey says "calculated, do not type here".
  computed: { fontColor: '#404040', fill: '#F2F2F2' },
};

export type RagStatus = 'Green' | 'Amber' | 'Red';

/**
 * RAG colours as Excel's Good / Neutral / Bad cell styles, by status; conditional fills match the
 * status's word in every language `KPI.RAG` writes (Green and Grøn alike).
 */
export const RAG_FILLS: Record<RagStatus, { readonly fill: string; readonly fontColor: string }> = {
  Green: { fill: '#C6EFCE', fontColor: '#006100' },
  Amber: { fill: '#FFEB9C', fontColor: '#9C5700' },
  Red: { fill: '#FFC7CE', fontColor: '#9C0006' },
};
