import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { claspLoginProblem, claspProblem } from '../../sheets-addon/clasp';

const example = readFileSync(path.resolve(import.meta.dirname, '../../sheets-addon/.clasp.json.example'), 'utf8');

function folderWith(clasp?: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'clasp-'));
  if (clasp !== undefined) writeFileSync(path.join(folder, '.clasp.json'), clasp);
  return folder;
}

describe('npm run push:sheets before pushing', () => {
  it('explains how to make .clasp.json when it is missing', () => {
    expect(claspProblem(folderWith())).toMatch(/No \.clasp\.json[\s\S]*cp sheets-addon\/\.clasp\.json\.example \.clasp\.json/);
  });

  it('wants a real script id, not the example\'s placeholder', () => {
    expect(claspProblem(folderWith(example))).toMatch(/no script id/);
  });

  it('wants rootDir dist/sheets, which the example already has', () => {
    const id = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
    expect(JSON.parse(example).rootDir).toBe('dist/sheets');
    expect(claspProblem(folderWith(example.replace(/"scriptId": "[^"]*"/, `"scriptId": "${id}"`)))).toBeNull();
    expect(claspProblem(folderWith(JSON.stringify({ scriptId: id, rootDir: 'sheets-addon' })))).toMatch(/rootDir/);
    expect(claspProblem(folderWith('{ not json'))).toMatch(/not valid JSON/);
  });
});

describe('npm run push:sheets before logging in', () => {
  it('says to run the login when clasp has no credentials, instead of clasp\'s bare "No credentials found"', () => {
    const home = folderWith();
    expect(claspLoginProblem({}, home)).toMatch(/npm run login:sheets/);
    writeFileSync(path.join(home, '.clasprc.json'), '{}');
    expect(claspLoginProblem({}, home)).toBeNull();
  });

  it('follows clasp_config_auth, a file or a folder holding .clasprc.json, as clasp does', () => {
    const elsewhere = folderWith();
    const home = folderWith();
    expect(claspLoginProblem({ clasp_config_auth: elsewhere }, home)).toMatch(/login:sheets/);
    writeFileSync(path.join(elsewhere, '.clasprc.json'), '{}');
    expect(claspLoginProblem({ clasp_config_auth: elsewhere }, home)).toBeNull();
    expect(claspLoginProblem({ clasp_config_auth: path.join(elsewhere, '.clasprc.json') }, home)).toBeNull();
  });

  it('names the login script package.json defines, run with the pinned clasp', () => {
    const scripts = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')).scripts;
    expect(scripts['login:sheets']).toBe('clasp login');
  });
});
