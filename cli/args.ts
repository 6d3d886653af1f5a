import type { Lang } from '../shared/i18n/lang';
import { say } from './strings';

export type Command = 'check' | 'report';

const FORMATS: Record<Command, readonly string[]> = { check: ['text', 'json'], report: ['html', 'csv'] };
const LANGS = ['en', 'da'];
const VALUED = ['format', 'lang', 'out'];

export interface Invocation {
  readonly command: Command;
  readonly format: string;
  readonly lang: Lang;
  readonly out?: string;
  readonly paths: readonly string[];
}

export type Parsed = { readonly invocation: Invocation } | { readonly help: Lang } | { readonly problem: string; readonly lang: Lang };

/**
 * The command line read: `kpi-review <command> [--option value | --option=value]... <path>...`.
 * `--` ends the options. Messages are in --lang, English by default, as the validator's are.
 */
export function parseArgs(argv: readonly string[]): Parsed {
  const options: Record<string, string> = {};
  const paths: string[] = [];
  let problem: ((lang: Lang) => string) | undefined;
  let help = false;
  const [command, ...rest] = argv;
  for (let i = 0; i < rest.length && problem === undefined; i++) {
    const arg = rest[i];
    if (arg === '--') {
      paths.push(...rest.slice(i + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') help = true;
    else if (arg.startsWith('--')) {
      const [name, inline] = splitOption(arg.slice(2));
      if (!VALUED.includes(name)) problem = (lang) => say('unknownOption', lang, { option: arg });
      else if (inline !== undefined) options[name] = inline;
      else if (i + 1 < rest.length) options[name] = rest[++i];
      else problem = (lang) => say('missingValue', lang, { option: name });
    } else paths.push(arg);
  }
  const lang: Lang = options.lang === 'da' ? 'da' : 'en';
  if (help || command === undefined || command === 'help' || command === '--help' || command === '-h') return { help: lang };
  const fail = (text: string) => ({ problem: say('badUsage', lang, { problem: text }), lang });
  if (command !== 'check' && command !== 'report') return fail(say('unknownCommand', lang, { command }));
  if (problem !== undefined) return fail(problem(lang));
  const format = options.format ?? FORMATS[command][0];
  for (const [option, value, choices] of [
    ['format', format, FORMATS[command]],
    ['lang', options.lang ?? lang, LANGS],
  ] as const) {
    if (!choices.includes(value)) return fail(say('badChoice', lang, { option, value, choices: choices.join(', ') }));
  }
  if (paths.length === 0) return fail(say('noPaths', lang));
  return { invocation: { command, format, lang, out: options.out, paths } };
}

function splitOption(text: string): [string, string | undefined] {
  const equals = text.indexOf('=');
  return equals < 0 ? [text, undefined] : [text.slice(0, equals), text.slice(equals + 1)];
}
