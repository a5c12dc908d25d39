import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader

# Three "sentences" of token ids with different lengths, and a label each.
samples = [
    (torch.tensor([5, 8, 2]), 0),
    (torch.tensor([7]), 1),
    (torch.tensor([3, 9]), 1),
]

try:
    next(iter(DataLoader(samples, batch_size=3)))  # default_collate stacks
except RuntimeError as err:
    print("RuntimeError:", str(err).split(", but")[0])
    #> RuntimeError: stack expects each tensor to be equal size


def pad_collate(batch):
    """A list of (tokens, label) -> padded (B, T_max), lengths (B,), labels (B,)."""
    seqs, labels = zip(*batch)
    lengths = torch.tensor([len(s) for s in seqs])
    padded = pad_sequence(seqs, batch_first=True, padding_value=0)
    return padded, lengths, torch.tensor(labels)


loader = DataLoader(samples, batch_size=3, collate_fn=pad_collate)
padded, lengths, labels = next(iter(loader))
print(padded)
"""
tensor([[5, 8, 2],
        [7, 0, 0],
        [3, 9, 0]])
"""
print(lengths, labels)
#> tensor([3, 1, 2]) tensor([0, 1, 1])

# padding_side="left" pads in front instead (decoder-only language models).
short = [torch.tensor([7]), torch.tensor([3, 9])]
print(pad_sequence(short, batch_first=True, padding_value=-1, padding_side="left"))
"""
tensor([[-1,  7],
        [ 3,  9]])
"""

# The lengths give the mask of real tokens (True) versus padding (False).
mask = torch.arange(padded.shape[1]) < lengths[:, None]
print(mask.int())
"""
tensor([[1, 1, 1],
        [1, 0, 0],
        [1, 1, 0]], dtype=torch.int32)
"""
