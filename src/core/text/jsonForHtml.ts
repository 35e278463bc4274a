// JSON that stays JSON inside an HTML page. CMSs paste JSON-LD into `<script type="application/ld+json">`,
// where a `</script>` in a string (a reviewer's note, a publisher's name) would end the script and let the
// rest run as markup; U+2028/U+2029 break older JavaScript parsers. All five become `\u` escapes, which every
// JSON reader reads back as the same characters.

const UNSAFE = /[<>&\u2028\u2029]/g;

export function jsonForHtml(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
