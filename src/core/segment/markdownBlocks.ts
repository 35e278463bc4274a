import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import type { Nodes, Parents } from 'mdast';
import type { BlockKind, Span } from '../model';
import { withoutUrls, type ProseBlock } from './proseBlocks';

/**
 * Markdown: parsed with micromark (CommonMark + GFM + front matter), whose nodes carry offsets into the
 * original text. Prose is what sits in `text` nodes of paragraphs, headings and table cells; code,
 * front matter, HTML, link targets, images and autolinks are not prose.
 */
export function markdownBlocks(text: string): ProseBlock[] {
  // micromark drops a leading U+FEFF (a BOM) and counts its offsets without it, which would shift every
  // range by one; it reads a space there instead (same length), which it treats the same way otherwise.
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const tree = fromMarkdown(source, {
    extensions: [frontmatter(['yaml', 'toml']), gfm()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml']), gfmFromMarkdown()],
  });
  const blocks: ProseBlock[] = [];
  const visit = (node: Nodes, context: BlockKind) => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'tableCell': {
        const kind: BlockKind =
          node.type === 'heading' ? 'heading' : node.type === 'tableCell' ? 'table-cell' : context;
        const pieces: Span[] = [];
        collectProse(node, pieces);
        const span = spanOf(node);
        if (span && pieces.length > 0) blocks.push({ kind, span, pieces: withoutUrls(text, pieces) });
        return;
      }
      case 'listItem':
        return visitChildren(node, 'list-item');
      case 'blockquote':
        return visitChildren(node, 'quote');
      case 'code':
      case 'html':
      case 'yaml':
      case 'definition':
      case 'thematicBreak':
        return;
      default:
        if ('children' in node) visitChildren(node, context);
    }
  };
  const visitChildren = (node: Parents, context: BlockKind) => {
    for (const child of node.children) visit(child as Nodes, context);
  };
  visit(tree, 'paragraph');
  return blocks;
}

function collectProse(node: Nodes, out: Span[]): void {
  if (node.type === 'text') {
    const span = spanOf(node);
    if (span) out.push(span);
    return;
  }
  // An autolink's text is its URL: not prose. An image's alt text is not part of the article's prose.
  if (node.type === 'inlineCode' || node.type === 'image' || node.type === 'html' || node.type === 'footnoteReference') return;
  if (node.type === 'link' && node.children.length === 1 && node.children[0].type === 'text' && node.children[0].value === node.url) return;
  if ('children' in node) for (const child of node.children) collectProse(child as Nodes, out);
}

function spanOf(node: Nodes): Span | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
}
