import v8 from 'node:v8';
import { HEAP_GROWING_PERCENT, tuneHeapGrowth } from './heap-growth';

describe('tuneHeapGrowth', () => {
  afterEach(() => jest.restoreAllMocks());

  it('sets the growth factor on the process', () => {
    const set = jest.spyOn(v8, 'setFlagsFromString').mockImplementation(() => undefined);
    tuneHeapGrowth([]);
    expect(set).toHaveBeenCalledWith(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  });

  it("leaves a factor given to node alone (0 is V8's own)", () => {
    const set = jest.spyOn(v8, 'setFlagsFromString').mockImplementation(() => undefined);
    tuneHeapGrowth(['--heap-growing-percent=0']);
    tuneHeapGrowth(['--heap-growing-percent', '80']);
    expect(set).not.toHaveBeenCalled();
  });
});
