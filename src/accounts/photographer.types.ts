import type { ConnectionArgs, ConnectionPage, OffsetListArgs, OffsetPage } from '../domain/list-pages';
import type { NameFilterFields } from '../domain/named-records';
import type { User } from '../database/entities';

/** The orders a list of photographers can be sorted in; ties are always broken by id. */
export enum PhotographerSort {
  ID = 'ID',
  NAME = 'NAME',
  REFERENCE = 'REFERENCE',
}

export type PhotographerListArgs = OffsetListArgs<NameFilterFields, PhotographerSort>;
export type PhotographerConnectionArgs = ConnectionArgs<NameFilterFields, PhotographerSort>;
export type PhotographerPageResult = OffsetPage<User>;
export type PhotographerConnectionResult = ConnectionPage<User>;
