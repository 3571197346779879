import type { ChangeKind } from './change.types';

/** One change of one appointment, as the feed shows it. */
export interface AppointmentChange {
  seq: number;
  kind: ChangeKind;
  appointmentId: number;
  /** The appointment's stamp after the change; null for a deletion. */
  updatedAtMt: string | null;
  changedAt: Date;
}

export interface AppointmentChangeEdge {
  cursor: string;
  node: AppointmentChange;
}

/** One page of the feed. */
export interface AppointmentChangePage {
  edges: AppointmentChangeEdge[];
  pageInfo: {
    /** True when more changes follow right now. */
    hasNextPage: boolean;
    /** Where to continue: the last change read (shown or not); `after` itself when none was. */
    endCursor: string | null;
  };
}

export interface ChangeFeedArgs {
  after?: string | null;
  first?: number | null;
}

/** The feed's settings (Config['changes']). */
export interface ChangeFeedSettings {
  retentionHours: number;
  gapTimeoutMs: number;
}
