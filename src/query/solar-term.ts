// The day a solar term (清明: the sun at 15° of ecliptic longitude) falls on in China, for any
// year: the sun's apparent longitude by Meeus's low-accuracy theory (Astronomical Algorithms,
// ch. 25: about 0.01°, a quarter of an hour), the moment found by Newton's steps, and the day
// taken in China's time (UTC+8). The 寿星 formula it replaces holds for 2000–2099 only.

const DAY_MS = 86_400_000;
const JD_UNIX_EPOCH = 2_440_587.5;
const J2000 = 2_451_545;
const CHINA_OFFSET_DAYS = 8 / 24;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** The sun's apparent ecliptic longitude in degrees [0, 360) at Julian ephemeris day `jde`. */
function sunLongitude(jde: number): number {
  const t = (jde - J2000) / 36_525;
  const l0 = 280.46646 + 36_000.76983 * t + 0.0003032 * t * t;
  const m = rad(357.52911 + 35_999.05029 * t - 0.0001537 * t * t);
  const centre =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m) + (0.019993 - 0.000101 * t) * Math.sin(2 * m) + 0.000289 * Math.sin(3 * m);
  const omega = rad(125.04 - 1934.136 * t);
  const apparent = l0 + centre - 0.00569 - 0.00478 * Math.sin(omega);
  return ((apparent % 360) + 360) % 360;
}

/** Terrestrial minus universal time in days (Morrison and Stephenson's parabola: minutes off at worst within a few centuries of now). */
const deltaT = (year: number): number => (-20 + 32 * ((year - 1820) / 100) ** 2) / 86_400;

/** The day (ISO, China's time) in `year` (100 or later: Date.UTC reads 0–99 as 19xx) the sun reaches `longitude` degrees, its search begun on `month`/`day` near it. */
export function solarTermDay(year: number, longitude: number, month: number, day: number): string {
  let jde = Date.UTC(year, month - 1, day, 12) / DAY_MS + JD_UNIX_EPOCH;
  // About a day a degree: each step moves by the longitude still to go (wrapped to ±180°).
  for (let i = 0; i < 8; i++) {
    const togo = ((((longitude - sunLongitude(jde)) % 360) + 540) % 360) - 180;
    jde += togo * (365.2422 / 360);
    if (Math.abs(togo) < 1e-7) break;
  }
  const utc = jde - deltaT(year);
  const date = new Date(Math.round((utc + CHINA_OFFSET_DAYS - JD_UNIX_EPOCH) * DAY_MS));
  return date.toISOString().slice(0, 10);
}
