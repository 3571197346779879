import { startTestGateway } from './support/test-gateway';
it('dbg', async () => {
  const g = await startTestGateway({ seed: 'none' });
  g.counter.reset();
  await g.gql('{ viewer { role } }');
  console.log(JSON.stringify({ s: g.counter.statements, a: g.counter.authStatements }, null, 1));
  await g.close();
});
