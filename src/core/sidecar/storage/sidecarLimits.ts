// Sizes past which a sidecar is not read. A sidecar is a few kilobytes (one block of ~400 bytes per claim);
// 4 MB is ten thousand verdicts, far past any article, and keeps a hostile or mistaken file (a log
// redirected into it, a YAML bomb) from costing the editor its memory.
export const MAX_SIDECAR_BYTES = 4 * 1024 * 1024;
