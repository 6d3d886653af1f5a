import { describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/validator';
import { failureText, findingAddress, findingCell, groupFindings, summaryText } from '../../ui/findings';

const finding = (severity: Finding['severity'], at?: { row: number; column?: number }, rule: Finding['rule'] = 'owner'): Finding =>
  ({ rule, severity, message: `${severity} message`, ...at });

describe('grouping findings by severity', () => {
  it('puts errors first, then warnings, then notes, keeping the validator\'s order inside a group', () => {
    const first = finding('warning', { row: 3 }, 'baseline');
    const second = finding('warning', { row: 1 }, 'deadline');
    const groups = groupFindings([finding('info', { row: 9 }), first, finding('error', { row: 5 }), second]);
    expect(groups.map((group) => group.severity)).toEqual(['error', 'warning', 'info']);
    expect(groups[1].findings).toEqual([first, second]);
  });

  it('leaves out a severity without findings', () => {
    expect(groupFindings([finding('warning')]).map((group) => group.severity)).toEqual(['warning']);
    expect(groupFindings([])).toEqual([]);
  });
});

describe('the summary line', () => {
  it('counts each severity present, in English', () => {
    const findings = [finding('error'), finding('error'), finding('error'), finding('warning'), finding('warning')];
    expect(summaryText(findings, 'en')).toBe('3 errors, 2 warnings');
  });

  it('uses the singular for one', () => {
    expect(summaryText([finding('error'), finding('warning'), finding('info')], 'en')).toBe('1 error, 1 warning, 1 note');
  });

  it('speaks Danish', () => {
    expect(summaryText([finding('error'), finding('warning'), finding('warning'), finding('info')], 'da')).toBe('1 fejl, 2 advarsler, 1 bemærkning');
  });

  it('says there are no findings', () => {
    expect(summaryText([], 'en')).toMatch(/^No findings/);
    expect(summaryText([], 'da')).toMatch(/^Ingen fund/);
  });
});

describe('the address of a finding', () => {
  it('is the A1 address of its 0-based row and column', () => {
    expect(findingAddress(finding('error', { row: 11, column: 1 }))).toBe('B12');
    expect(findingAddress(finding('error', { row: 0, column: 27 }))).toBe('AB1');
  });

  it('points at column A when a finding has a row only', () => {
    expect(findingAddress(finding('warning', { row: 4 }))).toBe('A5');
    expect(findingCell(finding('warning', { row: 4 }))).toEqual({ row: 4, column: 0 });
  });

  it('is absent for a finding about the whole sheet or a position that is no cell', () => {
    expect(findingAddress(finding('error'))).toBeUndefined();
    expect(findingCell(finding('error', { row: -1, column: 2 }))).toBeUndefined();
    expect(findingCell(finding('error', { row: 1.5 }))).toBeUndefined();
  });
});

describe('a bridge failure as text', () => {
  it('shows an Error\'s message, a plain object\'s message, or the value itself', () => {
    expect(failureText(new Error('Sheet is protected'), 'en')).toBe('Sheet is protected');
    expect(failureText({ message: 'Exception: quota' }, 'en')).toBe('Exception: quota');
    expect(failureText('offline', 'en')).toBe('offline');
  });

  it('never shows nothing', () => {
    expect(failureText(undefined, 'en')).toBe('the spreadsheet gave no reason.');
    expect(failureText(new Error(''), 'da')).toBe('regnearket gav ingen forklaring.');
    expect(failureText({ message: '  ' }, 'en')).toBe('the spreadsheet gave no reason.');
  });
});
