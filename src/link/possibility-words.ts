/**
 * The possibility modal in the reports' other languages ("pourrait faire appel", "podría", "könnte", "potrebbe"): one
 * list for the status reading (status.ts, a possibility is expected, not a plan) and the certainty level (drift.ts).
 */
export const OTHER_LANGUAGE_POSSIBILITY: readonly string[] = ['pourrait', 'pourraient', 'podría', 'podrían', 'könnte', 'könnten', 'potrebbe', 'potrebbero'];
