import { startTestGateway } from './support/test-gateway';
it('dbg', async () => {
  const g = await startTestGateway({ seed: 'demo' });
  g.counter.reset();
  await g.gql('{ appointments(max: 0) { paging { total } } }');
  console.log(g.counter.count, g.counter.statements);
  await g.db.query('SELECT 1');
  console.log(g.counter.count, g.counter.statements);
  await g.close();
});
