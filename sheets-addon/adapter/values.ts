/**
 * A text as Sheets must receive it to keep it text: `setValues` reads a string that starts with `=`
 * as a formula, so a user's reason or KPI name such as "=IMPORTRANGE(…)" gets a leading apostrophe,
 * which Sheets hides and stores as plain text.
 */
export function literal<T>(value: T): T | string {
  return typeof value === 'string' && value.startsWith('=') ? `'${value}` : value;
}
