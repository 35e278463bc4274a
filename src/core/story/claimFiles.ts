/**
 * The files of a claim search (ClaimSearch), numbered as they come, and the order of two claims a search scores
 * the same: of the file whose name sorts first, then the earlier in its file. Not the one added first: a story's
 * files come in any order (the editor's, the command line's), and its cross-references must not depend on it
 * (loaded in three shuffled orders, 35–53 of 200 FNC-1 bodies' cross-references differed before).
 */
export class ClaimFiles {
  private readonly numbers = new Map<string, number>();
  private readonly names: string[] = [];

  /** The file's number, given the first time it is seen. */
  number(file: string): number {
    let n = this.numbers.get(file);
    if (n === undefined) {
      this.numbers.set(file, (n = this.names.length));
      this.names.push(file);
    }
    return n;
  }

  /** The file's number, -1 for a file never seen. */
  numberOf(file: string): number {
    return this.numbers.get(file) ?? -1;
  }

  /** Whether the claim at place `indexA` of file `fileA` (a number) comes before the one at `indexB` of `fileB`. */
  ahead(fileA: number, indexA: number, fileB: number, indexB: number): boolean {
    return fileA === fileB ? indexA < indexB : this.names[fileA] < this.names[fileB];
  }
}
