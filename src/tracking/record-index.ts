/**
 * The index of each interaction or objective record in the LMS, by id. Records the LMS
 * already holds (read at launch) keep their index; new ones go after them, with no gap,
 * since an LMS refuses an index past the end (2004 error 351).
 */
export class RecordIndex {
  private readonly byId = new Map<string, number>();
  private count: number;

  /**
   * `ids` are the ids the LMS holds by index ('' where it would not say). `reuse` says a
   * repeated id updates its record (2004 interactions, objectives) instead of adding one
   * (SCORM 1.2 journals interactions, which many LMSs treat as write-once).
   */
  constructor(
    ids: readonly string[],
    private readonly reuse: boolean,
  ) {
    ids.forEach((id, n) => {
      if (id && !this.byId.has(id)) this.byId.set(id, n);
    });
    this.count = ids.length;
  }

  /** The index to write a record with this id at. */
  indexOf(id: string): number {
    const known = this.reuse ? this.byId.get(id) : undefined;
    if (known !== undefined) return known;
    const index = this.count++;
    this.byId.set(id, index);
    return index;
  }
}
