/**
 * A pure function of a string, remembered: for hot conversions over a small vocabulary (a plan's
 * keys, the calendar dates a plan holds). The inputs may come from callers, so memory stays
 * bounded: at most `bound` entries, and only inputs `mayRemember` accepts (a short one). A call
 * that throws is not remembered, so a bad input fails every time.
 */
export interface RememberOptions {
  bound: number;
  mayRemember?: (input: string) => boolean;
}

export function remembered<T>(compute: (input: string) => T, { bound, mayRemember = () => true }: RememberOptions): (input: string) => T {
  const known = new Map<string, T>();
  return (input) => {
    if (known.has(input)) return known.get(input)!;
    const value = compute(input);
    if (known.size < bound && mayRemember(input)) known.set(input, value);
    return value;
  };
}
