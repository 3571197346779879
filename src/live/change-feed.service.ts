import { assertCan } from '../accounts/permissions';
import type { RequestContext } from '../context/request-context';
import { pageSize } from '../domain/list-pages';
import { DomainError } from '../errors/domain.error';
import { ErrorCode } from '../errors/error-code';
import { decodeChangeCursor, encodeChangeCursor } from './change-cursor';
import type { AppointmentChange, AppointmentChangePage, ChangeFeedArgs, ChangeFeedSettings } from './change-feed.types';
import type { ChangeRelations } from './change.relations';
import type { ChangeRepository } from './change.repository';

const NO_FIELDS: ReadonlySet<string> = new Set();

/**
 * The durable feed of appointment changes for integrations: in seq order, resumable from any
 * cursor it handed out (on any instance, after any restart) with no change skipped or repeated,
 * while the cursor's change is kept (CHANGE_RETENTION_HOURS; older: cursor-expired). A page
 * reads `first` changes after the cursor and shows those the caller may see (staff: all;
 * liaisons and clients: their customers'), so a page may show fewer than `first`; its
 * endCursor moves past every change it read. Statements: one for the changes, one for the
 * appointments of the page when selected.
 */
export class ChangeFeedService {
  constructor(
    private readonly changes: ChangeRepository,
    private readonly relations: ChangeRelations,
    private readonly settings: ChangeFeedSettings,
  ) {}

  async appointmentChanges(
    ctx: RequestContext,
    args: ChangeFeedArgs,
    fields: ReadonlySet<string> = NO_FIELDS,
  ): Promise<AppointmentChangePage> {
    assertCan(ctx.actor, 'appointment:read');
    const first = pageSize(args.first, 'first');
    const after = args.after == null ? null : decodeChangeCursor(args.after);
    const read = await this.changes.read(ctx, ctx.actor, after ?? 0, first, this.settings.gapTimeoutMs, { entity: 'appointment' });
    // Pruning deletes from the oldest change on: a cursor before the oldest kept names a pruned one.
    if (after !== null && (read.firstSeq === null || after < read.firstSeq)) {
      throw new DomainError(
        ErrorCode.CursorExpired,
        `The cursor after names a change older than the retention (${this.settings.retentionHours} hours): changes after it may have been pruned. Read the feed again without after.`,
        ['after'],
      );
    }
    const nodes: AppointmentChange[] = read.changes.map((c) => ({
      seq: c.seq,
      kind: c.kind,
      appointmentId: c.rowId,
      updatedAtMt: c.updatedAtMt,
      changedAt: c.changedAt,
    }));
    // Every appointment of the page in one statement, when selected.
    if (fields.has('appointment') && nodes.length) await this.relations.appointment.preload(ctx, nodes);
    return {
      edges: nodes.map((node) => ({ cursor: encodeChangeCursor(node.seq), node })),
      pageInfo: { hasNextPage: read.more, endCursor: read.through > 0 ? encodeChangeCursor(read.through) : null },
    };
  }
}
