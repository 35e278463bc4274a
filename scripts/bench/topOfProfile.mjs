// Self time per function and per file of a V8 .cpuprofile (from `node --cpu-prof`):
//   node topOfProfile.mjs [--rows N] <profiles…>   (the largest file is read: tsx also profiles its loader thread)
//   node topOfProfile.mjs --under NAME <profiles…>  the time spent inside each function called by NAME
//     (inclusive: its callees counted), plus NAME's own: where a function's total goes, one level down. Self
//     time alone hides a cost spread over many small callees, and inlining moves it between caller and callee.
import { readFileSync, statSync } from 'node:fs';

const args = process.argv.slice(2);
const at = args.indexOf('--rows');
const rows = at >= 0 ? Number(args.splice(at, 2)[1]) : 30;
const underAt = args.indexOf('--under');
const under = underAt >= 0 ? args.splice(underAt, 2)[1] : undefined;
const file = args.sort((a, b) => statSync(b).size - statSync(a).size)[0];
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0)));
const total = [...self.values()].reduce((a, b) => a + b, 0);
const fn = new Map();
const files = new Map();
for (const [id, us] of self) {
  const { callFrame: c } = byId.get(id);
  const where = c.url.replace(/^.*\/(node_modules\/|src\/)/, '$1') || '(native)';
  const key = `${c.functionName || '(anonymous)'}  ${where}:${c.lineNumber + 1}`;
  fn.set(key, (fn.get(key) ?? 0) + us);
  files.set(where, (files.get(where) ?? 0) + us);
}
const show = (title, m) => {
  console.log(`\n${title} (total ${(total / 1000).toFixed(0)} ms)`);
  for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, rows)) console.log(`${((100 * us) / total).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`);
};
if (under === undefined) {
  show('self time by file', files);
  show('self time by function', fn);
} else {
  // Each sample counts once, for the callee of the innermost frame named `under` on its stack.
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const callees = new Map();
  profile.samples.forEach((id, i) => {
    let child;
    for (let x = id; x !== undefined; child = x, x = parent.get(x)) {
      if (byId.get(x).callFrame.functionName !== under) continue;
      const key = child === undefined ? `(self of ${under})` : (() => {
        const { callFrame: c } = byId.get(child);
        return `${c.functionName || '(anonymous)'}  ${c.url.replace(/^.*\/(node_modules\/|src\/)/, '$1') || '(native)'}`;
      })();
      callees.set(key, (callees.get(key) ?? 0) + (dt[i] ?? 0));
      break;
    }
  });
  const inside = [...callees.values()].reduce((a, b) => a + b, 0);
  console.log(`${under}: ${(inside / 1000).toFixed(0)} ms in all`);
  show(`inside ${under}, by the function it calls`, callees);
}
