from torch.utils.data import DataLoader, IterableDataset, get_worker_info

NUM_RECORDS = 7


class Stream(IterableDataset):
    """Yields samples one after another, e.g. the lines of a huge remote file."""

    def __init__(self, n, shard=True):
        self.n, self.shard = n, shard

    def __iter__(self):
        info = get_worker_info()  # None in the main process
        if info is None or not self.shard:
            start, step = 0, 1  # the whole stream
        else:  # worker k of N takes items k, k + N, k + 2N, ...
            start, step = info.id, info.num_workers
        for i in range(start, self.n, step):
            yield self.read(i)

    def read(self, i):  # stands for reading and parsing record i
        return i


class SizedStream(Stream):
    def __len__(self):  # optional: a stream that knows its size
        return self.n


if __name__ == "__main__":
    print([b.tolist() for b in DataLoader(Stream(NUM_RECORDS), batch_size=2)])
    #> [[0, 1], [2, 3], [4, 5], [6]]
    loader = DataLoader(Stream(NUM_RECORDS), batch_size=2, num_workers=2)
    print([b.tolist() for b in loader])  # the workers' batches take turns
    #> [[0, 2], [1, 3], [4, 6], [5]]

    # Without sharding, every worker replays the whole stream: duplicates.
    loader = DataLoader(
        Stream(NUM_RECORDS, shard=False), batch_size=None, num_workers=2
    )
    print(sorted(int(i) for i in loader))
    #> [0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6]
    try:
        DataLoader(Stream(NUM_RECORDS), shuffle=True)
    except ValueError as err:
        print("ValueError:", str(err).split(": ")[-1])
        #> ValueError: expected unspecified shuffle option, but got shuffle=True

    try:  # no __len__: no len()
        len(DataLoader(Stream(NUM_RECORDS), batch_size=2))
    except TypeError as err:
        print(f"{type(err).__name__}: {err}")
        #> TypeError: object of type 'Stream' has no len()
    print(len(DataLoader(SizedStream(NUM_RECORDS), batch_size=2)))  # ceil(7 / 2)
    #> 4
