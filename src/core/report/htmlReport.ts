// The sign-off report as one self-contained HTML file (no script, no external resource) under a strict
// content security policy: nothing may load, only the inline style runs. All text is escaped. The
// extension's webview passes a nonce (its CSP then allows that style element only).

import type { ReportClaim, SignOffReport } from './signOffReport';
import { STATUS_ORDER } from '../story/statusTable';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export interface HtmlReportOptions {
  /** a nonce for the style element (webviews); without one, inline style is allowed */
  nonce?: string;
}

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.5rem}h2{margin-top:2rem;border-bottom:1px solid #ccc}h3{font-size:1rem;margin-bottom:.25rem}
table{border-collapse:collapse;margin:.5rem 2rem .5rem 0;display:inline-table}td,th{border:1px solid #ccc;padding:.2rem .6rem;text-align:left}
blockquote{margin:.25rem 0 .5rem;padding-left:.8rem;border-left:3px solid #999}
.contradicted{color:#b71c1c}.disputed{color:#e65100}.corroborated{color:#2e7d32}.uncorroborated{color:#616161}
.verdict{font-weight:600}.none{color:#b71c1c;font-weight:600}.src{color:#333;font-size:.93rem}.where{font-family:ui-monospace,monospace;font-size:.85rem}
`;

export function htmlReport(report: SignOffReport, options: HtmlReportOptions = {}): string {
  const e = escapeHtml;
  // A nonce is base64 by definition; anything else would break out of the policy, so it is refused.
  if (options.nonce !== undefined && !/^[A-Za-z0-9+/=_-]+$/.test(options.nonce)) throw new Error('htmlReport: the nonce must be base64');
  const styleSrc = options.nonce ? `'nonce-${options.nonce}'` : "'unsafe-inline'";
  const csp = `default-src 'none'; style-src ${styleSrc}; img-src 'none'; script-src 'none'; base-uri 'none'; form-action 'none'`;
  const s = report.summary;
  const out: string[] = [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    `<title>${e(report.title)}</title>`,
    `<style${options.nonce ? ` nonce="${options.nonce}"` : ''}>${STYLE}</style>`,
    '</head><body>',
    `<h1>${e(report.title)}</h1>`,
  ];
  if (report.generatedAt) out.push(`<p>Generated ${e(report.generatedAt)}</p>`);
  out.push('<h2>Summary</h2>');
  out.push(`<p>${s.claims} claims in ${s.articles} article(s): ${s.reviewed} reviewed, <strong>${s.unreviewed} unreviewed</strong>${s.unreviewedConflicts ? ` (${s.unreviewedConflicts} of them contradicted or disputed)` : ''}.` +
    `${s.dismissed ? ` ${s.dismissed} dismissed as not claims.` : ''}${s.editedSince ? ` ${s.editedSince} verdict(s) on words edited since.` : ''}${s.orphans ? ` ${s.orphans} orphaned verdict(s).` : ''}</p>`);
  out.push('<table><tr><th>status</th><th>claims</th></tr>' + STATUS_ORDER.map((st) => `<tr><td class="${st}">${st}</td><td>${s.byStatus[st]}</td></tr>`).join('') + '</table>');
  out.push('<table><tr><th>verdict</th><th>claims</th></tr>' + Object.entries(s.byVerdict).map(([l, n]) => `<tr><td>${e(l)}</td><td>${n}</td></tr>`).join('') + `<tr><td><em>none yet</em></td><td>${s.unreviewed}</td></tr></table>`);

  for (const a of report.articles) {
    out.push(`<h2>${e(a.file)}</h2>`);
    if (a.sidecarBroken) out.push('<p class="none">The sidecar of this article could not be read: its verdicts are missing from this report.</p>');
    a.claims.forEach((c, i) => out.push(claimHtml(a.file, c, i + 1)));
    if (a.unreviewed.length) {
      out.push('<h3>Still unreviewed</h3><ul>' + a.unreviewed.map((c) => `<li><span class="where">${e(`${a.file}:${c.line}`)}</span> <span class="${c.status}">${c.status}</span>: ${e(c.text)}</li>`).join('') + '</ul>');
    }
    if (a.orphans.length) out.push('<h3>Orphaned verdicts (their claim cannot be found)</h3><ul>' + a.orphans.map((o) => `<li>${e(o.label)}: ${e(o.claim)} (${e(o.reason)})</li>`).join('') + '</ul>');
    if (a.dismissed.length) out.push('<h3>Dismissed (not claims)</h3><ul>' + a.dismissed.map((d) => `<li><span class="where">${e(`${a.file}:${d.line}`)}</span> ${e(d.text)}</li>`).join('') + '</ul>');
  }
  out.push('</body></html>');
  return out.join('\n') + '\n';
}

function claimHtml(file: string, c: ReportClaim, n: number): string {
  const e = escapeHtml;
  const out: string[] = [];
  out.push(`<h3>${n}. <span class="${c.status}">${c.status}</span> · <span class="where">${e(`${file}:${c.line}:${c.column}`)}</span>${c.origin === 'reviewer' ? ' · marked by a reviewer' : ''}</h3>`);
  out.push(`<blockquote>${e(c.text)}</blockquote>`);
  if (c.verdict) {
    const v = c.verdict;
    const who = [v.by, v.at?.slice(0, 10)].filter(Boolean).join(', ');
    out.push(`<p><span class="verdict">Verdict: ${e(v.label)}</span>${who ? ` (${e(who)})` : ''}${v.editedSince ? ' — <em>the claim was edited since</em>' : ''}</p>`);
    if (v.note) out.push(`<blockquote>${e(v.note).replace(/\n/g, '<br>')}</blockquote>`);
  } else out.push('<p class="none">No verdict yet.</p>');
  for (const p of c.priorVerdicts) out.push(`<p>Checked in <span class="where">${e(p.file)}</span>: <span class="verdict">${e(p.label)}</span>${p.note ? ` — ${e(p.note)}` : ''}</p>`);
  if (c.sources.length) {
    out.push('<ul class="src">' + c.sources.map((src) => {
      const where = src.line !== undefined ? `${src.file}:${src.line}` : src.file;
      const who = src.attribution ? ` (${e(src.attribution)}${src.independent ? '' : ', same source'})` : '';
      const conflicts = src.conflicts.map((k) => `<li>${e(k.type)}: “${e(k.here)}” here, “${e(k.there)}” there</li>`).join('');
      return `<li>${src.relation} — <span class="where">${e(where)}</span>${who}: “${e(src.text)}”${conflicts ? `<ul>${conflicts}</ul>` : ''}</li>`;
    }).join('') + '</ul>');
  }
  return out.join('\n');
}
