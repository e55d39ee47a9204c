import type { Campaign } from '@gcm-practices/contract';
import { campaigns } from '@gcm-practices/dataset';
import { expect } from '@open-wc/testing';
import { dayIn, daysBetween, formatDay, isCalendarDay, today } from './calendar-day.js';
import { pickCampaign, stateOn } from './campaign-state.js';

const byId = (id: string) => campaigns.find((c) => c.id === id) as Campaign;
const call = byId('call-for-practices-2024');
const day2026 = byId('world-day-against-trafficking-2026');
const never = () => false;

describe('calendar days', () => {
  it('counts whole days between dates, across months, years and daylight-saving changes', () => {
    expect(daysBetween('2026-07-18', '2026-07-30')).to.equal(12);
    expect(daysBetween('2026-07-30', '2026-07-18')).to.equal(-12);
    expect(daysBetween('2026-07-30', '2026-07-30')).to.equal(0);
    expect(daysBetween('2024-02-28', '2024-03-01')).to.equal(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).to.equal(1);
    // Europe and North America change clocks in these spans; a day is still a day.
    expect(daysBetween('2026-03-07', '2026-04-07')).to.equal(31);
    expect(daysBetween('2026-10-24', '2026-11-02')).to.equal(9);
  });

  it('accepts only real dates written YYYY-MM-DD', () => {
    expect(isCalendarDay('2026-07-30')).to.equal(true);
    expect(isCalendarDay('2024-02-29')).to.equal(true);
    expect(isCalendarDay('2026-02-30')).to.equal(false);
    expect(isCalendarDay('2026-13-01')).to.equal(false);
    expect(isCalendarDay('2026-7-30')).to.equal(false);
    expect(isCalendarDay('2026-07-30T10:00:00Z')).to.equal(false);
    expect(isCalendarDay('')).to.equal(false);
  });

  it('dates an instant in a time zone, through daylight-saving changes', () => {
    const late = new Date('2026-07-29T23:30:00Z');
    expect(dayIn(late, 'Asia/Tokyo')).to.equal('2026-07-30');
    expect(dayIn(late, 'America/Los_Angeles')).to.equal('2026-07-29');
    expect(dayIn(late, 'UTC')).to.equal('2026-07-29');
    expect(dayIn(late, 'Asia/Kathmandu')).to.equal('2026-07-30');
    // Paris springs forward at 01:00 UTC on 29 March 2026 and falls back at 01:00 UTC on 25 October.
    expect(dayIn(new Date('2026-03-28T23:30:00Z'), 'Europe/Paris')).to.equal('2026-03-29');
    expect(dayIn(new Date('2026-03-29T22:30:00Z'), 'Europe/Paris')).to.equal('2026-03-30');
    expect(dayIn(new Date('2026-10-25T22:30:00Z'), 'Europe/Paris')).to.equal('2026-10-25');
    expect(dayIn(new Date('2026-10-25T23:30:00Z'), 'Europe/Paris')).to.equal('2026-10-26');
  });

  it("falls back to the runtime's zone for a missing or unknown zone", () => {
    const instant = new Date('2026-07-29T23:30:00Z');
    const pad = (n: number) => String(n).padStart(2, '0');
    const local = `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
    expect(dayIn(instant)).to.equal(local);
    expect(dayIn(instant, '')).to.equal(local);
    expect(dayIn(instant, 'Mars/Olympus_Mons')).to.equal(local);
  });

  it('takes "today" from now: a date as it is, a date-time in the zone, else the clock', () => {
    expect(today('2026-07-18', 'Asia/Tokyo')).to.equal('2026-07-18');
    expect(today(' 2026-07-18 ', undefined)).to.equal('2026-07-18');
    expect(today('2026-07-29T23:30:00Z', 'Asia/Tokyo')).to.equal('2026-07-30');
    expect(today('2026-07-30T08:30:00+09:00', 'America/Los_Angeles')).to.equal('2026-07-29');
    const clock = dayIn(new Date(), 'Asia/Tokyo');
    expect(today(undefined, 'Asia/Tokyo')).to.equal(clock);
    expect(today('not a date', 'Asia/Tokyo')).to.equal(clock);
  });

  it('writes a date in the language, without shifting it by a time zone', () => {
    expect(formatDay('en', '2026-07-30')).to.equal('July 30, 2026');
    expect(formatDay('fr', '2026-07-01')).to.equal('1 juillet 2026');
    expect(formatDay('es', '2024-06-24')).to.equal('24 de junio de 2024');
  });
});

describe('campaign states', () => {
  it('counts down to an awareness day within its promotion window, then says today', () => {
    expect(stateOn(day2026, '2026-07-01')).to.equal(undefined);
    expect(stateOn(day2026, '2026-07-02')).to.deep.equal({ name: 'countdown', days: 28 });
    expect(stateOn(day2026, '2026-07-18')).to.deep.equal({ name: 'countdown', days: 12 });
    expect(stateOn(day2026, '2026-07-29')).to.deep.equal({ name: 'countdown', days: 1 });
    expect(stateOn(day2026, '2026-07-30')).to.deep.equal({ name: 'today', days: 0 });
    expect(stateOn(day2026, '2026-07-31')).to.equal(undefined);
  });

  it('gives a call for practices its days left and its last day', () => {
    // The sources give no opening day for the 2024 call: it is shown until its deadline.
    expect(call.opens).to.equal(null);
    expect(stateOn(call, '2024-05-26')).to.deep.equal({ name: 'open', days: 29 });
    const opened = { ...call, opens: '2024-05-27' };
    expect(stateOn(opened, '2024-05-26')).to.equal(undefined);
    expect(stateOn(opened, '2024-05-27')).to.deep.equal({ name: 'open', days: 28 });
    expect(stateOn(call, '2024-05-27')).to.deep.equal({ name: 'open', days: 28 });
    expect(stateOn(call, '2024-06-23')).to.deep.equal({ name: 'open', days: 1 });
    expect(stateOn(call, '2024-06-24')).to.deep.equal({ name: 'last-day', days: 0 });
    expect(stateOn(call, '2024-06-25')).to.equal(undefined);
  });

  it('picks by occurrence id, by series, or the one closing first', () => {
    const pick = (key: string | undefined, day: string) =>
      pickCampaign(campaigns, key, day, never)?.campaign.id;
    expect(pick('world-day-against-trafficking-2026', '2026-07-18')).to.equal(day2026.id);
    expect(pick('world-day-against-trafficking-2027', '2026-07-18')).to.equal(undefined);
    expect(pick('world-day-against-trafficking', '2025-07-18')).to.equal(
      'world-day-against-trafficking-2025',
    );
    expect(pick('world-day-against-trafficking', '2025-08-18')).to.equal(undefined);
    // A yearly occurrence that is over gives way to the series' next one, once it is promoted.
    expect(pick('world-day-against-trafficking-2024', '2026-07-18')).to.equal(day2026.id);
    expect(pick('world-day-against-trafficking-2024', '2026-06-18')).to.equal(undefined);
    expect(pick('call-for-practices-2024', '2024-06-01')).to.equal(call.id);
    expect(pick('no-such-campaign', '2026-07-18')).to.equal(undefined);
    expect(pick(undefined, '2026-07-18')).to.equal(day2026.id);

    const overlapping = { ...call, id: 'call-for-practices-2026', opens: '2026-07-01' };
    const closingFirst = { ...overlapping, id: 'short-call', closes: '2026-07-20' };
    const longer = { ...overlapping, closes: '2026-08-31' };
    const list = [longer, day2026, closingFirst];
    expect(pickCampaign(list, undefined, '2026-07-18', never)?.campaign.id).to.equal('short-call');
    expect(pickCampaign(list, undefined, '2026-07-21', never)?.campaign.id).to.equal(day2026.id);
    const skipShort = (c: Campaign) => c.id === 'short-call';
    expect(pickCampaign(list, undefined, '2026-07-18', skipShort)?.campaign.id).to.equal(
      day2026.id,
    );
  });
});
