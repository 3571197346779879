import { assertCan } from '../accounts/permissions';
import type { PhotographerSelection, UserRepository } from '../accounts/user.repository';
import type { AppointmentRepository, BusyTime } from '../appointments/appointment.repository';
import type { OfficeHours } from '../config/config';
import type { RequestContext } from '../context/request-context';
import { parseInstant } from '../domain/dates';
import { parseId } from '../domain/ids';
import { DomainError } from '../errors/domain.error';
import { ErrorCode } from '../errors/error-code';
import { freeWindows, slots } from './availability.rules';
import type { AvailabilityArgs, PhotographerAvailabilityResult, TimeWindowResult } from './availability.types';
import { Interval, workingBlocks } from './working-hours.rules';

export const MAX_RANGE_DAYS = 31;
export const DEFAULT_SLOT_MINUTES = 60;
export const MIN_SLOT_MINUTES = 5;
export const MAX_SLOT_MINUTES = 1440;
export const MAX_PHOTOGRAPHERS = 1000;

const MINUTE = 60_000;

interface Request {
  from: Date;
  to: Date;
  which: PhotographerSelection;
  slotMs: number;
  stepMs: number;
}

function minutes(value: number | null | undefined, fallback: number, param: string): number {
  const m = value ?? fallback;
  if (!Number.isInteger(m) || m < MIN_SLOT_MINUTES || m > MAX_SLOT_MINUTES) {
    throw DomainError.invalidParam(param, `${param} must be between ${MIN_SLOT_MINUTES} and ${MAX_SLOT_MINUTES}`);
  }
  return m * MINUTE;
}

function bounded<T>(list: readonly T[], param: string): T[] {
  if (list.length > MAX_PHOTOGRAPHERS) throw DomainError.invalidParam(param, `${param} holds more than ${MAX_PHOTOGRAPHERS} values`);
  return [...new Set(list)];
}

/** Validates the arguments; every fault is a catalog error naming the argument, before any statement. */
function parseArgs(args: AvailabilityArgs): Request {
  const from = parseInstant(args.from, 'from');
  const to = parseInstant(args.to, 'to');
  if (to.getTime() <= from.getTime()) throw new DomainError(ErrorCode.DateValidationError, 'to must be after from', ['to']);
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 24 * 60 * MINUTE) {
    throw DomainError.invalidParam('to', `to must be at most ${MAX_RANGE_DAYS} days after from`);
  }
  const slotMs = minutes(args.slotMinutes, DEFAULT_SLOT_MINUTES, 'slotMinutes');
  const stepMs = minutes(args.stepMinutes, slotMs / MINUTE, 'stepMinutes');
  const { photographerIds: ids, photographerReferences: references } = args;
  if (ids != null && references != null) {
    throw new DomainError(ErrorCode.InvalidParam, 'Send photographerIds or photographerReferences, not both.', [
      'photographerIds',
      'photographerReferences',
    ]);
  }
  const which: PhotographerSelection =
    ids != null
      ? { ids: bounded(ids, 'photographerIds').map((id) => parseId(id, 'photographerIds')) }
      : references != null
        ? { references: bounded(references, 'photographerReferences') }
        : 'all';
  return { from, to, which, slotMs, stepMs };
}

/** The first id or reference asked for that names no photographer, as invalid-param naming its argument. */
function unknownPhotographer(which: PhotographerSelection, found: { id: number; reference: string }[]): DomainError | null {
  if (which === 'all') return null;
  if ('ids' in which) {
    const missing = which.ids.find((id) => !found.some((u) => u.id === id));
    return missing === undefined
      ? null
      : DomainError.invalidParam('photographerIds', `The photographer with the id ${missing} doesn't exist.`);
  }
  const missing = which.references.find((r) => !found.some((u) => u.reference === r));
  return missing === undefined
    ? null
    : DomainError.invalidParam('photographerReferences', `The photographer with the reference ${missing} doesn't exist.`);
}

const window = (i: Interval): TimeWindowResult => ({ start: new Date(i.start), end: new Date(i.end) });

/**
 * Photographer availability for the scheduler: for a range of at most 31 days, each
 * photographer's busy times (their appointments that are not cancelled) and their free time
 * inside the office's working hours, as windows and as slots of the length asked for. Two
 * statements, whatever the number of photographers: the photographers, then their appointments.
 */
export class AvailabilityService {
  constructor(
    private readonly users: UserRepository,
    private readonly appointments: AppointmentRepository,
    private readonly office: OfficeHours,
  ) {}

  async photographerAvailability(ctx: RequestContext, args: AvailabilityArgs): Promise<PhotographerAvailabilityResult[]> {
    assertCan(ctx.actor, 'availability:read');
    const { from, to, which, slotMs, stepMs } = parseArgs(args);
    const photographers = await this.users.photographersAmong(ctx, ctx.readSide, which);
    const unknown = unknownPhotographer(which, photographers);
    if (unknown) throw unknown;
    const busy = await this.appointments.busyTimes(
      ctx,
      ctx.readSide,
      photographers.map((p) => p.id),
      from,
      to,
    );
    const blocks = workingBlocks(this.office.workingHours, this.office.timeZone, from.getTime(), to.getTime());
    const byPhotographer = new Map<number, BusyTime[]>();
    for (const b of busy) {
      const list = byPhotographer.get(b.photographerUserId);
      if (list) list.push(b);
      else byPhotographer.set(b.photographerUserId, [b]);
    }
    return photographers.map((photographer) => {
      const times = (byPhotographer.get(photographer.id) ?? []).sort(
        (x, y) =>
          x.start.getTime() - y.start.getTime() ||
          x.end.getTime() - y.end.getTime() ||
          (x.appointmentId ?? Number.MAX_SAFE_INTEGER) - (y.appointmentId ?? Number.MAX_SAFE_INTEGER),
      );
      const intervals = times.map((t) => ({ start: t.start.getTime(), end: t.end.getTime() }));
      const free = freeWindows(blocks, intervals, from.getTime(), to.getTime());
      return {
        photographer,
        busy: times.map((t) => ({ start: t.start, end: t.end, appointmentId: t.appointmentId })),
        free: free.map(window),
        slots: slots(blocks, free, slotMs, stepMs, from.getTime(), to.getTime()).map(window),
      };
    });
  }
}
