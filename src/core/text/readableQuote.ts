// Another source's sentence as a reader sees it: Markdown links become their words, images and emphasis marks
// go, and a bare web address becomes its host ("abcnews.go.com"), so a quote in the hover reads as text and
// never carries a half-parsed link ("https://abcnews.go.com/).”").

export function readableQuote(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<?\bhttps?:\/\/([^/\s)>]+)[^\s)>]*>?/gi, (_m, host: string) => host.replace(/^www\./i, ''))
    .replace(/(\*\*|__|\*|_|`)(?=\S)([^*_`]+?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}
