/* Custom functions (placeholder, namespace SMARTCITY). Replaced by the engine adapters. */

/**
 * Weight (权重) of an indicator, dimension, bonus item or the total in the active framework.
 * @customfunction WEIGHT
 * @param name Indicator, dimension or bonus name, or "total".
 * @returns The weight in points.
 */
export function weight(name: string): number {
  void name;
  return 0;
}
