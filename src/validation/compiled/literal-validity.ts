// Whether a literal is well formed for its datatype: the lexical rules rdf-validate-shacl applies, plus real dates and times.
import type { Literal } from '@rdfjs/types';
import { validateTerm } from 'rdf-validate-datatype';
import { NS } from '../../vocab.ts';

const XSD_STRING = `${NS.xsd}string`;
const RDF_LANG_STRING = `${NS.rdf}langString`;
const DATE_LIKE = new Set([`${NS.xsd}date`, `${NS.xsd}dateTime`, `${NS.xsd}dateTimeStamp`]);
const YEAR_MONTH_DAY = /^(-?\d{4,})-(\d{2})-(\d{2})/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const GYEAR_MONTH = /^(-?\d{4,})-(\d{2})(?:Z|[+-]\d{2}:\d{2})?$/;
const WITH_TIME = new Set([`${NS.xsd}dateTime`, `${NS.xsd}dateTimeStamp`, `${NS.xsd}time`]);
/** hh:mm:ss(.s) at the start (xsd:time) or after the T (xsd:dateTime); the lexical rules already hold. */
const CLOCK = /(?:^|T)(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?/;

/**
 * True when the literal's lexical form is valid for its datatype. With `strictDates`, xsd:date(Time) must also
 * name a day that exists, xsd:gYearMonth a month 01–12, and xsd:dateTime / xsd:time a time of day that exists
 * (00:00:00 to 23:59:59.999…, or 24:00:00 exactly, as XML Schema 1.1 allows), which rdf-validate-shacl does not check.
 * @example isWellFormed(literal('1942-02-30', xsd.date), true) //=> false
 * @example isWellFormed(literal('2017-02-10T25:00:00', xsd.dateTime), true) //=> false
 */
export function isWellFormed(value: Literal, strictDates: boolean): boolean {
  const dt = value.datatype.value;
  if (dt === XSD_STRING || dt === RDF_LANG_STRING) return true; // what validateTerm says for them, without its lookup
  if (!validateTerm(value)) return false;
  if (!strictDates) return true;
  if (WITH_TIME.has(dt) && !isRealTimeOfDay(value.value)) return false;
  if (DATE_LIKE.has(dt)) return isRealDay(value.value);
  if (dt === `${NS.xsd}gYearMonth`) {
    const m = GYEAR_MONTH.exec(value.value);
    return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12;
  }
  return true;
}

function isRealDay(lexical: string): boolean {
  const m = YEAR_MONTH_DAY.exec(lexical);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]);
}

function isRealTimeOfDay(lexical: string): boolean {
  const m = CLOCK.exec(lexical);
  if (!m) return false;
  const [hour, minute, second] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (hour === 24) return minute === 0 && second === 0 && /^0*$/.test(m[4] ?? '');
  return hour <= 23 && minute <= 59 && second <= 59;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
