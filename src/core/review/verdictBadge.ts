// The short mark a recorded verdict shows beside its claim ("✗ inaccurate"), so the verdict is visible without
// replacing the claim's status. The default labels have their own glyphs; a newsroom's own labels get a neutral
// dot. `tone` says whether the verdict finds the claim sound, wrong, or neither (its colour).
export type VerdictTone = 'sound' | 'wrong' | 'neutral';

const GLYPHS: Readonly<Record<string, { glyph: string; tone: VerdictTone }>> = {
  accurate: { glyph: '✓', tone: 'sound' },
  inaccurate: { glyph: '✗', tone: 'wrong' },
  misleading: { glyph: '≠', tone: 'wrong' },
  unsupported: { glyph: '?', tone: 'wrong' },
  'needs-context': { glyph: '…', tone: 'neutral' },
  'not-checkable': { glyph: '∅', tone: 'neutral' },
};

export function verdictBadge(label: string): { text: string; tone: VerdictTone } {
  const known = GLYPHS[label];
  return { text: `${known?.glyph ?? '•'} ${label}`, tone: known?.tone ?? 'neutral' };
}
