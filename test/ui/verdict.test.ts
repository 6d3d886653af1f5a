import { describe, expect, it } from 'vitest';
import { RULES_BY_ID, type Finding } from '../../shared/validator';
import { VERDICT_TEXT } from '../../ui/strings';
import { proposedReason, verdictOf } from '../../ui/verdict';

const finding = (severity: Finding['severity'], rule: Finding['rule'], row?: number): Finding =>
  ({ rule, severity, message: `${rule} message`, ...(row === undefined ? {} : { row }) });

const BOTH = { employee: true, manager: true };

describe('the verdict', () => {
  it('is Ready to agree with no error and no warning, notes or not', () => {
    expect(verdictOf([], undefined, 'en')).toEqual({ ready: true, headline: 'Ready to agree', left: [] });
    expect(verdictOf([finding('info', 'ambition', 4)], undefined, 'da')).toMatchObject({ ready: true, headline: 'Klar til aftale', left: [] });
  });

  it('lists what is left, errors before warnings, one line per rule with its count, in the validator\'s order', () => {
    const findings = [
      finding('warning', 'baseline', 5), finding('error', 'owner', 6), finding('info', 'ambition', 6),
      finding('warning', 'baseline', 7), finding('error', 'owner', 7), finding('error', 'target', 7), finding('warning', 'link', 8),
    ];
    const verdict = verdictOf(findings, undefined, 'en');
    expect(verdict.ready).toBe(false);
    expect(verdict.headline).toBe(VERDICT_TEXT.notReady.en);
    expect(verdict.left.map(({ rule, severity, count }) => ({ rule, severity, count }))).toEqual([
      { rule: 'owner', severity: 'error', count: 2 },
      { rule: 'target', severity: 'error', count: 1 },
      { rule: 'baseline', severity: 'warning', count: 2 },
      { rule: 'link', severity: 'warning', count: 1 },
    ]);
  });

  it('words each rule left by what the rule asks, in the pane\'s language', () => {
    const [owner] = verdictOf([finding('error', 'owner', 3)], undefined, 'da').left;
    expect(owner.text).toBe(RULES_BY_ID.owner.description.da);
    expect(verdictOf([finding('error', 'owner', 3)], undefined, 'en').left[0].text).toBe(RULES_BY_ID.owner.description.en);
  });

  it('falls back to the message for a rule it does not know', () => {
    const odd = { rule: 'future-rule', severity: 'warning', message: 'Something new' } as unknown as Finding;
    expect(verdictOf([odd], undefined, 'en').left[0].text).toBe('Something new');
  });

  it('says once both have signed off, and who has when only one has', () => {
    expect(verdictOf([], BOTH, 'en').signOff).toBe('Signed off by the employee and the manager.');
    expect(verdictOf([finding('error', 'owner', 3)], BOTH, 'da').signOff).toBe('Godkendt af både medarbejder og leder.');
    expect(verdictOf([], { employee: true, manager: false }, 'en').signOff).toMatch(/^Signed off by the employee; the manager has not/);
    expect(verdictOf([], { employee: false, manager: true }, 'da').signOff).toMatch(/^Godkendt af lederen; medarbejderen har ikke/);
  });

  it('says nothing of the sign-off when nobody has signed or the sheet has none', () => {
    expect(verdictOf([], { employee: false, manager: false }, 'en')).not.toHaveProperty('signOff');
    expect(verdictOf([], undefined, 'en')).not.toHaveProperty('signOff');
  });
});

describe('the reason Save version proposes', () => {
  it('is Agreed / Aftalt once both have signed and the field is empty', () => {
    expect(proposedReason('', BOTH, 'en')).toBe('Agreed');
    expect(proposedReason('  ', BOTH, 'da')).toBe('Aftalt');
  });

  it('follows the language while the field still holds the proposal', () => {
    expect(proposedReason('Agreed', BOTH, 'da')).toBe('Aftalt');
    expect(proposedReason('Aftalt', BOTH, 'en')).toBe('Agreed');
  });

  it('never replaces what the user typed, and proposes nothing before both have signed', () => {
    expect(proposedReason('Targets changed after Q1', BOTH, 'en')).toBe('Targets changed after Q1');
    expect(proposedReason('', { employee: true, manager: false }, 'en')).toBe('');
    expect(proposedReason('', undefined, 'en')).toBe('');
  });
});
