/**
 * Each distinct text kept once, named by its index: a million failed rows that share a handful of
 * Salesforce error messages store a number each, not a string each. Used by the job result join
 * and the row outcomes it builds, whose `errors` array is `texts`.
 */
export class InternedTexts {
  /** Every distinct text, in the order first seen. */
  readonly texts: string[] = [];
  private readonly indexOf = new Map<string, number>();

  /** The index of `text` in `texts`, added at the end the first time it is seen. */
  intern(text: string): number {
    let index = this.indexOf.get(text);
    if (index === undefined) {
      index = this.texts.length;
      this.texts.push(text);
      this.indexOf.set(text, index);
    }
    return index;
  }
}
