// @ts-check
// RFC 3339 date-times (section 5.6, `date-time`), defined once. The spec tools register it as
// Ajv's `date-time` format, so the validators compiled into generated/ (the client's check of the
// success envelope among them) and the harness's own Ajv use it, and the contract tests call it.
//
// It is stricter than ajv-formats and Date.parse, which take far more (a space for the `T`, no
// time zone, `+0100`): the date and the time are joined by `T`, the zone is `Z` or `+hh:mm` /
// `-hh:mm`, and the date must exist (no 2025-02-29 or 2025-02-30). `t` and `z` may be lower case,
// as the note in section 5.6 allows. Second 60 (a leap second) is accepted in any minute: where
// one may fall depends on the offset and on IERS announcements, which a pattern cannot know.
//
// It is one regular expression rather than a function so that Ajv's standalone code carries it
// inline: the generated validators, which ship, then need nothing from this file at run time.

/** Years with a 29 February: divisible by 4 but not by 100, or divisible by 400. */
const LEAP_YEAR = String.raw`(?:\d\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)`;
/** A month and a day of that month, 29 February aside. */
const MONTH_DAY = String.raw`(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))`;
const DATE = String.raw`(?:\d{4}-${MONTH_DAY}|${LEAP_YEAR}-02-29)`;
const TIME = String.raw`(?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?`;
const OFFSET = String.raw`(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)`;

/** An RFC 3339 `date-time` on a date that exists; Ajv's `date-time` format in this project. */
export const RFC3339_DATE_TIME = new RegExp(`^${DATE}[Tt]${TIME}${OFFSET}$`);

/**
 * Whether the value is an RFC 3339 date-time string on a date that exists.
 * @param {unknown} value
 * @returns {boolean}
 */
export function isRfc3339DateTime(value) {
  return typeof value === 'string' && RFC3339_DATE_TIME.test(value);
}
