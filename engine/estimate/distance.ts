// Great-circle distance between two cities (the haversine formula on a sphere of the Earth's mean radius),
// rounded to a whole kilometre: the one step of an estimate computed in floating point, and its result is stated
// in the line as the distance used, so every later step stays exact.

/** IUGG mean radius of the Earth, in kilometres. */
export const EARTH_RADIUS_KM = 6371.0088;

const rad = (degrees: number) => (degrees * Math.PI) / 180;

/** Whole kilometres between two [longitude, latitude] points. */
export function greatCircleKm(from: readonly [number, number], to: readonly [number, number]): number {
  const [lon1, lat1] = from;
  const [lon2, lat2] = to;
  const h = Math.sin(rad(lat2 - lat1) / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(rad(lon2 - lon1) / 2) ** 2;
  return Math.round(2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h))));
}
