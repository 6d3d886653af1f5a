/** The id of the element the pane mounts in; the page and the script agree on it here. */
export const PANE_ROOT_ID = 'kpi-review';

/**
 * A script's text made safe inside an inline <script>: `</script` would end the element early
 * and `<!--` can switch the HTML parser into a comment-like state, so both are escaped in a way
 * JavaScript reads back as the same text.
 */
export function inlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/**
 * The sidebar as one file, which `HtmlService.createHtmlOutputFromFile('Sidebar')` serves as is:
 * the pane's bundle (its CSS included) inlined, nothing loaded from elsewhere.
 */
export function sidebarHtml(bundle: string, title: string): string {
  // English until the pane knows the user's language; the pane marks its own part with it.
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <base target="_top">
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${title}</title>
  </head>
  <body>
    <main id="${PANE_ROOT_ID}"></main>
    <script>
${inlineScript(bundle)}
    </script>
  </body>
</html>
`;
}
