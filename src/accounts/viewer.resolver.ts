import { Ctx, Query, Resolver } from 'type-graphql';
import { viewerOf } from './viewer';
import type { RequestContext } from '../context/request-context';
import { Viewer } from './viewer.type';

@Resolver()
export class ViewerResolver {
  @Query(() => Viewer, { description: 'Who the request acts as: its session, application, user and role.' })
  viewer(@Ctx() ctx: RequestContext): Viewer {
    return viewerOf(ctx.actor);
  }
}
