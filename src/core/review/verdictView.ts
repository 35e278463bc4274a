// A verdict as people see it — its label, note, who and when — without the sidecar's bookkeeping (anchor,
// line, index). The one shape shared by the `--json` outputs, the editor's view of a claim and the write
// path's "did this claim's verdict change?" comparison; fields a block does not have are left out.

import type { StoredVerdict } from '../sidecar/storage/sidecarSchema';

export interface VerdictView {
  label: string;
  note?: string;
  by?: string;
  at?: string;
}

export function verdictView(v: Pick<StoredVerdict, 'label' | 'note' | 'by' | 'at'>): VerdictView {
  return { label: v.label, ...(v.note !== undefined && { note: v.note }), ...(v.by !== undefined && { by: v.by }), ...(v.at !== undefined && { at: v.at }) };
}
